//! Incrementality, proved from salsa's execution log: editing one function body re-runs
//! that function's queries only (no package-level query even executes), and a caller's
//! escape analysis re-runs only when a callee's parameter tags change (salsa's early
//! cut-off on `param_tags`).

use std::str::FromStr;

use golift_hir::{Func, Package, RootDatabase, SourceFile};
use salsa::plumbing::AsId;
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
    let paths: Vec<String> = package
        .files(db)
        .iter()
        .map(|f| f.path(db).clone())
        .collect();
    golift_codegen::compile_package(db, package, &triple, &paths).expect("compiles");
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
    let package = Package::new(&db, "main".into(), vec![file]);
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

/// Every query keyed by the package rather than by a function or a file (`grep -rn
/// '#\[salsa::tracked' crates/`), plus `imports_of`, which reads a file's item tree: an
/// edit inside a function body must execute none of them.
const PACKAGE_LEVEL: &[&str] = &[
    // hir
    "package_items",
    "package_funcs",
    "package_env",
    "package_scope",
    "package_types",
    "package_init",
    "package_diagnostics",
    "package_diagnostics_all",
    "reported_errors",
    "imports_of",
    "init_body_with_source_map",
    // escape
    "batches",
    "init_output",
    "package_init_escape",
    "init_site_placements",
    // codegen
    "compile_init",
];

/// Asserts that the edit executed no package-level query, and of the per-function
/// queries only those of `func`.
fn assert_only_body_queries(db: &RootDatabase, package: Package, log: &[String], func: &str) {
    for query in PACKAGE_LEVEL {
        assert_eq!(ran(log, query), 0, "{query} must not execute: {log:#?}");
    }
    let id = format!("{:?}", Func::new(db, package, func.to_string()).as_id());
    for query in [
        "infer",
        "body_report",
        "signature",
        "callees",
        "body_with_source_map",
    ] {
        let runs: Vec<&String> = log
            .iter()
            .filter(|l| l.starts_with(&format!("{query}(")))
            .collect();
        assert_eq!(runs.len(), 1, "{query} runs once: {log:#?}");
        assert!(
            runs[0].contains(&id),
            "{query} runs for {func} ({id}): {log:#?}"
        );
    }
    assert_eq!(
        ran(log, "analyze_batch"),
        1,
        "only {func}'s batch: {log:#?}"
    );
    // Escape's decisions are keyed by body ids: an edit that keeps them equal cuts off
    // here (salsa backdates the batch), so the placements run at most once, for `func`.
    let placements: Vec<&String> = log
        .iter()
        .filter(|l| l.starts_with("site_placements("))
        .collect();
    assert!(placements.len() <= 1, "site_placements: {log:#?}");
    assert!(placements.iter().all(|l| l.contains(&id)), "{log:#?}");
    // Keyed by function and target, so its log entry does not name the function.
    assert_eq!(
        ran(log, "compile_func"),
        1,
        "only {func} is compiled: {log:#?}"
    );
}

#[test]
fn a_body_edit_executes_no_package_level_query() {
    let (mut db, file, package) = setup();
    // Same length: every declaration keeps its offset.
    let _ = edit(&mut db, file, "s += i\n", "s += 7\n");
    compile_everything(&db, package);
    let log = db.take_executed();
    eprintln!("{log:#?}");
    // The file is parsed again and its item tree rebuilt (equal, so salsa backdates it);
    // every function's `decl_ast` is cloned out again (equal but for `other`'s).
    assert_eq!(ran(&log, "parse"), 1);
    assert_eq!(ran(&log, "item_tree"), 1);
    assert_only_body_queries(&db, package, &log, "other");

    // A longer body: `main`, after `other`, moves, which only printers read.
    let _ = edit(&mut db, file, "s += 7\n", "s += 7\n\t\ts *= 2\n");
    compile_everything(&db, package);
    let log = db.take_executed();
    eprintln!("{log:#?}");
    assert_only_body_queries(&db, package, &log, "other");

    // Diagnostics after the edits are those of a fresh compile, positions included.
    let _ = edit(&mut db, file, "s *= 2\n", "s *= \"x\"\n");
    let fresh = RootDatabase::default();
    let fresh_file = SourceFile::new(&fresh, "./inc.go".into(), file.text(&db).clone());
    let fresh_package = Package::new(&fresh, "main".into(), vec![fresh_file]);
    let render = |db: &RootDatabase, package: Package| -> Vec<(u32, String)> {
        golift_hir::package_diagnostics(db, package)
            .iter()
            .map(|d| (d.offset, d.message.clone()))
            .collect()
    };
    let incremental = render(&db, package);
    assert!(!incremental.is_empty(), "the edit is a type error");
    assert_eq!(incremental, render(&fresh, fresh_package));
}

/// Package variables with initialisers, a `range` loop (whose escape position gc takes
/// from the source text) and the edited function after them, in one of two files.
const WITH_INITS: &str = r#"package main

var table = []int{1, 2, 3}

var total = sum(table)

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func other(n int) int {
	return n + 1
}
"#;

const MAIN_FILE: &str = r#"package main

func main() {
	println(total, other(2))
}
"#;

#[test]
fn a_body_edit_keeps_initialisers_and_range_loops_above_it() {
    let mut db = RootDatabase::default();
    let first = SourceFile::new(&db, "./a.go".into(), WITH_INITS.into());
    let second = SourceFile::new(&db, "./b.go".into(), MAIN_FILE.into());
    let package = Package::new(&db, "main".into(), vec![first, second]);
    compile_everything(&db, package);
    db.start_logging();
    let _ = edit(&mut db, first, "return n + 1\n", "n++\n\treturn n * 3\n");
    compile_everything(&db, package);
    let log = db.take_executed();
    eprintln!("{log:#?}");
    // `sum`'s batch is not analysed again (its range statement's position is relative
    // to its declaration, in the syntax and the body), and `main.init` is not compiled
    // again: its declarations did not move.
    assert_only_body_queries(&db, package, &log, "other");
    assert_eq!(ran(&log, "parse"), 1, "only a.go is parsed again");
    assert_eq!(ran(&log, "decl_ast"), 2, "a.go's two functions");
}
