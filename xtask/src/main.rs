//! Project automation, run as `cargo xtask <task>`:
//!
//! - `codegen`: the asmcheck files of testdata/codegen, for x86-64 and aarch64.
//! - `cross-test`: every testdata/run and testdata/traceback program built for aarch64
//!   and run under `qemu-aarch64`, with the same expectations as on the host.
//! - `go-suite`: Go's own errorcheck and `// run` tests from `$(go env GOROOT)/test`,
//!   with the pass counts and every failure printed (the passing ones are held by
//!   ratchet lists).
//! - `parse-corpus DIR`: parse every `.go` file under DIR (skipping `testdata`), print
//!   errors in gc's format and `files=N bytes=N errors=N MB/s=X`; non-zero exit on errors.
//! - `fuzz [--seconds N]`: libFuzzer on the parser (see fuzz.rs).
//! - `bench`: golift and gc side by side on the same programs (see bench.rs), and
//!   compile time as functions and packages grow (bench_scaling.rs).
//!
//! Each task shells out to cargo or to the built tools; none of them re-implements what a
//! crate of the workspace already does.

mod bench;
mod bench_parse;
mod bench_scaling;
mod fuzz;
mod timing;

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(task) = args.first() else {
        eprintln!(
            "usage: cargo xtask <codegen|cross-test|go-suite|parse-corpus DIR|bench [parse|scaling]|fuzz>"
        );
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let ok = match task.as_str() {
        "codegen" => cargo(&["test", "-p", "golift", "--test", "codegen_checks"], &[]),
        "go-suite" => cargo(
            &[
                "test",
                "-p",
                "golift",
                "--test",
                "go_suite",
                "--test",
                "go_suite_run",
                "--",
                "--nocapture",
            ],
            &[],
        ),
        "cross-test" => cargo(
            &[
                "test",
                "-p",
                "golift",
                "--test",
                "run_programs",
                "--test",
                "tracebacks",
                "--test",
                "bench_programs",
            ],
            &[("GOLIFT_TEST_TARGET", "aarch64-unknown-linux-gnu")],
        ),
        "parse-corpus" => {
            let mut a = vec![
                "run",
                "--release",
                "--quiet",
                "-p",
                "golift-syntax",
                "--example",
                "parse_tree",
                "--",
            ];
            a.extend(rest.iter().map(String::as_str));
            cargo(&a, &[])
        }
        "bench" => bench::run(rest),
        "fuzz" => fuzz::run(rest),
        other => {
            eprintln!("unknown task {other}");
            false
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs cargo (the one that runs us) with `args` and extra environment.
pub fn cargo(args: &[&str], env: &[(&str, &str)]) -> bool {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    match cmd.status() {
        Ok(s) => s.success(),
        Err(e) => {
            eprintln!("xtask: cannot run cargo: {e}");
            false
        }
    }
}
