//! `golift ir` on every program of testdata/ir against the `.ir` file beside it: the
//! typed body of each function with escape's decisions on its sites and locals.
//!
//! The `.ir` files are golift's own design, not gc output: each was written with
//! `GOLIFT_BLESS=1 cargo test -p golift --test ir_dumps` and then checked by hand
//! (every implicit operation present, every decision equal to what `go build
//! -gcflags=-m` says of the same site). Re-check the diff whenever you bless.

mod common;

use std::path::PathBuf;

use common::*;

#[test]
fn ir_dumps_match() {
    let dir = testdata("ir");
    let bless = std::env::var_os("GOLIFT_BLESS").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    for go in go_files(&dir) {
        count += 1;
        let file = PathBuf::from(go.file_name().expect("file name"));
        let out = golift()
            .current_dir(&dir)
            .arg("ir")
            .arg(&file)
            .output()
            .expect("runs golift");
        let got = text(&out.stdout);
        if !out.status.success() {
            failures.push(format!(
                "{}: golift ir failed: {}",
                file.display(),
                text(&out.stderr)
            ));
            continue;
        }
        let want_path = go.with_extension("ir");
        if bless {
            std::fs::write(&want_path, &got).expect("writes .ir");
            continue;
        }
        match std::fs::read_to_string(&want_path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{}: differs\n--- want\n{want}\n--- got\n{got}",
                file.display()
            )),
            Err(e) => failures.push(format!("{}: no .ir file ({e})", file.display())),
        }
    }
    assert!(count > 0, "no programs in testdata/ir");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
