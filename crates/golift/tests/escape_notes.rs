//! `golift build -m` and `-m=2` print what `go build -gcflags='-m -l'` (and `-m=2 -l`)
//! printed for every program that has a `.m` / `.m2` file beside it (testdata/escape and
//! testdata/run; produced by gc 1.19.8 with the regen scripts there). Run from the
//! file's directory so that paths print as `./NAME.go`, as gc's do.

mod common;

use std::path::Path;

use common::*;

fn check_notes(go: &Path, flag: &str, ext: &str) -> Option<Result<(), String>> {
    let want = std::fs::read_to_string(go.with_extension(ext)).ok()?;
    let dir = go.parent()?;
    let file = go.file_name()?;
    let scratch = std::env::temp_dir().join(format!(
        "golift-m-{}-{}",
        std::process::id(),
        file.to_string_lossy()
    ));
    let out = golift()
        .current_dir(dir)
        .args(["build", flag, "-l", "-o"])
        .arg(&scratch)
        .arg(file)
        .output();
    let _ = std::fs::remove_file(&scratch);
    Some(match out {
        Err(e) => Err(format!("cannot run golift: {e}")),
        Ok(out) => {
            let got = text(&out.stderr);
            if got == want && out.status.success() {
                Ok(())
            } else {
                Err(format!(
                    "want:\n{want}got ({:?}):\n{got}",
                    out.status.code()
                ))
            }
        }
    })
}

fn check_all(flag: &str, ext: &str, list: &str) {
    let mut results = Vec::new();
    for dir in ["escape", "run"] {
        for go in go_files(&testdata(dir)) {
            if let Some(result) = check_notes(&go, flag, ext) {
                let name = format!(
                    "{dir}/{}",
                    go.file_name().unwrap_or_default().to_string_lossy()
                );
                results.push((name, result));
            }
        }
    }
    assert!(!results.is_empty(), "no .{ext} files found under testdata");
    hold_ratchet(list, results);
}

#[test]
fn dash_m_matches_gc() {
    check_all("-m", "m", "escape-m.txt");
}

#[test]
fn dash_m2_matches_gc() {
    check_all("-m=2", "m2", "escape-m2.txt");
}
