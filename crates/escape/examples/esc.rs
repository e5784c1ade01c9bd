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
    let pkg = Package::new(&db, vec![file]);
    if std::env::var("ESCDBG").is_ok() {
        debug_inits(&db, pkg);
    }
    for line in golift_escape::package_diagnostics(&db, pkg, level) {
        println!("{line}");
    }
}

#[allow(dead_code)]
fn debug_inits(db: &RootDatabase, pkg: Package) {
    for g in &golift_hir::package_init(db, pkg).inits {
        eprintln!(
            "{:?} types={} consts={}",
            g.names,
            g.inference.expr_types.iter().count(),
            g.inference.consts.len()
        );
    }
}
