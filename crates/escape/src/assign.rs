//! Assignments: the hole an assignable expression stands for, and `dst = src` lists
//! (gc's `assign.go`).

use crate::graph::ArenaGet as _;
use golift_hir::{Res, TyKind};
use golift_syntax::ast::{ExprId, ExprKind};

use crate::build::Batch;
use crate::graph::{Hole, Where, BLANK};

impl Batch<'_> {
    /// The hole standing for storing into the assignable expression `e`.
    pub(crate) fn addr_of(&mut self, e: Option<ExprId>) -> Hole {
        let Some(e) = e else {
            return self.discard_hole();
        };
        let decl = self.decl();
        let Some(x) = decl.exprs.get(e) else {
            return self.discard_hole();
        };
        match &x.kind {
            ExprKind::Name(n) if n == "_" => self.discard_hole(),
            ExprKind::Name(_) => match self.inf().resolutions.get(&e).cloned() {
                Some(Res::Local(l)) => Hole::to(self.local_loc(l)),
                Some(_) => self.heap_hole(),
                None => match self
                    .def_local(x.span.start)
                    .or_else(|| self.u().closure_res.get(&e).copied())
                {
                    Some(l) => Hole::to(self.local_loc(l)),
                    None => self.discard_hole(),
                },
            },
            ExprKind::Paren(i) => self.addr_of(Some(*i)),
            ExprKind::Selector { x: base, .. } => {
                if let Some(r) = self.inf().resolutions.get(&e).cloned() {
                    return match r {
                        Res::Local(l) => Hole::to(self.local_loc(l)),
                        _ => self.heap_hole(),
                    };
                }
                // Through a pointer anywhere on the path, the place is in the heap as far
                // as this function knows.
                let is_ptr = self.selector_steps(e).iter().any(|s| s.ptr);
                if is_ptr {
                    self.discard(e);
                    self.heap_hole()
                } else {
                    self.addr_of(Some(*base))
                }
            }
            ExprKind::Index { x: base, indices } => {
                let bt = self.ty(*base).map(|t| golift_hir::underlying(self.db, &t));
                match bt.as_ref().map(|t| t.kind()) {
                    Some(TyKind::Array(..)) => {
                        for i in indices.clone() {
                            self.discard(i);
                        }
                        self.addr_of(Some(*base))
                    }
                    Some(TyKind::Map(..)) => {
                        self.discard(*base);
                        for i in indices.clone() {
                            let at = self.ex_at(e);
                            let h = self.heap_hole();
                            let h = self.note(h, at, "key of map put");
                            self.expr(h, i);
                        }
                        self.heap_hole()
                    }
                    _ => {
                        for i in indices.clone() {
                            self.discard(i);
                        }
                        self.discard(*base);
                        self.heap_hole()
                    }
                }
            }
            ExprKind::Star(_) => {
                self.discard(e);
                self.heap_hole()
            }
            _ => self.discard_hole(),
        }
    }

    pub(crate) fn def_local(&self, pos: u32) -> Option<golift_hir::LocalId> {
        self.inf().definitions.get(&pos).copied()
    }

    /// `dsts = srcs`; `defines` are the destinations this statement declares (they do
    /// not count as reassigned).
    pub(crate) fn assign_list(
        &mut self,
        dsts: &[Option<ExprId>],
        srcs: &[ExprId],
        why: &'static str,
        at: Where,
        defines: &[bool],
    ) {
        let ks: Vec<Hole> = dsts.iter().map(|d| self.addr_of(*d)).collect();
        for (i, k) in ks.iter().enumerate() {
            let src = srcs.get(i).copied();
            let mut k = *k;
            if let (Some(d), Some(s)) = (dsts[i], src) {
                if self.is_self_assign(d, s) {
                    let msg = format!(
                        "{} ignoring self-assignment in {}",
                        self.fn_name(self.curfn),
                        self.fmt_where(at)
                    );
                    self.emit_where(at, msg, 1);
                    k = self.discard_hole();
                }
            }
            if let Some(s) = src {
                let k = self.note(k, at, why);
                self.expr(k, s);
            }
        }
        self.mark_reassigned(&ks, defines);
    }

    pub(crate) fn mark_reassigned(&mut self, ks: &[Hole], defines: &[bool]) {
        for (i, k) in ks.iter().enumerate() {
            if k.dst == BLANK || k.dst == crate::graph::HEAP {
                continue;
            }
            if defines.get(i).copied().unwrap_or(false) {
                continue;
            }
            self.locs[k.dst].reassigned = true;
        }
    }

    fn is_self_assign(&self, dst: ExprId, src: ExprId) -> bool {
        let decl = self.decl();
        let (Some(d), Some(s)) = (decl.exprs.get(dst), decl.exprs.get(src)) else {
            return false;
        };
        match (&d.kind, &s.kind) {
            (ExprKind::Selector { x: a, .. }, ExprKind::Selector { x: b, .. }) => {
                !self.inf().resolutions.contains_key(&dst) && self.same_safe(*a, *b)
            }
            (ExprKind::Index { x: a, indices: i1 }, ExprKind::Index { x: b, indices: i2 }) => {
                if i1.iter().chain(i2).any(|i| self.may_affect_memory(*i)) {
                    return false;
                }
                let arr = |e: ExprId| {
                    self.ty(e).is_some_and(|t| {
                        !matches!(golift_hir::underlying(self.db, &t).kind(), TyKind::Map(..))
                    })
                };
                arr(*a) && self.same_safe(*a, *b)
            }
            (ExprKind::Star(a) | ExprKind::Selector { x: a, .. }, ExprKind::Slice { x: b, .. }) => {
                // b.buf = b.buf[n:m]
                match decl.exprs.get(*b).map(|x| &x.kind) {
                    Some(ExprKind::Star(bb) | ExprKind::Selector { x: bb, .. }) => {
                        self.same_name(*a, *bb)
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// gc's `mayAffectMemory`: whether evaluating `e` might change memory (anything
    /// but names, constants, arithmetic, indexing, selectors, derefs, conversions and
    /// `len`/`cap`).
    fn may_affect_memory(&self, e: ExprId) -> bool {
        let inf = self.inf();
        if inf.consts.contains_key(&e) {
            return false;
        }
        let Some(x) = self.decl().exprs.get(e) else {
            return true;
        };
        match &x.kind {
            ExprKind::Name(_) | ExprKind::BasicLit { .. } => false,
            ExprKind::Paren(i) | ExprKind::Star(i) => self.may_affect_memory(*i),
            ExprKind::Selector { x, .. } => match inf.resolutions.get(&e) {
                None => self.may_affect_memory(*x),
                Some(r) => !matches!(r, Res::Global(_)),
            },
            ExprKind::Binary { op, x, y, .. } => {
                use golift_syntax::ast::BinaryOp::*;
                !matches!(
                    op,
                    Add | Sub | Or | Xor | Mul | Shl | Shr | And | AndNot | Div | Rem
                ) || self.may_affect_memory(*x)
                    || self.may_affect_memory(*y)
            }
            ExprKind::Unary { op, x } => {
                use golift_syntax::ast::UnaryOp::*;
                !matches!(op, Not | Complement | Pos | Neg) || self.may_affect_memory(*x)
            }
            ExprKind::Index { x, indices } => {
                let is_map = self.ty(*x).is_some_and(|t| {
                    matches!(golift_hir::underlying(self.db, &t).kind(), TyKind::Map(..))
                });
                is_map
                    || self.may_affect_memory(*x)
                    || indices.iter().any(|i| self.may_affect_memory(*i))
            }
            ExprKind::Call { args, .. } => match inf.calls.get(&e) {
                Some(golift_hir::CallKind::Conversion(_)) => {
                    args.iter().any(|a| self.may_affect_memory(*a))
                }
                Some(golift_hir::CallKind::Builtin(
                    golift_hir::Builtin::Len | golift_hir::Builtin::Cap,
                )) => args.iter().any(|a| self.may_affect_memory(*a)),
                _ => true,
            },
            _ => true,
        }
    }

    fn same_name(&self, a: ExprId, b: ExprId) -> bool {
        let inf = self.inf();
        match (inf.resolutions.get(&a), inf.resolutions.get(&b)) {
            (Some(Res::Local(x)), Some(Res::Local(y))) => x == y,
            _ => false,
        }
    }

    fn same_safe(&self, a: ExprId, b: ExprId) -> bool {
        let decl = self.decl();
        let (Some(x), Some(y)) = (decl.exprs.get(a), decl.exprs.get(b)) else {
            return false;
        };
        match (&x.kind, &y.kind) {
            (ExprKind::Paren(i), _) => self.same_safe(*i, b),
            (_, ExprKind::Paren(j)) => self.same_safe(a, *j),
            (ExprKind::Name(_), ExprKind::Name(_)) => {
                let inf = self.inf();
                inf.resolutions.contains_key(&a)
                    && inf.resolutions.get(&a) == inf.resolutions.get(&b)
            }
            (ExprKind::Selector { x: p, sel: s1 }, ExprKind::Selector { x: q, sel: s2 }) => {
                s1.text == s2.text && self.same_safe(*p, *q)
            }
            (ExprKind::Star(p), ExprKind::Star(q)) => self.same_safe(*p, *q),
            (ExprKind::Index { x: p, indices: i1 }, ExprKind::Index { x: q, indices: i2 }) => {
                self.same_safe(*p, *q)
                    && i1.len() == i2.len()
                    && i1.iter().zip(i2).all(|(m, n)| self.same_safe(*m, *n))
            }
            (ExprKind::BasicLit { raw: r1, .. }, ExprKind::BasicLit { raw: r2, .. }) => r1 == r2,
            _ => false,
        }
    }
}
