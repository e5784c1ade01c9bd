//! Assignments of a typed body (gc's `assign.go`): the hole a place stands for, and gc's
//! self-assignment rule (`b.buf = b.buf[1:]`, `x.f = x.g`, `a[i] = a[j]` store nothing
//! new into the heap, so the store is ignored).

use golift_hir::body::{BinOp, Callee, ExprId, ExprKind};
use golift_hir::{Builtin, TyKind};

use crate::build::Batch;
use crate::diag::msg;
use crate::graph::{ArenaGet as _, Hole, Where};

impl Batch<'_> {
    /// The hole standing for storing into place `e` (`None` for `_`).
    pub(crate) fn addr_of(&mut self, e: Option<ExprId>) -> Hole {
        let Some(e) = e else {
            return self.discard_hole();
        };
        let Some(body) = self.body() else {
            return self.discard_hole();
        };
        let Some(x) = body.exprs.get(e) else {
            return self.discard_hole();
        };
        match &x.kind {
            ExprKind::Local(l) => Hole::to(self.local_loc(*l)),
            ExprKind::Global(_) | ExprKind::ExternalVar { .. } => self.heap_hole(),
            ExprKind::Field { x: base, .. } => {
                // Through a pointer, the place is in the heap as far as this function
                // knows.
                if self.implicit_deref(*base).is_some() {
                    self.discard(e);
                    self.heap_hole()
                } else {
                    self.addr_of(Some(*base))
                }
            }
            ExprKind::Index { x: base, index } => {
                let array = body.exprs.get(*base).is_some_and(|b| {
                    matches!(
                        golift_hir::underlying(self.db, &b.ty).kind(),
                        TyKind::Array(..)
                    )
                });
                self.discard(*index);
                if array && self.implicit_deref(*base).is_none() {
                    self.addr_of(Some(*base))
                } else {
                    let b = self.implicit_deref(*base).unwrap_or(*base);
                    self.discard(b);
                    self.heap_hole()
                }
            }
            ExprKind::Deref(_) => {
                self.discard(e);
                self.heap_hole()
            }
            ExprKind::MapIndex { x: m, key, .. } => {
                let (m, key) = (*m, *key);
                self.discard(m);
                let at = self.ex_at(e);
                self.assign_heap(key, "key of map put", at);
                self.heap_hole()
            }
            _ => self.discard_hole(),
        }
    }

    /// gc's `assignHeap`: `src` is stored in the heap (a map's keys and values).
    pub(crate) fn assign_heap(&mut self, src: ExprId, why: &'static str, at: Where) {
        let k = self.heap_hole();
        let k = self.note(k, at, why);
        self.expr(k, src);
    }

    /// `dst = src` into hole `k`, ignoring a self-assignment.
    pub(crate) fn assign(
        &mut self,
        k: Hole,
        dst: Option<ExprId>,
        src: ExprId,
        why: &'static str,
        at: Where,
    ) {
        let mut k = k;
        if dst.is_some_and(|d| self.is_self_assign(d, src)) {
            let msg = msg![
                self.fn_name(self.curfn),
                " ignoring self-assignment in ",
                self.node_piece(at)
            ];
            self.emit_where(at, msg, 1);
            k = self.discard_hole();
        }
        let k = self.note(k, at, why);
        self.expr(k, src);
    }

    /// A selector's or index's operand as gc sees it (`p` for `p.f`).
    fn operand(&self, e: ExprId) -> ExprId {
        self.implicit_deref(e).unwrap_or(e)
    }

    fn is_self_assign(&self, dst: ExprId, src: ExprId) -> bool {
        let Some(body) = self.body() else {
            return false;
        };
        let (Some(d), Some(s)) = (body.exprs.get(dst), body.exprs.get(src)) else {
            return false;
        };
        match (&d.kind, &s.kind) {
            (ExprKind::Field { x: a, .. }, ExprKind::Field { x: b, .. }) => {
                self.same_safe(self.operand(*a), self.operand(*b))
            }
            (ExprKind::Index { x: a, index: i }, ExprKind::Index { x: b, index: j }) => {
                !self.may_affect_memory(*i)
                    && !self.may_affect_memory(*j)
                    && self.same_safe(self.operand(*a), self.operand(*b))
            }
            (ExprKind::Deref(a) | ExprKind::Field { x: a, .. }, ExprKind::Slice { x: b, .. }) => {
                // b.buf = b.buf[n:m]
                let a = match d.kind {
                    ExprKind::Field { .. } => self.operand(*a),
                    _ => *a,
                };
                let bb = match body.exprs.get(*b).map(|x| &x.kind) {
                    Some(ExprKind::Deref(bb)) => *bb,
                    Some(ExprKind::Field { x: bb, .. }) => self.operand(*bb),
                    _ => return false,
                };
                self.same_local(a, bb)
            }
            _ => false,
        }
    }

    fn same_local(&self, a: ExprId, b: ExprId) -> bool {
        let Some(body) = self.body() else {
            return false;
        };
        match (
            body.exprs.get(a).map(|x| &x.kind),
            body.exprs.get(b).map(|x| &x.kind),
        ) {
            (Some(ExprKind::Local(x)), Some(ExprKind::Local(y))) => x == y,
            _ => false,
        }
    }

    /// gc's `SameSafeExpr`: `a` and `b` denote the same place, and evaluating them has
    /// no effects.
    fn same_safe(&self, a: ExprId, b: ExprId) -> bool {
        let Some(body) = self.body() else {
            return false;
        };
        let (Some(x), Some(y)) = (body.exprs.get(a), body.exprs.get(b)) else {
            return false;
        };
        match (&x.kind, &y.kind) {
            (ExprKind::Local(p), ExprKind::Local(q)) => p == q,
            (ExprKind::Global(p), ExprKind::Global(q)) => p == q,
            (
                ExprKind::ExternalVar {
                    package: p,
                    name: m,
                },
                ExprKind::ExternalVar {
                    package: q,
                    name: n,
                },
            ) => p == q && m == n,
            (ExprKind::Const(p), ExprKind::Const(q)) => p == q,
            (ExprKind::Field { x: p, index: i }, ExprKind::Field { x: q, index: j }) => {
                i == j && self.same_safe(*p, *q)
            }
            (ExprKind::Deref(p), ExprKind::Deref(q)) => self.same_safe(*p, *q),
            (ExprKind::Index { x: p, index: i }, ExprKind::Index { x: q, index: j }) => {
                self.same_safe(*p, *q) && self.same_safe(*i, *j)
            }
            _ => false,
        }
    }

    /// gc's `mayAffectMemory`: whether evaluating `e` might change memory (anything
    /// but variables, constants, arithmetic, indexing, selectors, dereferences,
    /// conversions and `len`/`cap`).
    fn may_affect_memory(&self, e: ExprId) -> bool {
        let Some(body) = self.body() else {
            return true;
        };
        let Some(x) = body.exprs.get(e) else {
            return true;
        };
        match &x.kind {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::ExternalVar { .. }
            | ExprKind::Const(_)
            | ExprKind::Zero
            | ExprKind::FuncRef(_) => false,
            ExprKind::Deref(i)
            | ExprKind::Field { x: i, .. }
            | ExprKind::Convert { x: i, .. }
            | ExprKind::ConvIface { x: i, .. }
            | ExprKind::Unary { x: i, .. } => self.may_affect_memory(*i),
            ExprKind::Binary { op, x, y, .. } => {
                use BinOp::*;
                !matches!(
                    op,
                    Add | Sub | Or | Xor | Mul | Shl | Shr | And | AndNot | Div | Rem
                ) || self.may_affect_memory(*x)
                    || self.may_affect_memory(*y)
            }
            ExprKind::Concat { parts, .. } => parts.iter().any(|p| self.may_affect_memory(*p)),
            ExprKind::Index { x, index } => {
                self.may_affect_memory(*x) || self.may_affect_memory(*index)
            }
            ExprKind::Call {
                callee: Callee::Builtin(Builtin::Len | Builtin::Cap),
                args,
                ..
            } => args.iter().any(|a| self.may_affect_memory(*a)),
            _ => true,
        }
    }
}
