//! Go's own test directory, `$(go env GOROOT)/test` (installed by golang-1.19-src): where
//! it is, its test files, and the action line `test/run.go` reads from each. Tests that
//! walk the suite (errorcheck and `// run` files, edge cases) share this; how each action
//! is checked stays with its test.

use std::path::{Path, PathBuf};
use std::process::Command;

/// How to get Go's test directory.
const INSTALL: &str = "apt-get install golang-go golang-1.19-src";

/// `$(go env GOROOT)/test`, or `None` (the test `test` is skipped, see
/// [`super::require`]) without gc or its test suite. `$GOLIFT_GO_TEST_DIR` names another
/// directory of files in the suite's form (a developer's cut-down copy of a test).
#[allow(dead_code)]
pub fn test_dir(test: &str) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("GOLIFT_GO_TEST_DIR") {
        return Some(PathBuf::from(dir));
    }
    let out = Command::new("go").args(["env", "GOROOT"]).output();
    let root = match out {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        _ => String::new(),
    };
    let dir = Path::new(&root).join("test");
    let present = !root.is_empty() && dir.join("escape2.go").exists();
    super::require(
        test,
        "gc's test suite ($(go env GOROOT)/test)",
        present,
        INSTALL,
    )
    .then_some(dir)
}

/// The `.go` files below `dir`, skipping `*.dir` helper directories, sorted.
#[allow(dead_code)]
/// The `.go` files under `dir`, sorted; only those whose path contains
/// `$GOLIFT_GO_SUITE_ONLY` when it is set (a developer's look at a few files: the
/// ratchet is then reported, not held).
pub fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    if let Some(only) = std::env::var_os(ONLY_VAR) {
        let only = only.to_string_lossy().into_owned();
        out.retain(|p| p.to_string_lossy().contains(&only));
    }
    out
}

/// The variable naming the files [`go_files`] keeps.
pub const ONLY_VAR: &str = "GOLIFT_GO_SUITE_ONLY";

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.extension().is_none_or(|x| x != "dir") {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// The words after `// KIND` on the file's action line (its first line other than
/// build constraints and blank lines), or `None` when the action is another one
/// (`// run` is not `// runoutput`).
#[allow(dead_code)]
pub fn action_words(src: &str, kind: &str) -> Option<Vec<String>> {
    let first = src.lines().find(|l| {
        !l.starts_with("//go:build") && !l.starts_with("// +build") && !l.trim().is_empty()
    })?;
    let rest = first.strip_prefix("// ")?.strip_prefix(kind)?;
    (rest.is_empty() || rest.starts_with(' '))
        .then(|| rest.split_whitespace().map(String::from).collect())
}

/// `path` relative to the suite's directory `root`, as the ratchet lists name files.
#[allow(dead_code)]
pub fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}
