//! Shared by golift's integration tests: paths, running the `golift` binary, the
//! target under test, and the ratchet lists of files known to pass.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/golift is two levels below the workspace root")
        .to_path_buf()
}

pub fn testdata(dir: &str) -> PathBuf {
    workspace_root().join("testdata").join(dir)
}

/// `*.go` files of a testdata directory, sorted by name.
pub fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

pub fn golift() -> Command {
    Command::new(env!("CARGO_BIN_EXE_golift"))
}

/// The target these tests build for: `GOLIFT_TEST_TARGET`, the host by default.
/// `cargo xtask cross-test` sets it to aarch64 and runs the binaries under qemu.
pub fn target() -> String {
    std::env::var("GOLIFT_TEST_TARGET").unwrap_or_else(|_| "x86_64-unknown-linux-gnu".into())
}

/// A command that runs `exe` built for [`target`] on this host.
pub fn run_exe(exe: &Path) -> Command {
    if target().starts_with("aarch64") && !cfg!(target_arch = "aarch64") {
        let mut c = Command::new("qemu-aarch64");
        c.arg("-L").arg("/usr/aarch64-linux-gnu").arg(exe);
        c
    } else {
        Command::new(exe)
    }
}

/// Builds `go` with golift for [`target`] into `scratch/NAME`, returning the executable;
/// a failed build is the test's error.
#[allow(dead_code)]
pub fn build_for_target(go: &Path, scratch: &Path) -> Result<PathBuf, String> {
    let name = go.file_stem().and_then(|s| s.to_str()).unwrap_or("prog");
    let exe = scratch.join(name);
    let build = golift()
        .arg("build")
        .arg("--target")
        .arg(target())
        .arg("-o")
        .arg(&exe)
        .arg(go)
        .output()
        .map_err(|e| format!("cannot run golift: {e}"))?;
    if !build.status.success() {
        return Err(format!("golift build failed: {}", describe(&build)));
    }
    Ok(exe)
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub fn describe(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    )
}

/// Every file must pass: for the corpora golift fully supports (testdata/run,
/// testdata/codegen, testdata/errors), where a new file that fails is a regression or a
/// gap to close, not something to list.
pub fn hold_all(what: &str, results: Vec<(String, Result<(), String>)>) {
    let total = results.len();
    let failures: Vec<String> = results
        .into_iter()
        .filter_map(|(name, r)| r.err().map(|why| format!("== {name}\n{why}")))
        .collect();
    eprintln!("{what}: {}/{total} pass", total - failures.len());
    assert!(total > 0, "{what}: no test files found");
    assert!(
        failures.is_empty(),
        "{} of {total} fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Checks every program of a corpus with `check(program, scratch)` in a fresh scratch
/// directory (its path canonical, as gc's tracebacks print it) and holds them all
/// ([`hold_all`]) under `what` on the target under test.
pub fn check_all_programs(
    what: &str,
    programs: &[PathBuf],
    check: impl Fn(&Path, &Path) -> Result<(), String>,
) {
    let tmp = std::env::temp_dir();
    let tmp = tmp.canonicalize().unwrap_or(tmp);
    let slug = what.replace('/', "-");
    let scratch = tmp.join(format!("golift-{slug}-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let results = programs
        .iter()
        .map(|go| {
            let name = go
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, check(go, &scratch))
        })
        .collect();
    let _ = std::fs::remove_dir_all(&scratch);
    hold_all(&format!("{what} on {}", target()), results);
}

/// Reads a ratchet list (one file name per line, `#` comments).
pub fn ratchet(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/ratchet")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Checks every file: listed ones must pass; unlisted passes are reported so the list
/// can grow. Panics with every failure of a listed file. With `GOLIFT_BLESS=1` the list
/// is rewritten to exactly the passing files (review the diff: it must only grow).
pub fn hold_ratchet(list: &str, results: Vec<(String, Result<(), String>)>) {
    // `GOLIFT_GO_SUITE_ONLY` picked some files: say how each did, hold nothing.
    if std::env::var_os("GOLIFT_GO_SUITE_ONLY").is_some() {
        for (name, result) in &results {
            match result {
                Ok(()) => eprintln!("pass: {name}"),
                Err(why) => eprintln!("FAIL: {name}\n{why}"),
            }
        }
        return;
    }
    if std::env::var_os("GOLIFT_BLESS").is_some() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/ratchet")
            .join(list);
        let mut text =
            String::from("# Files that pass; a listed file that fails breaks the build.\n");
        for (name, result) in &results {
            if result.is_ok() {
                text.push_str(name);
                text.push('\n');
            }
        }
        std::fs::write(&path, text).expect("write ratchet list");
    }
    let listed = ratchet(list);
    let mut broken = Vec::new();
    let mut newly = Vec::new();
    let total = results.len();
    let mut passed = 0;
    for (name, result) in &results {
        match result {
            Ok(()) => {
                passed += 1;
                if !listed.contains(name) {
                    newly.push(name.clone());
                }
            }
            Err(why) => {
                if listed.contains(name) {
                    broken.push(format!("== {name}\n{why}"));
                } else {
                    eprintln!("not passing yet: {name}\n{why}");
                }
            }
        }
    }
    for name in &listed {
        if !results.iter().any(|(n, _)| n == name) {
            broken.push(format!("== {name}\nlisted in {list} but no such test file"));
        }
    }
    eprintln!("{list}: {passed}/{total} pass");
    if !newly.is_empty() {
        eprintln!("passing but not in {list} (add them): {}", newly.join(" "));
    }
    assert!(
        broken.is_empty(),
        "{} listed file(s) fail:\n{}",
        broken.len(),
        broken.join("\n")
    );
}
