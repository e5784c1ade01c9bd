//! `golift ir`: the typed body of each function (what escape analysis and codegen read),
//! with escape's decisions next to the allocation sites and the locals they concern.
//! Positions print as `line:col` (for `main.init`, `file:line:col`).

use golift_hir::body::{self, BodyWithSourceMap, PrintOptions, INIT_FILE_SHIFT};
use golift_hir::{Db, Func, LocalId, Package};

use crate::session::Session;

/// The dump of every function of the package (or only `func`), then `main.init`.
pub fn ir_text(session: &Session, func: Option<&str>) -> String {
    let db: &dyn Db = &session.db;
    let package = session.package;
    let mut out = String::new();
    for &f in golift_hir::package_funcs(db, package) {
        if func.is_some_and(|name| {
            name != golift_hir::symbols::func_name(db, golift_hir::FuncId::new(f))
        }) {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&func_ir(db, f));
    }
    if func.is_none_or(|name| name == "init") {
        let init = body::init_body_with_source_map(db, package);
        if init.body.root.is_some_and(
            |r| !matches!(&init.body.stmts[r].kind, body::StmtKind::Block(v) if v.is_empty()),
        ) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&init_ir(db, package, init));
        }
    }
    out
}

fn func_ir(db: &dyn Db, f: Func<'_>) -> String {
    let bwsm = body::body_with_source_map(db, f);
    let placements = golift_escape::site_placements(db, f);
    let esc = golift_escape::escape(db, f);
    let (file, base) = match *golift_hir::decl_offset(db, f) {
        Some(x) => x,
        None => return String::new(),
    };
    let lines = golift_hir::line_index(db, file);
    let pos = |p: u32| {
        let (l, c) = lines.line_col(base + p);
        format!("{l}:{c}")
    };
    let site_note = |s| placements.get(&s).map(|p| format!("{p:?}").to_lowercase());
    let local_note = |l: LocalId| {
        esc.heap_locals
            .contains(&l)
            .then(|| "moved to heap".to_string())
    };
    let opts = PrintOptions {
        pos: &pos,
        site_note: &site_note,
        local_note: &local_note,
    };
    let name = golift_hir::symbols::func_symbol(db, golift_hir::FuncId::new(f));
    body::print_body(&name, &bwsm.body, db, &opts)
}

fn init_ir(db: &dyn Db, package: Package, init: &BodyWithSourceMap) -> String {
    let placements = golift_escape::init_site_placements(db, package);
    let files = package.files(db);
    let pos = |p: u32| {
        let (fi, off) = (p >> INIT_FILE_SHIFT, p & ((1 << INIT_FILE_SHIFT) - 1));
        match files.get(fi as usize) {
            Some(&file) => {
                let (l, c) = golift_hir::line_index(db, file).line_col(off);
                format!("{}:{l}:{c}", file.path(db))
            }
            None => format!("?:{off}"),
        }
    };
    let site_note = |s| placements.get(&s).map(|p| format!("{p:?}").to_lowercase());
    let local_note = |_| None;
    let opts = PrintOptions {
        pos: &pos,
        site_note: &site_note,
        local_note: &local_note,
    };
    body::print_body(
        &golift_hir::symbols::init_symbol(db, package),
        &init.body,
        db,
        &opts,
    )
}
