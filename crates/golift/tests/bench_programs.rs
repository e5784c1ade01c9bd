//! The benchmark programs of testdata/bench print gc's output: each `NAME.go` is built by
//! golift for the target under test and run with the arguments in `NAME.args` (a small
//! size; `cargo xtask bench` runs them at full size); stdout must equal `NAME.out`,
//! written by `testdata/bench/regen.sh` from gc 1.19.8's build, and the exit status 0.

mod common;

use std::path::Path;

use common::*;

fn check_program(go: &Path, scratch: &Path) -> Result<(), String> {
    let exe = build_for_target(go, scratch)?;
    let read = |ext: &str| {
        let path = go.with_extension(ext);
        std::fs::read(&path)
            .map_err(|e| format!("{}: {e} (run testdata/bench/regen.sh)", path.display()))
    };
    let args = text(&read("args")?);
    let run = run_exe(&exe)
        .args(args.split_whitespace())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if !run.status.success() || run.stdout != read("out")? {
        return Err(format!(
            "want gc's output\n{}got {}",
            text(&read("out")?),
            describe(&run)
        ));
    }
    Ok(())
}

#[test]
fn bench_programs_print_gcs_output() {
    let programs = go_files(&testdata("bench"));
    check_all_programs("bench", &programs, check_program);
}
