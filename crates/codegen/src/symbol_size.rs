//! gc's limit on the size of one symbol: its object writer rejects a package variable
//! larger than 2,000,000,000 bytes (`main.b: symbol too large (34359738368 bytes >
//! 2000000000 bytes)`, cmd/internal/obj's `cutoff`), where a linker would fail on a
//! relocation that cannot reach past it. Checked once every function compiled, as gc
//! writes the object after compiling.
//!
//! gc reports every such variable in declaration order, all at one position: where its
//! `base.Pos` was left, which is the last package variable initialised by code at run
//! time (in initialisation order), or else the first package variable declared. What
//! gc initialises statically is approximated here from the initialiser's body: constants,
//! zero values, addresses of package variables, functions and literals made of those.
//!
//! What it does not do: lay out the variables (the object module) or check functions'
//! frames (`func.rs`).

use golift_hir::body::{self, Body, ExprId, ExprKind, StmtKind};
use golift_hir::{Db, Diagnostic, Package};

/// gc's object writer's limit on one symbol (`cutoff` in cmd/internal/obj/objfile.go).
const SYMBOL_CUTOFF: u64 = 2_000_000_000;

/// gc's `symbol too large` errors for the package's variables, in declaration order.
pub(crate) fn symbol_size_errors(db: &dyn Db, package: Package) -> Vec<Diagnostic> {
    let globals = &golift_hir::package_init(db, package).globals;
    let specs = golift_hir::package_var_specs(db, package);
    let mut large = Vec::new();
    for spec in specs {
        for name in spec.names.iter().filter(|n| *n != "_") {
            let Some(ty) = globals.get(name) else {
                continue;
            };
            let size = golift_hir::layout_of(db, ty).size;
            if size > SYMBOL_CUTOFF {
                large.push((name.clone(), size));
            }
        }
    }
    if large.is_empty() {
        return Vec::new();
    }
    let Some((file, offset)) = report_position(db, package) else {
        return Vec::new();
    };
    large
        .into_iter()
        .map(|(name, size)| Diagnostic {
            file,
            offset,
            message: format!(
                "{}: symbol too large ({size} bytes > {SYMBOL_CUTOFF} bytes)",
                golift_hir::symbols::qualified(db, package, &name)
            ),
        })
        .collect()
}

/// Where gc's `base.Pos` is left when it writes the object: the last statement of the
/// package initialiser that runs code, or the first package variable's declaration.
fn report_position(db: &dyn Db, package: Package) -> Option<(golift_hir::SourceFile, u32)> {
    let init = &body::init_body_with_source_map(db, package).body;
    let top = match init.root.map(|r| &init.stmts[r].kind) {
        Some(StmtKind::Block(stmts)) => stmts.clone(),
        _ => Vec::new(),
    };
    if let Some(&last) = top.iter().rev().find(|&&s| !static_stmt(init, s)) {
        let (file, offset) = crate::init_loc(db, package, init.stmts[last].pos);
        return file.map(|f| (f, offset));
    }
    let first = golift_hir::package_var_specs(db, package).first()?;
    let start = golift_hir::decl_offsets(db, first.file)
        .get(first.decl as usize)
        .copied()?;
    Some((first.file, start.saturating_add(first.start)))
}

/// Whether gc initialises statement `s` of the package initialiser statically (or
/// drops it: a blank variable with a static value).
fn static_stmt(b: &Body, s: golift_hir::body::StmtId) -> bool {
    match &b.stmts[s].kind {
        StmtKind::Assign { rhs, .. } => static_expr(b, *rhs),
        StmtKind::AssignParallel { rhs, .. } => rhs.iter().all(|&e| static_expr(b, e)),
        StmtKind::Block(stmts) => stmts.iter().all(|&s| static_stmt(b, s)),
        _ => false,
    }
}

fn static_expr(b: &Body, e: ExprId) -> bool {
    match &b.exprs[e].kind {
        ExprKind::Const(_) | ExprKind::Zero | ExprKind::FuncRef(_) => true,
        ExprKind::Addr(x) => matches!(b.exprs[*x].kind, ExprKind::Global(_)),
        ExprKind::ConvIface { x, .. } | ExprKind::Convert { x, site: None } => {
            matches!(b.exprs[*x].kind, ExprKind::Const(_))
        }
        ExprKind::StructLit { .. }
        | ExprKind::ArrayLit { .. }
        | ExprKind::SliceLit { .. }
        | ExprKind::PtrLit { .. } => b.exprs[e]
            .kind
            .children()
            .into_iter()
            .all(|x| static_expr(b, x)),
        _ => false,
    }
}
