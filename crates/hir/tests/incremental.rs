//! The incrementality test the design requires: editing one function's body, or
//! inserting lines above a function, must not re-run `infer` for the other functions.

use golift_hir::{infer, package_diagnostics, package_funcs, Package, RootDatabase, SourceFile};

const SRC: &str = "package main

import \"fmt\"

type Point struct{ X, Y int }

var origin = Point{}

func add(a, b int) int {
	return a + b
}

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	p := &Point{X: 1, Y: 2}
	scale(p, add(2, 3))
	fmt.Println(p.X, p.Y, origin)
}
";

fn setup() -> (RootDatabase, SourceFile, Package) {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, "./x.go".to_string(), SRC.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    (db, file, package)
}

fn infer_all(db: &RootDatabase, package: Package) {
    for &f in package_funcs(db, package) {
        let res = infer(db, f);
        assert!(res.diagnostics.is_empty(), "{:?}", res.diagnostics);
    }
}

/// The `infer` executions in a log, as their function names.
fn inferred(log: &[String]) -> Vec<String> {
    log.iter()
        .filter(|e| e.starts_with("infer("))
        .cloned()
        .collect()
}

fn func_ids(db: &RootDatabase, package: Package) -> Vec<(String, String)> {
    // salsa logs `infer(Id(..))`; map ids to names through the interned `Func`s.
    package_funcs(db, package)
        .iter()
        .map(|f| {
            let id = format!("{:?}", salsa::plumbing::AsId::as_id(f));
            (f.name(db).clone(), id)
        })
        .collect()
}

#[test]
fn editing_one_body_reruns_only_its_infer() {
    let (mut db, file, package) = setup();
    infer_all(&db, package);
    assert!(package_diagnostics(&db, package).is_empty());
    db.start_logging();
    let edited = SRC.replace("return a + b", "return a + b + 1");
    {
        use salsa::Setter;
        file.set_text(&mut db).to(edited);
    }
    infer_all(&db, package);
    let log = db.take_executed();
    let ran = inferred(&log);
    let ids = func_ids(&db, package);
    let add_id = &ids.iter().find(|(n, _)| n == "add").expect("add").1;
    assert_eq!(ran, vec![format!("infer({add_id})")], "log: {log:#?}");
    // decl_ast re-executes for every function; that is expected.
    assert!(log.iter().any(|e| e.starts_with("decl_ast(")));
}

#[test]
fn inserting_lines_above_reruns_no_infer() {
    let (mut db, file, package) = setup();
    infer_all(&db, package);
    db.start_logging();
    let edited = SRC.replace("type Point", "// a comment\n\n// another\ntype Point");
    {
        use salsa::Setter;
        file.set_text(&mut db).to(edited);
    }
    infer_all(&db, package);
    let log = db.take_executed();
    assert!(inferred(&log).is_empty(), "log: {log:#?}");
    // Diagnostics are still rendered at the new positions (none here).
    assert!(package_diagnostics(&db, package).is_empty());
}

#[test]
fn diagnostics_move_with_inserted_lines() {
    let (mut db, file, package) = setup();
    let broken = SRC.replace("return a + b", "return a + \"s\"");
    {
        use salsa::Setter;
        file.set_text(&mut db).to(broken.clone());
    }
    let before = package_diagnostics(&db, package).clone();
    assert_eq!(before.len(), 1, "{before:?}");
    {
        use salsa::Setter;
        file.set_text(&mut db).to(format!("\n\n{broken}"));
    }
    db.start_logging();
    let after = package_diagnostics(&db, package).clone();
    let log = db.take_executed();
    assert!(inferred(&log).is_empty(), "log: {log:#?}");
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].offset, before[0].offset + 2);
    assert_eq!(after[0].message, before[0].message);
}
