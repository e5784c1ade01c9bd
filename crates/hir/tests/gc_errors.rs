//! Type errors compared with gc 1.19.8: each `errors/NAME.go` has `errors/NAME.err`,
//! what `go build ./NAME.go` printed (minus the `# command-line-arguments` line).
//! Also: every program of `testdata/run` type-checks without errors.

use std::path::{Path, PathBuf};

use golift_hir::{line_index, package_diagnostics, Package, RootDatabase, SourceFile};

fn render(path: &str, text: &str) -> String {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, path.to_string(), text.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    let mut out = String::new();
    for d in package_diagnostics(&db, package) {
        let (l, c) = line_index(&db, d.file).line_col(d.offset);
        out.push_str(&format!(
            "{}:{}:{}: {}\n",
            d.file.path(&db),
            l,
            c,
            d.message
        ));
    }
    out
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "go"));
    files.sort();
    files
}

#[test]
fn errors_match_gc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let mut failures = Vec::new();
    let files = go_files(&dir);
    assert!(!files.is_empty());
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).expect("read source");
        let expected =
            std::fs::read_to_string(path.with_extension("err")).expect("read expected .err");
        let got = render(&format!("./{name}"), &text);
        if got != expected {
            failures.push(format!("--- {name}\nexpected (gc):\n{expected}got:\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn run_corpus_type_checks() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/run");
    let mut failures = Vec::new();
    for path in go_files(&dir) {
        let text = std::fs::read_to_string(&path).expect("read source");
        let got = render(&path.display().to_string(), &text);
        if !got.is_empty() {
            failures.push(got);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
