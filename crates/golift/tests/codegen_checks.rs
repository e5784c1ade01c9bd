//! The asmcheck files of testdata/codegen (`// x86_64:"regexp"`, `// aarch64:-"regexp"`,
//! whole-function `func:` checks), run against golift's machine code for both targets.
//! `cargo xtask codegen` runs exactly this test.

mod common;

use std::str::FromStr;

use common::*;
use target_lexicon::Triple;

fn check_target(triple: &str) {
    let triple = Triple::from_str(triple).expect("known triple");
    let mut results = Vec::new();
    for go in go_files(&testdata("codegen")) {
        let name = go
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let db = golift_hir::RootDatabase::default();
        let result = golift_codegen::check_asmcheck_file(&db, &go, &triple)
            .map_err(|failures| failures.join("\n"));
        results.push((name, result));
    }
    hold_all(&format!("testdata/codegen on {triple}"), results);
}

#[test]
fn asmchecks_x86_64() {
    check_target("x86_64-unknown-linux-gnu");
}

#[test]
fn asmchecks_aarch64() {
    check_target("aarch64-unknown-linux-gnu");
}
