//! Setting up a function for the walk (gc's `initFunc` on its typed body): the
//! locations of parameters, results and variables, created before any expression
//! location (gc reports variables before allocations because of this order); walking
//! the body; gc's size limits for an allocation site (`HeapAllocReason`).

use golift_hir::body::{AllocKind as SiteKind, AllocSiteId, ExprId, ExprKind, GcFacts};
use golift_hir::{ConstValue, LocalId, LocalKind};

use crate::build::{Batch, FnInfo};
use crate::graph::{ArenaGet as _, NodeRef, Where};
use crate::size;

impl<'a> Batch<'a> {
    /// gc's facts about body expression `e` (its start when lowering recorded none).
    pub(crate) fn facts(&self, e: ExprId) -> GcFacts {
        let Some(b) = self.body() else {
            return GcFacts::default();
        };
        match b.gc.get(&e) {
            Some(f) => *f,
            None => GcFacts {
                pos: b.exprs.get(e).map_or(0, |x| x.pos),
                ..GcFacts::default()
            },
        }
    }

    /// gc's position of body expression `e`, as a note or location place.
    pub(crate) fn ex_at(&self, e: ExprId) -> Where {
        let pos = self.body().map_or(0, |b| match b.gc.get(&e) {
            Some(f) => f.pos,
            None => b.exprs.get(e).map_or(0, |x| x.pos),
        });
        self.at(NodeRef::Expr(e), pos)
    }

    /// gc's `initFunc` on the unit's body: parameters, results and variables get their
    /// locations first (parameters, results, then variables, by id; `_` has none).
    pub(crate) fn init_func(&mut self, unit: usize) -> usize {
        self.unit = unit;
        let top = self.fns.len();
        self.fns.push(FnInfo::new(unit));
        self.curfn = top;
        let Some(body) = self.body() else {
            return top;
        };
        let mut mine: Vec<LocalId> = body
            .locals
            .iter()
            .filter(|(id, l)| l.kind != LocalKind::Temp && !body.local_closure.contains_key(id))
            .map(|(id, _)| id)
            .collect();
        mine.sort_by_key(|l| {
            let k = body.locals[*l].kind;
            (k == LocalKind::Var, k == LocalKind::Result, *l)
        });
        for l in mine {
            if body.locals[l].name == "_" {
                continue;
            }
            let id = self.local_loc(l);
            if body.locals[l].kind == LocalKind::Result {
                self.locs[id].result_index = 1 + self.fns[top].results.len();
                self.fns[top].results.push(id);
            }
        }
        for &p in &body.params {
            let local = &body.locals[p];
            let named = !local.name.is_empty() && local.name != "_";
            if named {
                let id = self.local_loc(p);
                self.locs[id].is_param = true;
                self.fns[top].params.push(id);
            }
            self.fns[top].param_locals.push(named.then_some(p));
            self.fns[top].param_tys.push(local.ty.clone());
        }
        for (i, &r) in body.results.iter().enumerate() {
            let name = &body.locals[r].name;
            let name = if name.is_empty() || name == "_" {
                format!("~r{i}")
            } else {
                name.clone()
            };
            self.fns[top].result_names.push(name);
        }
        if self.fns[top].results.is_empty() {
            for &l in &body.results {
                let id = self.local_loc(l);
                self.locs[id].result_index = 1 + self.fns[top].results.len();
                self.fns[top].results.push(id);
            }
        }
        self.init_closure_fns(unit, top);
        top
    }

    /// Walks the body of function `fnid`.
    pub(crate) fn walk_func(&mut self, fnid: usize) {
        self.curfn = fnid;
        self.loop_depth = 1;
        self.unit = self.fns[fnid].unit;
        self.looping_labels = self
            .body()
            .map(crate::stmt::looping_labels)
            .unwrap_or_default();
        if let Some(root) = self.body().and_then(|b| b.root) {
            self.stmt(root);
        }
    }
}

/// gc's `HeapAllocReason` for a body's allocation site: `new(T)` and `&T{}` over
/// 64 KiB, `make([]T, n)` with a non-constant or too large `n`. `b.unit` is the
/// site's unit.
pub(crate) fn site_reason(b: &Batch<'_>, site: AllocSiteId) -> Option<&'static str> {
    let body = b.body()?;
    let s = body.sites.get(site)?;
    match s.kind {
        SiteKind::New | SiteKind::PtrLit => size::implicit_alloc_reason(b.db, &s.ty),
        SiteKind::MakeSlice => {
            let &(len, cap) = b.make_sizes.get(&(b.unit, site))?;
            let r = cap.unwrap_or(len);
            let n = match body.exprs.get(r).map(|x| &x.kind) {
                Some(ExprKind::Const(c @ ConstValue::Int(_)))
                    if c.as_i128().is_some_and(|n| {
                        n >= i128::from(i32::MIN) && n <= i128::from(i32::MAX)
                    }) =>
                {
                    c.as_i128().unwrap_or(0)
                }
                _ => return Some(size::NON_CONSTANT_SIZE),
            };
            size::make_slice_reason(b.db, &s.ty, n)
        }
        _ => None,
    }
}
