//! Prints the escape notes of one Go file (`cargo run -p golift-escape --example esc
//! -- FILE.go [LEVEL]`), without code generation: for comparing rules against gc.

use golift_hir::{Package, RootDatabase, SourceFile};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: esc FILE.go [LEVEL]");
        return;
    };
    let level: u8 = args.next().and_then(|l| l.parse().ok()).unwrap_or(1);
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let name = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, format!("./{name}"), src);
    let pkg = Package::new(&db, "main".into(), vec![file]);
    for line in golift_escape::package_diagnostics(&db, pkg, level) {
        println!("{line}");
    }
}
