//! The package initialisers over `main.init`'s body: `var x = expr` stores into a
//! global, so every value flows to the heap, except what gc's staticinit lays out as
//! static data before escape analysis runs (constants, names, functions and the
//! addresses and elements of composite literals). Each declaration is a unit of its
//! own, its positions relative to it, reported as `name = value` at the name.

use golift_hir::body::{ExprId, ExprKind, StmtKind, INIT_FILE_SHIFT};
use golift_hir::{Package, SourceFile};

use crate::build::{Batch, FnInfo};
use crate::graph::{ArenaGet as _, Hole, NodeRef, Where, HEAP};

/// Walks the package initialiser's body; returns the unit of each declaration.
pub(crate) fn walk_init(b: &mut Batch<'_>, package: Package) -> Vec<(SourceFile, u32, usize)> {
    let db = b.db;
    let init = golift_hir::package_init(db, package);
    let bsm = golift_hir::body::init_body_with_source_map(db, package);
    let files = package.files(db);
    let mut units: Vec<(SourceFile, u32, usize)> = Vec::new();
    let Some(StmtKind::Block(stmts)) = bsm
        .body
        .root
        .and_then(|r| bsm.body.stmts.get(r))
        .map(|s| &s.kind)
    else {
        return units;
    };
    for &s in stmts {
        let Some(st) = bsm.body.stmts.get(s) else {
            continue;
        };
        // The declaration a statement belongs to, from its values' source.
        let (targets, values): (Vec<Option<ExprId>>, Vec<ExprId>) = match &st.kind {
            StmtKind::Assign { lhs, rhs } => (vec![*lhs], vec![*rhs]),
            StmtKind::AssignParallel { lhs, rhs } => (lhs.clone(), rhs.clone()),
            StmtKind::AssignCall { lhs, call, .. } => {
                (lhs.iter().take(1).copied().collect(), vec![*call])
            }
            _ => continue,
        };
        let Some(gi_idx) = values
            .first()
            .and_then(|v| bsm.source_map.expr_syntax.get(v))
            .map(|r| r.decl)
        else {
            continue;
        };
        let Some(gi) = init.inits.get(gi_idx as usize) else {
            continue;
        };
        let unit = match units
            .iter()
            .find(|(f, d, _)| *f == gi.file && *d == gi.decl)
        {
            Some(&(_, _, u)) => u,
            None => {
                let fi = files.iter().position(|f| *f == gi.file).unwrap_or(0);
                let key = format!("I{fi}:{}", gi.decl);
                let start =
                    golift_hir::decl_start(db, golift_hir::DeclRef::new(db, gi.file, gi.decl))
                        .unwrap_or(0);
                let base = ((fi as u32) << INIT_FILE_SHIFT) | start;
                let u = b.add_unit(None, key, bsm, base);
                units.push((gi.file, gi.decl, u));
                u
            }
        };
        b.unit = unit;
        if b.fns.is_empty() {
            b.fns.push(FnInfo::wrapper(unit));
        }
        b.curfn = 0;
        b.loop_depth = 1;
        for (&target, &v) in targets.iter().zip(&values) {
            let Some(g) = target else {
                b.discard(v);
                continue;
            };
            let (name, pos) = match bsm.body.exprs.get(g) {
                Some(x) => match &x.kind {
                    ExprKind::Global(n) => (n.name(db).to_string(), x.pos),
                    _ => continue,
                },
                None => continue,
            };
            let i = gi.names.iter().position(|n| *n == name).unwrap_or(0);
            // gc's `name = value` in the init function, at the name.
            let at = b.at(NodeRef::GlobalInit(gi_idx, i as u32), pos);
            b.init_expr(v, at);
        }
    }
    units
}

impl Batch<'_> {
    /// A package variable's initial value: gc's staticinit lays out constants, names,
    /// functions and (the address of) composite literals statically, element by
    /// element; only what it cannot goes into the generated init function, whose
    /// values are stored into globals (the heap) and reported like any function's.
    fn init_expr(&mut self, e: ExprId, at: Where) {
        let Some(body) = self.body() else { return };
        let Some(x) = body.exprs.get(e) else { return };
        let is_static = |k: &ExprKind| {
            matches!(
                k,
                ExprKind::Const(_)
                    | ExprKind::Global(_)
                    | ExprKind::FuncRef(_)
                    | ExprKind::Zero
                    | ExprKind::PtrLit { .. }
                    | ExprKind::StructLit { .. }
                    | ExprKind::ArrayLit { .. }
                    | ExprKind::SliceLit { .. }
            )
        };
        match &x.kind {
            ExprKind::Const(_) | ExprKind::Global(_) | ExprKind::FuncRef(_) | ExprKind::Zero => {}
            ExprKind::ConvIface { x: inner, .. }
                if body.exprs.get(*inner).is_some_and(|i| is_static(&i.kind)) =>
            {
                self.init_expr(*inner, at)
            }
            ExprKind::PtrLit { lit, .. } => self.init_expr(*lit, at),
            ExprKind::StructLit { fields } => {
                for &(_, v) in fields {
                    self.init_expr(v, at);
                }
            }
            ExprKind::ArrayLit { elems } | ExprKind::SliceLit { elems, .. } => {
                for &(_, v) in elems {
                    self.init_expr(v, at);
                }
            }
            _ => {
                let k = Hole::to(HEAP);
                let k = self.note(k, at, "assign");
                self.expr(k, e);
            }
        }
    }
}
