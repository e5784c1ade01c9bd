//! `golift build -m` and `-m=2` print what `go build -gcflags='-m -l'` (and `-m=2 -l`)
//! printed for every program of testdata/escape and testdata/run (gc's output is in the
//! `.m` / `.m2` file beside each, produced by gc 1.19.8 with the regen scripts there).
//! Run from the file's directory so that paths print as `./NAME.go`, as gc's do.
//! A program using what codegen cannot compile yet (channel operations) fails after
//! its notes with only golift's positioned "not supported yet" lines and exit status 2.

mod common;

use std::path::Path;

use common::*;

fn check_notes(go: &Path, flag: &str, ext: &str) -> Option<Result<(), String>> {
    let want = match std::fs::read_to_string(go.with_extension(ext)) {
        Ok(text) => text,
        Err(e) => {
            return Some(Err(format!(
                "no .{ext} file ({e}): run the directory's regen.sh"
            )))
        }
    };
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
            let rest = got.strip_prefix(want.as_str());
            let only_unsupported = rest.is_some_and(|r| {
                !r.is_empty() && r.lines().all(|l| l.ends_with(" not supported yet"))
            });
            if (got == want && out.status.success())
                || (only_unsupported && out.status.code() == Some(2))
            {
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

fn check_all(flag: &str, ext: &str) {
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
    hold_all(
        &format!("golift build {flag} -l against gc's .{ext} files"),
        results,
    );
}

#[test]
fn dash_m_matches_gc() {
    check_all("-m", "m");
}

#[test]
fn dash_m2_matches_gc() {
    check_all("-m=2", "m2");
}
