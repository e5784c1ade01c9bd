//! Escape decisions keyed by the typed body's allocation sites, which is how codegen
//! reads them: [`site_placements`] for a function, [`init_site_placements`] for the
//! package initialiser. The analysis walks the bodies and decides by site; this module
//! only collects the decisions. A body site without a decision is left out, and
//! codegen reports it as an internal compiler error.

use std::collections::HashMap;

use golift_hir::body::{self, AllocKind as SiteKind, AllocSiteId};
use golift_hir::{Db, Func, Package};

use crate::Placement;

/// Where every allocation site of `func`'s body lives.
#[salsa::tracked(returns(ref))]
pub fn site_placements<'db>(db: &'db dyn Db, func: Func<'db>) -> HashMap<AllocSiteId, Placement> {
    match crate::run::func_output(db, func) {
        Some((result, _)) => result.sites.clone(),
        None => HashMap::new(),
    }
}

/// Where every allocation site of the package initialiser's body lives. A composite
/// literal stored straight into a package variable (`var p = &T{}`, `var s = []int{1}`)
/// is laid out as static data by gc's staticinit before escape analysis runs, so it
/// never gets a location or a `-m` line; it lives as long as the program, on the heap.
/// So does the box of a statically initialised conversion to an interface
/// (`var i I = T{1}`, `var e interface{} = t`).
#[salsa::tracked(returns(ref))]
pub fn init_site_placements(db: &dyn Db, package: Package) -> HashMap<AllocSiteId, Placement> {
    let esc = crate::package_init_escape(db, package);
    let mut out = HashMap::new();
    for d in &esc.decls {
        out.extend(d.result.sites.iter().map(|(&s, &p)| (s, p)));
    }
    static_literals_on_heap(db, package, &mut out);
    out
}

fn static_literals_on_heap(
    db: &dyn Db,
    package: Package,
    out: &mut HashMap<AllocSiteId, Placement>,
) {
    let body = &body::init_body_with_source_map(db, package).body;
    for (site, s) in body.sites.iter() {
        // A conversion to an interface that gc initialises statically (`var i I =
        // T{1}`, `[]I{T{2}}`, `var e interface{} = t`: the value is copied into
        // read-only data) is not analysed; its box outlives every function, as on the
        // heap.
        if matches!(
            s.kind,
            SiteKind::PtrLit | SiteKind::SliceLit | SiteKind::ConvIface
        ) {
            out.entry(site).or_insert(Placement::Heap);
        }
    }
    // `var a, b interface{} = f()`: each converted result is stored into a package
    // variable, so it lives on the heap (gc 1.19 itself stops with an internal error on
    // this form; the analysis of initialisers does not model it).
    for (_, st) in body.stmts.iter() {
        if let body::StmtKind::AssignCall { convs, .. } = &st.kind {
            for site in convs.iter().flatten().filter_map(|c| c.site) {
                out.entry(site).or_insert(Placement::Heap);
            }
        }
    }
}
