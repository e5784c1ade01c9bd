//! Escape decisions keyed by the typed body's allocation sites, which is how codegen
//! reads them: [`site_placements`] for a function, [`init_site_placements`] for the
//! package initialiser.
//!
//! The analysis still walks the checked syntax (its move onto `golift_hir::body` is the
//! next step), so its decisions are keyed by syntax expression and kind; this module
//! finds each decision's site through the body's source map. A body site the analysis
//! did not decide is left out, and codegen reports it as an internal compiler error.

use std::collections::HashMap;

use golift_hir::body::{self, AllocKind as SiteKind, AllocSiteId, BodySourceMap, SyntaxRef};
use golift_hir::{Db, Func, Package};
use golift_syntax::ast::ExprId;

use crate::graph::AllocKind;
use crate::Placement;

/// Where every allocation site of `func`'s body lives.
#[salsa::tracked(returns(ref))]
pub fn site_placements<'db>(db: &'db dyn Db, func: Func<'db>) -> HashMap<AllocSiteId, Placement> {
    let Some((result, _)) = crate::run::func_output(db, func) else {
        return HashMap::new();
    };
    let map = &body::body_with_source_map(db, func).source_map;
    let mut out = HashMap::new();
    for (&(expr, kind), ps) in &result.alloc_kinds {
        for (site, &p) in find(map, 0, expr, kind).iter().zip(ps) {
            out.insert(*site, p);
        }
    }
    out
}

/// Where every allocation site of the package initialiser's body lives. A composite
/// literal stored straight into a package variable (`var p = &T{}`, `var s = []int{1}`)
/// is laid out as static data by gc's staticinit before escape analysis runs, so it
/// never gets a location or a `-m` line; it lives as long as the program, on the heap.
#[salsa::tracked(returns(ref))]
pub fn init_site_placements(db: &dyn Db, package: Package) -> HashMap<AllocSiteId, Placement> {
    let init = golift_hir::package_init(db, package);
    let esc = crate::package_init_escape(db, package);
    let map = &body::init_body_with_source_map(db, package).source_map;
    let mut out = HashMap::new();
    for (i, gi) in init.inits.iter().enumerate() {
        let Some(d) = esc
            .decls
            .iter()
            .find(|d| d.file == gi.file && d.decl == gi.decl)
        else {
            continue;
        };
        for (&(expr, kind), ps) in &d.result.alloc_kinds {
            for (site, &p) in find(map, i as u32, expr, kind).iter().zip(ps) {
                out.insert(*site, p);
            }
        }
    }
    let body = &body::init_body_with_source_map(db, package).body;
    for (site, s) in body.sites.iter() {
        if matches!(s.kind, SiteKind::PtrLit | SiteKind::SliceLit) {
            out.entry(site).or_insert(Placement::Heap);
        }
    }
    out
}

/// The body's sites for one of the analysis's keys, in the order they were made.
fn find(map: &BodySourceMap, decl: u32, expr: ExprId, kind: AllocKind) -> &[AllocSiteId] {
    let kind = match kind {
        AllocKind::New => SiteKind::New,
        AllocKind::PtrLit => SiteKind::PtrLit,
        AllocKind::SliceLit => SiteKind::SliceLit,
        AllocKind::MakeSlice => SiteKind::MakeSlice,
        AllocKind::ConvIface => SiteKind::ConvIface,
        AllocKind::VarArgs => SiteKind::VariadicSlice,
        AllocKind::AddStr => SiteKind::Concat,
        AllocKind::StrConv => SiteKind::ConvCopy,
        // Bodies have no maps, closures or method values yet.
        AllocKind::MapLit | AllocKind::MakeMap | AllocKind::Closure | AllocKind::MethodValue => {
            return &[]
        }
    };
    map.site_by_syntax
        .get(&(SyntaxRef { decl, expr }, kind))
        .map_or(&[], Vec::as_slice)
}
