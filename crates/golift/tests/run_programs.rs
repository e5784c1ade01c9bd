//! Every `testdata/run/NAME.go` program, built by golift for the target under test and
//! run: stdout must equal `NAME.out` (on aarch64 `NAME.arm64.out` where gc's arm64
//! output differs), the exit status `NAME.exit`, and stderr `NAME.err`
//! (gc's, cut like `testdata/run/regen.sh` cuts it: stack traces and the `[signal` line
//! of a nil dereference are not compared). All expectations come from gc 1.19.8.

mod common;

use std::path::Path;

use common::*;

/// Keeps what regen.sh keeps of a panicking program's stderr (bytes: programs may print
/// invalid UTF-8).
fn cut_stderr(stderr: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in stderr.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"[signal ") {
            break;
        }
        out.extend_from_slice(line);
        if line.starts_with(b"goroutine ") {
            break;
        }
    }
    out
}

fn check_program(go: &Path, scratch: &Path) -> Result<(), String> {
    let exe = build_for_target(go, scratch)?;
    let run = run_exe(&exe)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let read = |ext: &str| {
        let path = go.with_extension(ext);
        std::fs::read(&path)
            .map_err(|e| format!("{}: {e} (run testdata/run/regen.sh)", path.display()))
    };
    let arm64 = go.with_extension("arm64.out");
    let want_out = if target().starts_with("aarch64") && arm64.exists() {
        read("arm64.out")?
    } else {
        read("out")?
    };
    let want_err = read("err")?;
    let want_exit: i32 = text(&read("exit")?).trim().parse().unwrap_or(-1);
    let got_err = cut_stderr(&run.stderr);
    let got_exit = run.status.code().unwrap_or(-1);
    if (&run.stdout, &got_err, got_exit) == (&want_out, &want_err, want_exit) {
        Ok(())
    } else {
        Err(format!(
            "want exit {want_exit}, stdout:\n{}stderr:\n{}\ngot exit {got_exit}, stdout:\n{}stderr:\n{}",
            text(&want_out),
            text(&want_err),
            text(&run.stdout),
            text(&got_err)
        ))
    }
}

#[test]
fn run_programs_behave_as_gc_built_ones() {
    check_all_programs("testdata/run", &go_files(&testdata("run")), check_program);
}
