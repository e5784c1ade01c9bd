//! Object emission, assembly listings and CLIF for both targets.

use std::str::FromStr;

use golift_hir::{Package, RootDatabase, SourceFile};
use object::{Object, ObjectSymbol};
use target_lexicon::Triple;

const X86: &str = "x86_64-unknown-linux-gnu";
const ARM: &str = "aarch64-unknown-linux-gnu";

/// A package of one file, compiled for target `t`.
fn package(db: &RootDatabase, src: &str, t: &str) -> Package {
    let file = SourceFile::new(db, "./x.go".into(), src.into());
    Package::builder("main".into(), vec![file])
        .goarch(golift_codegen::goarch_of(&triple(t)))
        .new(db)
}

fn triple(t: &str) -> Triple {
    Triple::from_str(t).expect("triple")
}

fn asm(src: &str, t: &str, func: &str) -> String {
    let db = RootDatabase::default();
    let p = package(&db, src, t);
    golift_codegen::asm_text(&db, p, &triple(t), Some(func))
        .unwrap_or_else(|e| panic!("asm failed: {e:?}"))
}

const PROGRAM: &str = r#"package main

import "fmt"

type P struct{ x, y int }

var total int

func escapes() *int {
	return new(int)
}

func stays() int {
	p := new(int)
	*p = 3
	return *p
}

func sum(s []int) (n int) {
	for _, v := range s {
		n += v
	}
	return
}

func main() {
	total = sum([]int{1, 2, 3}) + stays() + *escapes()
	q := P{1, 2}
	fmt.Println(total, q, "done")
}
"#;

#[test]
fn objects_for_both_targets() {
    for (t, machine) in [
        (X86, object::Architecture::X86_64),
        (ARM, object::Architecture::Aarch64),
    ] {
        let db = RootDatabase::default();
        let p = package(&db, PROGRAM, t);
        let obj = golift_codegen::compile_package(&db, p, &triple(t), &["/x.go".to_string()])
            .unwrap_or_else(|e| panic!("{t}: {e:?}"))
            .object;
        assert_eq!(&obj[..4], b"\x7fELF", "{t}: ELF magic");
        let file = object::File::parse(&*obj).expect("parses");
        assert_eq!(file.architecture(), machine, "{t}");
        let names: Vec<String> = file
            .symbols()
            .filter_map(|s| s.name().ok().map(str::to_string))
            .collect();
        for want in [
            "main.main",
            "main.init",
            "main.escapes",
            "main.total",
            "fmt.Println",
            "runtime.newobject",
        ] {
            assert!(
                names.iter().any(|n| n == want),
                "{t}: symbol {want} in {names:?}"
            );
        }
    }
}

#[test]
fn escaping_new_calls_the_allocator_and_a_local_one_does_not() {
    for (t, call) in [
        (X86, "call runtime.newobject"),
        (ARM, "bl runtime.newobject"),
    ] {
        let esc = asm(PROGRAM, t, "escapes");
        assert!(esc.contains(call), "{t}:\n{esc}");
        assert!(esc.starts_with("TEXT main.escapes(SB) ./x.go\n"), "{esc}");
        assert!(esc.contains("./x.go:10  return new(int)\n"), "{esc}");
        let stays = asm(PROGRAM, t, "stays");
        assert!(!stays.contains("runtime.newobject"), "{t}:\n{stays}");
    }
}

#[test]
fn clif_of_one_function() {
    let db = RootDatabase::default();
    let p = package(&db, PROGRAM, X86);
    let clif = golift_codegen::clif_text(&db, p, &triple(X86), Some("escapes")).expect("clif");
    assert!(
        clif.starts_with("function %main.escapes() -> i64"),
        "{clif}"
    );
    assert!(clif.contains("call fn0"), "{clif}");
    assert!(!clif.contains("function %main.main"), "{clif}");
}

#[test]
fn unsupported_constructs_are_diagnostics() {
    let db = RootDatabase::default();
    // Valid Go the checker accepts but codegen cannot lower yet (constructs the checker
    // rejects never reach codegen: their functions have no body).
    let src = "package main\n\ntype T int\n\nfunc (T) M() {}\n\nfunc main() {\n\tf := (*T).M\n\t_ = f\n}\n\nvar g = func() {}\n";
    let p = package(&db, src, X86);
    let errs = golift_codegen::compile_package(&db, p, &triple(X86), &["/x.go".to_string()])
        .expect_err("values");
    let got: Vec<(u32, &str)> = errs
        .iter()
        .map(|e| (e.offset, e.message.as_str()))
        .collect();
    let at = |s: &str| src.find(s).expect("in source") as u32;
    assert_eq!(
        got,
        vec![
            (
                at("(*T).M"),
                "method expressions as values not supported yet"
            ),
            (
                at("func() {}\n"),
                "function literals in package-level initialisers not supported yet"
            ),
        ]
    );
}

#[test]
fn editing_one_function_recompiles_only_it() {
    use salsa::Setter;
    let mut db = RootDatabase::default();
    let file = SourceFile::new(&db, "./x.go".into(), PROGRAM.into());
    let p = Package::new(&db, "main".into(), vec![file]);
    golift_codegen::compile_package(&db, p, &triple(X86), &["/x.go".to_string()])
        .expect("compiles");
    db.start_logging();
    let text = PROGRAM.replace("*p = 3", "*p = 4");
    file.set_text(&mut db).to(text);
    golift_codegen::compile_package(&db, p, &triple(X86), &["/x.go".to_string()])
        .expect("compiles");
    let log = db.take_executed();
    let compiled: Vec<&String> = log
        .iter()
        .filter(|l| l.starts_with("compile_func("))
        .collect();
    assert_eq!(compiled.len(), 1, "{log:#?}");
}

#[test]
fn asmcheck_runs_clif_and_machine_code_checks() {
    let src = r#"package main

var sink *int

func f() { // x86_64:func:-"call.*runtime\.makeslice" aarch64:func:-"bl.*runtime\.makeslice"
	// clif:"v\d+ = call %runtime\.newobject"
	// x86_64:"call runtime\.newobject"
	// aarch64:"bl runtime\.newobject"
	sink = new(int)
}

func main() { f() }
"#;
    let dir = std::env::temp_dir().join(format!("golift-asmcheck-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("check.go");
    std::fs::write(&path, src).expect("write");
    for t in [X86, ARM] {
        let db = RootDatabase::default();
        let r = golift_codegen::check_asmcheck_file(&db, &path, &triple(t));
        assert_eq!(r, Ok(()), "{t}");
    }
    // A failing check is reported with its line.
    let bad = src.replace(
        r#"// x86_64:"call runtime\.newobject""#,
        r#"// x86_64:-"call runtime\.newobject""#,
    );
    std::fs::write(&path, bad).expect("write");
    let db = RootDatabase::default();
    let errs = golift_codegen::check_asmcheck_file(&db, &path, &triple(X86)).expect_err("fails");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("check.go:9: x86_64"), "{errs:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fprint_to_another_writer_is_a_diagnostic() {
    let db = RootDatabase::default();
    // `fmt.Fprintln` writes to an `*os.File` itself; a writer whose `Write` method the
    // runtime would have to call is not supported yet, at the writer.
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\ntype W struct{}\n\n\
               func (W) Write(p []byte) (int, error) { return len(p), nil }\n\n\
               func main() {\n\tfmt.Fprintln(os.Stdout, 1)\n\tfmt.Fprintf(W{}, \"%d\", 2)\n}\n";
    let p = package(&db, src, X86);
    let errs = golift_codegen::compile_package(&db, p, &triple(X86), &["/x.go".to_string()])
        .expect_err("writer");
    let got: Vec<(u32, &str)> = errs
        .iter()
        .map(|e| (e.offset, e.message.as_str()))
        .collect();
    let at = |s: &str| src.find(s).expect("in source") as u32;
    assert_eq!(
        got,
        vec![(
            at("W{}, "),
            "fmt.Fprintf to an io.Writer other than an *os.File not supported yet"
        )]
    );
}

#[test]
fn go_statements_are_a_diagnostic_at_the_statement() {
    let db = RootDatabase::default();
    // `go` statements are checked, lowered and escape-analysed; codegen rejects them.
    let src = "package main\n\nfunc g(int) {}\n\nfunc main() {\n\tx := 1\n\tgo g(x)\n}\n";
    let p = package(&db, src, X86);
    let errs = golift_codegen::compile_package(&db, p, &triple(X86), &["/x.go".to_string()])
        .expect_err("go statement");
    let got: Vec<(u32, &str)> = errs
        .iter()
        .map(|e| (e.offset, e.message.as_str()))
        .collect();
    let at = |s: &str| src.find(s).expect("in source") as u32;
    assert_eq!(got, vec![(at("go g"), "go statements not supported yet")]);
}
