//! Prints a file's compile errors as `go build` does: `cargo run -p golift-hir --example
//! check -- ./x.go`.

use golift_hir::{line_index, package_diagnostics, Package, RootDatabase, SourceFile};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check FILE.go");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, path.clone(), text);
    let package = Package::new(&db, "main".into(), vec![file]);
    let diags = package_diagnostics(&db, package);
    for d in diags {
        let (l, c) = line_index(&db, d.file).line_col(d.offset);
        println!("{}:{}:{}: {}", d.file.path(&db), l, c, d.message);
    }
}
