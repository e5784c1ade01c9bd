//! Edge cases from Go's own test directory that once crashed golift or produced an
//! internal error, each now behaving as gc 1.19.8 does (issue 9's list):
//!
//! - `fixedbugs/issue45665.go`, `issue46720.go` (`// compile`): converting a slice to a
//!   pointer to an array compiles (`issue46720.go` is `package p`: checked, no output);
//! - `fixedbugs/bug454.go` (`// run`): ranging with `for i, _ := range` over a nil
//!   pointer to an array does not dereference it; the program exits 0 and prints
//!   nothing.
//!
//! The frame-size errors (`bug385_64.go`, `issue22200.go`, `issue22200b.go`: gc's
//! `stack frame too large (>1GB)`) are errorcheck files held by the go-suite ratchet.
//! Go's test directory comes with gc: without it the test says it was skipped.

mod common;
mod tools;

use std::path::PathBuf;
use std::process::Command;

use common::*;

fn go_test_dir() -> Option<PathBuf> {
    let root = Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let dir = PathBuf::from(root).join("test");
    let present = dir.join("fixedbugs/bug454.go").exists();
    tools::require(
        "go_edge_cases",
        "gc's test suite ($(go env GOROOT)/test)",
        present,
        "apt-get install golang-go golang-1.19-src",
    )
    .then_some(dir)
}

#[test]
fn gc_edge_cases_compile_and_run() {
    let Some(dir) = go_test_dir() else { return };
    let scratch = std::env::temp_dir().join(format!("golift-edge-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    for name in ["issue45665.go", "issue46720.go"] {
        let out = golift()
            .current_dir(&scratch)
            .args(["build", "-o"])
            .arg(scratch.join("prog"))
            .arg(dir.join("fixedbugs").join(name))
            .output()
            .expect("runs golift");
        assert!(out.status.success(), "{name}: {}", describe(&out));
    }
    let exe = scratch.join("bug454");
    let built = golift()
        .args(["build", "--target", &target(), "-o"])
        .arg(&exe)
        .arg(dir.join("fixedbugs/bug454.go"))
        .output()
        .expect("runs golift");
    assert!(built.status.success(), "bug454.go: {}", describe(&built));
    let ran = run_exe(&exe).output().expect("runs bug454");
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        ran.status.success() && ran.stdout.is_empty(),
        "{}",
        describe(&ran)
    );
}

/// `go build` of a package other than `main` checks it and writes nothing; `go run` of
/// one says so in gc's words and exits 1.
#[test]
fn non_main_packages_as_the_go_command() {
    let scratch = std::env::temp_dir().join(format!("golift-pkg-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    std::fs::write(
        scratch.join("p.go"),
        "package p\n\nfunc F() int { return 1 }\n",
    )
    .expect("writes p.go");
    let built = golift()
        .current_dir(&scratch)
        .args(["build", "p.go"])
        .output()
        .expect("runs golift");
    let wrote = scratch.join("p").exists();
    let ran = golift()
        .current_dir(&scratch)
        .args(["run", "p.go"])
        .output()
        .expect("runs golift");
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(built.status.success() && !wrote, "{}", describe(&built));
    assert_eq!(ran.status.code(), Some(1), "{}", describe(&ran));
    assert_eq!(
        text(&ran.stderr),
        "package command-line-arguments is not a main package\n"
    );
}
