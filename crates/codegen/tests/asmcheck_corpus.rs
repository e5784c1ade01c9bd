//! Runs every `testdata/codegen/*.go` asmcheck file for both targets and reports each
//! failed check (the driver's ratchet test holds the list of passing files).

use std::path::PathBuf;
use std::str::FromStr;

use target_lexicon::Triple;

fn codegen_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/codegen")
}

fn run(triple: &str) -> Vec<String> {
    let triple = Triple::from_str(triple).expect("triple");
    let mut failures = Vec::new();
    let Ok(dir) = std::fs::read_dir(codegen_dir()) else {
        return failures;
    };
    let mut files: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    for f in files {
        let db = golift_hir::RootDatabase::default();
        if let Err(errs) = golift_codegen::check_asmcheck_file(&db, &f, &triple) {
            failures.extend(errs);
        }
    }
    failures
}

#[test]
fn asmcheck_files_pass_on_x86_64() {
    let failures = run("x86_64-unknown-linux-gnu");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn asmcheck_files_pass_on_aarch64() {
    let failures = run("aarch64-unknown-linux-gnu");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
