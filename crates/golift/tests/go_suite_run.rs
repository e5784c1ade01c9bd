//! Go's own `// run` tests, `$(go env GOROOT)/test`, checked as Go's `test/run.go`
//! checks them: the file is compiled and linked alone as package main (by golift, for
//! the host), the program runs in the test directory with the action line's arguments,
//! and it must exit with status 0 and print, stdout and stderr together, exactly the
//! file's `.out` (or nothing when there is none). Files whose build constraints exclude
//! linux/amd64 are skipped, as run.go skips them; a file whose action line passes flags
//! to the go command (`// run -gcflags=...`) is counted and fails, since golift has no
//! such flags to honour.
//!
//! The files known to pass are listed in `ratchet/go-suite-run.txt`, and a listed file
//! that stops passing fails this test. `cargo xtask go-suite` runs this test with output.

mod common;
mod tools;

use std::io::Read as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::hold_ratchet;
use golift::constraint::Platform;
use golift::pipeline;
use golift::session::Session;
use tools::go_tests;

/// How long one test program may run. run.go's own limit is minutes; every test it
/// runs finishes in well under a second with gc, so this only stops a hung program.
const RUN_LIMIT: Duration = Duration::from_secs(10);

/// The platform run.go evaluates build constraints for here.
const HOST: Platform = Platform {
    goos: "linux",
    goarch: "amd64",
};

/// One `// run` file: compile, link, run, compare.
fn check(root: &Path, path: &Path, words: &[String]) -> Result<(), String> {
    if let Some(flag) = words.iter().find(|w| w.starts_with('-')) {
        return Err(format!("go command flag {flag} on the action line"));
    }
    // As `go run FILE ARGS` takes the leading `.go` arguments as more files of the
    // package (`// run cmplxdivide1.go`).
    let more = words.iter().take_while(|w| w.ends_with(".go")).count();
    let (more_files, args) = words.split_at(more);
    let dir = path.parent().unwrap_or(root);
    let mut sources = Vec::new();
    for file in std::iter::once(path.to_path_buf()).chain(more_files.iter().map(|f| dir.join(f))) {
        let bytes = std::fs::read(&file).map_err(|e| format!("read {}: {e}", file.display()))?;
        sources.push((format!("./{}", go_tests::relative(root, &file)), bytes));
    }
    let session = Session::from_bytes(sources, false)?;
    pipeline::check(&session).map_err(|f| f.message)?;
    let triple = golift::target::parse_target(None).map_err(|f| f.message)?;
    let linked = pipeline::executable(&session, &triple).map_err(|f| f.message)?;
    let (status, got) = run_combined(root, &linked.exe, args)?;
    let expected = std::fs::read(path.with_extension("out")).unwrap_or_default();
    if got != expected {
        return Err(format!(
            "output differs from {}; golift's program printed:\n{}",
            path.with_extension("out").display(),
            String::from_utf8_lossy(&got)
        ));
    }
    if !status.success() {
        return Err(format!("program exited with {status}"));
    }
    Ok(())
}

/// Runs `exe ARGS` in `dir` with stdout and stderr into one pipe, as run.go's `runcmd`
/// does, killing it after [`RUN_LIMIT`].
fn run_combined(
    dir: &Path,
    exe: &Path,
    args: &[String],
) -> Result<(std::process::ExitStatus, Vec<u8>), String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    let stderr = writer.try_clone().map_err(|e| format!("pipe: {e}"))?;
    let mut child = Command::new(exe)
        .args(args)
        .current_dir(dir)
        .env("GOENV", "off")
        .env("GOFLAGS", "")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(stderr)
        .spawn()
        .map_err(|e| format!("spawn {}: {e}", exe.display()))?;
    let output = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = reader.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > RUN_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("still running after {RUN_LIMIT:?}; killed"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait: {e}")),
        }
    };
    let got = output
        .join()
        .map_err(|_| "reading the program's output failed".to_string())?;
    Ok((status, got))
}

/// The `// run` files of the suite that run.go would run on linux/amd64, with their
/// action words.
fn run_files(root: &Path) -> Vec<(PathBuf, Vec<String>)> {
    go_tests::go_files(root)
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let words = go_tests::action_words(&String::from_utf8_lossy(&bytes), "run")?;
            HOST.header_matches(&bytes)
                .unwrap_or(false)
                .then_some((path, words))
        })
        .collect()
}

#[test]
fn go_test_suite_run_files() {
    let Some(root) = go_tests::test_dir("go_suite_run") else {
        return;
    };
    let files = run_files(&root);
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            std::thread::Builder::new()
                .stack_size(golift::COMPILER_STACK)
                .spawn_scoped(scope, || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((path, words)) = files.get(i) else {
                        break;
                    };
                    let result = catch_unwind(AssertUnwindSafe(|| check(&root, path, words)))
                        .unwrap_or_else(|_| Err("golift panicked".to_string()));
                    let rel = go_tests::relative(&root, path);
                    results.lock().expect("results").push((rel, result));
                })
                .expect("spawn a worker");
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by(|a, b| a.0.cmp(&b.0));
    hold_ratchet("go-suite-run.txt", results);
}
