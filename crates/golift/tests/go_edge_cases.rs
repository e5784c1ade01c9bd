//! Edge cases from Go's own test directory that once crashed golift or produced an
//! internal error, each now behaving as gc 1.19.8 does (issue 9's list):
//!
//! - `fixedbugs/issue45665.go`, `issue46720.go` (`// compile`): converting a slice to a
//!   pointer to an array compiles (`issue46720.go` is `package p`: checked, no output);
//! - `fixedbugs/bug454.go` (`// run`): ranging with `for i, _ := range` over a nil
//!   pointer to an array does not dereference it; the program exits 0 and prints
//!   nothing.
//!
//! - `fixedbugs/bug361.go`, `issue23780.go`, `issue23781.go` (`// compile`): a 1 GB
//!   array literal declared (moved to the heap as too large for the stack), a 1 GB slice
//!   literal dropped or stored to a package variable, a 16 GB slice literal dropped at
//!   package level: they compile, in seconds, with no 1 GB stack frame;
//! - `fixedbugs/issue4348.go`, `issue9862.go` (`// skip` in Go's suite: gc refuses
//!   package variables over 2,000,000,000 bytes): golift prints what gc's `go build`
//!   prints (run here on a copy in a scratch directory) and exits as it does.
//!
//! The frame-size errors (`bug385_64.go`, `issue22200.go`, `issue22200b.go`: gc's
//! `stack frame too large (>1GB)`) are errorcheck files held by the go-suite ratchet.
//! Go's test directory comes with gc: without it the test says it was skipped.

mod common;
mod tools;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

fn go_test_dir() -> Option<PathBuf> {
    tools::go_tests::test_dir("go_edge_cases")
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

/// What "seconds, not minutes" means for one of these files in a debug build on a busy
/// machine: building a 1 GB literal in a stack temporary took minutes.
const COMPILE_LIMIT: Duration = Duration::from_secs(60);

/// A scratch directory of its own for one test.
fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("golift-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[test]
fn very_large_literals_compile_quickly() {
    let Some(dir) = go_test_dir() else { return };
    let scratch = scratch("large-lit");
    for name in ["bug361.go", "issue23780.go", "issue23781.go"] {
        let start = Instant::now();
        let out = golift()
            .current_dir(&scratch)
            .args(["build", "--target", &target(), "-o"])
            .arg(scratch.join("prog"))
            .arg(dir.join("fixedbugs").join(name))
            .output()
            .expect("runs golift");
        let took = start.elapsed();
        assert!(out.status.success(), "{name}: {}", describe(&out));
        assert!(took < COMPILE_LIMIT, "{name}: took {took:?}");
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

/// A program whose 1 GB literals are written in place: a declared variable moved to
/// the heap, `&[...]T{...}`, a slice literal stored to a package variable, an array
/// assigned to a variable moved to the heap, a struct holding a 1 GB array. Each would
/// need a frame over gc's 1 GB limit if built in a stack temporary; gc compiles it.
#[test]
fn gigabyte_literals_need_no_gigabyte_frame() {
    let scratch = scratch("gb-lit");
    let src = scratch.join("gb.go");
    std::fs::write(
        &src,
        r#"package main

import "os"

type S struct {
	a [1 << 30]byte
	b int
}

var sink []byte

func main() {
	n := byte(len(os.Args))
	x := [1 << 30]byte{5: n}
	p := &[1 << 30]byte{7: n}
	sink = []byte{1 << 30: n}
	var y [1 << 30]byte
	y = [1 << 30]byte{3: n}
	s := S{b: int(n)}
	_ = [1 << 30]byte{9: n}
	println(x[5], p[7], sink[1<<30], y[3], s.b)
}
"#,
    )
    .expect("writes gb.go");
    let start = Instant::now();
    let out = golift()
        .current_dir(&scratch)
        .args(["build", "--target", &target(), "-o"])
        .arg(scratch.join("gb"))
        .arg(&src)
        .output()
        .expect("runs golift");
    let took = start.elapsed();
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(took < COMPILE_LIMIT, "took {took:?}");
}

/// `go build` of `file` (copied into `dir`) as gc does it: stderr without the go
/// command's `# command-line-arguments` header, and the exit status.
fn gc_build(dir: &Path, file: &str) -> (String, Option<i32>) {
    let out = Command::new("go")
        .current_dir(dir)
        .env("GO111MODULE", "off")
        .env("GOFLAGS", "")
        .args(["build", "-o", "gc.out", file])
        .output()
        .expect("runs go build");
    let stderr: String = text(&out.stderr)
        .lines()
        .filter(|l| *l != "# command-line-arguments")
        .map(|l| format!("{l}\n"))
        .collect();
    (stderr, out.status.code())
}

#[test]
fn package_variables_over_two_gigabytes_as_gc() {
    let Some(dir) = go_test_dir() else { return };
    let scratch = scratch("big-global");
    for name in ["issue4348.go", "issue9862.go"] {
        std::fs::copy(dir.join("fixedbugs").join(name), scratch.join(name)).expect("copies");
        let (want, want_code) = gc_build(&scratch, name);
        let out = golift()
            .current_dir(&scratch)
            .args(["build", "--target", &target(), "-o", "golift.out", name])
            .output()
            .expect("runs golift");
        assert!(
            want.contains("symbol too large"),
            "{name}: gc printed {want:?}"
        );
        assert_eq!(text(&out.stderr), want, "{name}");
        assert_eq!(out.status.code(), want_code, "{name}");
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
