//! Tests that need a tool beyond Rust and `cc` (gc for Go's own suite, the aarch64
//! cross toolchain and qemu) ask for it here. On a machine without it the test says
//! plainly that it was skipped and why, one line in the test output, and passes; with
//! `GOLIFT_REQUIRE_ALL=1` (which `.ci/run` sets after installing everything) a missing
//! tool fails the test instead, so CI never skips silently.

use std::path::Path;

pub mod go_tests;

/// Whether `prog` is on `PATH`.
#[allow(dead_code)]
pub fn have(prog: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|d| Path::new(&d).join(prog).is_file())
    })
}

/// Whether the test `test` may use `what`; `present` says whether it is there,
/// `install` how to get it. Prints the skip line, or panics under `GOLIFT_REQUIRE_ALL`.
pub fn require(test: &str, what: &str, present: bool, install: &str) -> bool {
    if present {
        return true;
    }
    let msg = format!("{test}: skipped: {what} not found ({install})");
    if std::env::var_os("GOLIFT_REQUIRE_ALL").is_some_and(|v| v == "1") {
        panic!("{msg}; GOLIFT_REQUIRE_ALL=1 makes this a failure");
    }
    // Straight to stderr: the test harness captures `println!`/`eprintln!` of passing
    // tests, and a skip must be seen.
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{msg}");
    false
}
