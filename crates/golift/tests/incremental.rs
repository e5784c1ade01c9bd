//! Incrementality, proved from salsa's execution log: editing one function body re-runs
//! that function's queries only, and a caller's escape analysis re-runs only when a
//! callee's parameter tags change (salsa's early cut-off on `param_tags`).

use std::str::FromStr;

use golift_hir::{Package, RootDatabase, SourceFile};
use salsa::Setter;
use target_lexicon::Triple;

const ORIGINAL: &str = r#"package main

var sink *int

func leaf(p *int) int {
	return *p
}

func mid(x int) int {
	return leaf(&x) + 1
}

func other(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	println(mid(2), other(3))
}
"#;

/// Runs every stage the `golift build -m=2` command runs.
fn compile_everything(db: &RootDatabase, package: Package) {
    assert!(golift_hir::package_diagnostics(db, package).is_empty());
    let _ = golift_escape::package_diagnostics(db, package, 2);
    let triple = Triple::from_str("x86_64-unknown-linux-gnu").expect("triple");
    golift_codegen::compile_package(db, package, &triple).expect("compiles");
}

/// How many times `query` executed, from log entries of the form `query(Id(..))`.
fn ran(log: &[String], query: &str) -> usize {
    log.iter()
        .filter(|l| l.starts_with(&format!("{query}(")))
        .count()
}

fn edit(db: &mut RootDatabase, file: SourceFile, from: &str, to: &str) -> Vec<String> {
    let text = file.text(db).replace(from, to);
    assert_ne!(&text, file.text(db), "edit must change the text");
    file.set_text(db).to(text);
    db.take_executed()
}

fn setup() -> (RootDatabase, SourceFile, Package) {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, "./inc.go".into(), ORIGINAL.into());
    let package = Package::new(&db, vec![file]);
    compile_everything(&db, package);
    db.start_logging();
    (db, file, package)
}

#[test]
fn editing_one_body_reruns_only_that_function() {
    let (mut db, file, package) = setup();
    let _ = edit(&mut db, file, "s += i", "s += i * 2");
    compile_everything(&db, package);
    let log = db.take_executed();
    eprintln!("{log:#?}");
    // `other` is re-checked and recompiled; `leaf`, `mid` and `main` are not.
    assert_eq!(
        ran(&log, "infer"),
        1,
        "only other's body is type-checked again"
    );
    assert_eq!(ran(&log, "compile_func"), 1, "only other is compiled again");
    assert_eq!(
        ran(&log, "analyze_batch"),
        1,
        "only other's escape batch runs again"
    );
}

#[test]
fn callers_rerun_escape_only_when_callee_tags_change() {
    let (mut db, file, package) = setup();
    // Same tags for leaf (p still does not escape): mid's batch is not re-analysed.
    let _ = edit(&mut db, file, "return *p\n", "return *p * 2\n");
    compile_everything(&db, package);
    let log = db.take_executed();
    eprintln!("{log:#?}");
    // leaf's batch runs again; its output is unchanged, so salsa does not even re-run
    // `param_tags(leaf)`, and mid's batch, which read those tags, is reused.
    assert_eq!(
        ran(&log, "analyze_batch"),
        1,
        "only leaf's batch runs again"
    );
    assert_eq!(ran(&log, "compile_func"), 1, "only leaf is compiled again");

    // Now p leaks to the heap: leaf's tags change, so mid (its caller) is re-analysed,
    // and mid's own tags do not change, so main is not.
    let _ = edit(
        &mut db,
        file,
        "return *p * 2\n",
        "sink = p\n\treturn *p * 2\n",
    );
    compile_everything(&db, package);
    let log = db.take_executed();
    eprintln!("{log:#?}");
    assert_eq!(
        ran(&log, "param_tags"),
        2,
        "leaf's and mid's tags are recomputed"
    );
    assert_eq!(
        ran(&log, "analyze_batch"),
        2,
        "leaf's and mid's batches run, main's not"
    );
    // mid's x now moves to the heap, so mid's code changes too.
    assert_eq!(
        ran(&log, "compile_func"),
        2,
        "leaf and mid are compiled again"
    );
}
