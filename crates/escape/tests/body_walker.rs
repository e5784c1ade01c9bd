//! Temporary, while escape analysis moves onto the typed body: the Body walker makes
//! the same decisions as the syntax walker (placements per allocation site,
//! moved-to-heap locals, parameter tags) on every program of testdata/escape and
//! testdata/run and on the go-suite `-m` files golift passes.

use std::path::{Path, PathBuf};

use golift_hir::{Package, RootDatabase, SourceFile};

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == "go"));
    v.sort();
    v
}

#[test]
fn body_walker_decides_like_the_syntax_walker() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
    let mut files = go_files(&root.join("escape"));
    files.extend(go_files(&root.join("run")));
    let suite = Path::new("/usr/lib/go-1.19/test");
    for f in [
        "escape_array.go",
        "escape_level.go",
        "escape_selfassign.go",
        "escape_struct_return.go",
        "fixedbugs/issue12588.go",
        "fixedbugs/issue35518.go",
    ] {
        if suite.join(f).exists() {
            files.push(suite.join(f));
        }
    }
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let db = RootDatabase::default();
        let file = SourceFile::new(&db, "./x.go".to_string(), text);
        let package = Package::new(&db, vec![file]);
        if !golift_hir::package_diagnostics(&db, package).is_empty() {
            continue;
        }
        checked += 1;
        for d in golift_escape::body_walker_differences(&db, package) {
            failures.push(format!("{}: {d}", path.display()));
        }
    }
    assert!(checked > 100, "only {checked} programs checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
