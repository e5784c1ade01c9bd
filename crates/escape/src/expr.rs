//! Expressions of a typed body: where each value flows (gc's `expr.go`). Every implicit
//! operation is a node already, so each case is one line of the graph: an implicit
//! `Deref` under a `Field` or `Index` is gc's `ODOTPTR` ("dot of pointer"), a written
//! one is `ODEREF` ("indirection").

use golift_hir::body::{BinOp, ExprId, ExprKind, UnOp};
use golift_hir::{BasicKind, TyKind};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, Hole, LocNode, NodeRef, Where, BLANK};

impl Batch<'_> {
    pub(crate) fn discard(&mut self, e: ExprId) {
        let k = self.discard_hole();
        self.expr(k, e);
    }

    pub(crate) fn discard_opt(&mut self, e: Option<ExprId>) {
        if let Some(e) = e {
            self.discard(e);
        }
    }

    /// gc's `unsafeValue`: the pointers a `uintptr` expression converted back to
    /// `unsafe.Pointer` may carry (through conversions from `unsafe.Pointer` and
    /// arithmetic); anything else carries none.
    fn unsafe_value(&mut self, k: Hole, e: ExprId) {
        let Some(body) = self.body() else { return };
        let Some(node) = body.exprs.get(e) else {
            return;
        };
        match &node.kind {
            ExprKind::Convert { x, site: None } => {
                let x = *x;
                if self
                    .ty_of_body_expr(x)
                    .is_some_and(|t| self.is_basic(&t, BasicKind::UnsafePointer))
                {
                    self.expr(k, x);
                } else {
                    self.discard(x);
                }
            }
            ExprKind::Unary { op, x } if *op != UnOp::Not => {
                let x = *x;
                self.unsafe_value(k, x);
            }
            ExprKind::Binary { op, x, y, .. } => {
                let (op, x, y) = (*op, *x, *y);
                match op {
                    BinOp::Shl | BinOp::Shr => {
                        self.unsafe_value(k, x);
                        self.discard(y);
                    }
                    BinOp::Add
                    | BinOp::Sub
                    | BinOp::Or
                    | BinOp::Xor
                    | BinOp::Mul
                    | BinOp::Div
                    | BinOp::Rem
                    | BinOp::And
                    | BinOp::AndNot => {
                        self.unsafe_value(k, x);
                        self.unsafe_value(k, y);
                    }
                    _ => self.discard(e),
                }
            }
            _ => self.discard(e),
        }
    }

    /// Whether `t`'s underlying type is the basic type `kind`.
    fn is_basic(&self, t: &golift_hir::Ty, kind: BasicKind) -> bool {
        golift_hir::underlying(self.db, t).as_basic() == Some(kind)
    }

    /// The operand of `e` when `e` is a dereference Go leaves implicit (`p.f`, `p[i]`).
    pub(crate) fn implicit_deref(&self, e: ExprId) -> Option<ExprId> {
        let body = self.body()?;
        match body.exprs.get(e)?.kind {
            ExprKind::Deref(x) if body.gc.get(&e).is_some_and(|f| f.implicit) => Some(x),
            _ => None,
        }
    }

    /// The operand of `e` when `e` is an `&` Go leaves implicit (slicing an array).
    fn implicit_addr(&self, e: ExprId) -> Option<ExprId> {
        let body = self.body()?;
        match body.exprs.get(e)?.kind {
            ExprKind::Addr(x) if body.gc.get(&e).is_some_and(|f| f.implicit) => Some(x),
            _ => None,
        }
    }

    /// The place gc reports conversion `e` of `x` at: a written conversion at its `(`
    /// (`at`); a temporary's conversion as the temporary; an implicit one where gc's
    /// typecheck converts it (see [`Self::conv_pos`]).
    fn conv_at(&mut self, e: ExprId, x: ExprId, at: Where) -> Where {
        if !self.facts(e).implicit {
            return at;
        }
        if let Some(tat) = self.temp_at(x) {
            return tat;
        }
        let pos = self.conv_pos(e);
        self.at(NodeRef::Expr(e), pos)
    }

    /// The place of `f(g())`'s temporary when `x` is one.
    pub(crate) fn temp_at(&self, x: ExprId) -> Option<Where> {
        let body = self.body()?;
        let ExprKind::Local(l) = body.exprs.get(x)?.kind else {
            return None;
        };
        if body.locals.get(l)?.kind != golift_hir::LocalKind::Temp {
            return None;
        }
        let loc = *self.units[self.unit].local_loc.get(&l)?;
        self.locs[loc].at
    }

    /// gc's position for the implicit conversion `e`: `panic`'s argument where the noder
    /// stopped in it, an assignment's values where the statement says, a bare name at
    /// the position last set (`base_pos`), anything else at its own position.
    fn conv_pos(&self, e: ExprId) -> u32 {
        let f = self.facts(e);
        if self.panic_arg == Some(e) {
            return f.noder_pos.unwrap_or(self.base_pos);
        }
        if let Some(&(_, p)) = self.assign_conv.iter().find(|(x, _)| *x == e) {
            return p;
        }
        if f.bare_name {
            self.base_pos
        } else {
            f.pos
        }
    }

    /// Evaluates `e`, its value flowing to `k`.
    pub(crate) fn expr(&mut self, mut k: Hole, e: ExprId) {
        let Some(body) = self.body() else { return };
        let Some(x) = body.exprs.get(e) else { return };
        if k.derefs >= 0
            && !x.ty.as_basic().is_some_and(|b| b.is_untyped())
            && !self.has_pointers(&x.ty)
        {
            k.dst = BLANK;
        }
        let at = self.ex_at(e);
        match &x.kind {
            ExprKind::Local(l) => {
                let loc = self.local_loc(*l);
                self.flow(k, loc);
            }
            ExprKind::Global(_)
            | ExprKind::ExternalVar { .. }
            | ExprKind::FuncRef(_)
            | ExprKind::Const(_)
            | ExprKind::Zero => {}
            ExprKind::MakeClosure { closure, site } => self.closure_expr(k, e, *closure, *site),
            ExprKind::Unary { x, .. } => self.discard(*x),
            ExprKind::Binary { x, y, .. } => {
                self.discard(*x);
                self.discard(*y);
            }
            ExprKind::Concat { parts, site } => {
                self.spill(k, LocNode::Site(*site), at);
                for &p in parts {
                    self.discard(p);
                }
            }
            ExprKind::Addr(x) => {
                let k = self.addr(k, at, "address-of");
                self.expr(k, *x);
            }
            ExprKind::Deref(x) => {
                let k = self.deref(k, at, "indirection");
                self.expr(k, *x);
            }
            ExprKind::Field { x: base, .. } => match self.implicit_deref(*base) {
                Some(p) => {
                    let k = self.deref(k, at, "dot of pointer");
                    self.expr(k, p);
                }
                None => {
                    let k = self.note(k, at, "dot");
                    self.expr(k, *base);
                }
            },
            ExprKind::Index { x: base, index } => {
                let array = body.exprs.get(*base).is_some_and(|b| {
                    matches!(
                        golift_hir::underlying(self.db, &b.ty).kind(),
                        TyKind::Array(..)
                    )
                });
                match self.implicit_deref(*base) {
                    Some(p) => {
                        let k = self.deref(k, at, "dot of pointer");
                        self.expr(k, p);
                    }
                    None if array => {
                        let k = self.note(k, at, "fixed-array-index-of");
                        self.expr(k, *base);
                    }
                    None => {
                        let k = self.deref(k, at, "dot of pointer");
                        self.expr(k, *base);
                    }
                }
                self.discard(*index);
            }
            ExprKind::Slice {
                x: base,
                lo,
                hi,
                max,
            } => {
                let k = self.note(k, at, "slice");
                match self.implicit_addr(*base) {
                    Some(arr) => {
                        // The implicit `&` is made where the noder stopped in the slice
                        // expression.
                        let pos = self.facts(e).noder_pos.unwrap_or(self.facts(*base).pos);
                        let ex_at = self.at(NodeRef::Expr(*base), pos);
                        let k = self.addr(k, ex_at, "address-of");
                        self.expr(k, arr);
                    }
                    None => self.expr(k, *base),
                }
                self.discard_opt(*lo);
                self.discard_opt(*hi);
                self.discard_opt(*max);
            }
            ExprKind::Call { .. } => self.call(Some(vec![k]), e),
            ExprKind::Convert { x: inner, site } => match site {
                Some(s) => {
                    self.spill(k, LocNode::Site(*s), at);
                    self.discard(*inner);
                }
                // `unsafe.Pointer(u)` of a uintptr: what `u` was computed from.
                None if self.is_basic(&x.ty, BasicKind::UnsafePointer)
                    && self
                        .ty_of_body_expr(*inner)
                        .is_some_and(|t| self.is_basic(&t, BasicKind::Uintptr)) =>
                {
                    self.unsafe_value(k, *inner)
                }
                None => self.expr(k, *inner),
            },
            ExprKind::ConvIface { x, site } => {
                let at = self.conv_at(e, *x, at);
                let mut k = k;
                if let Some(s) = site {
                    k = self.spill(k, LocNode::Site(*s), at);
                }
                let k = self.note(k, at, "interface-converted");
                self.expr(k, *x);
            }
            ExprKind::TypeAssert { x: inner, comma_ok } => {
                // gc's `dotType`: a value not stored in the data word itself is read
                // through it.
                let t = match (comma_ok, x.ty.kind()) {
                    (true, golift_hir::TyKind::Tuple(ts)) => ts.first().cloned(),
                    (false, _) => Some(x.ty.clone()),
                    _ => None,
                };
                let k = match t {
                    Some(t) if !self.is_interface(&t) && !self.direct_iface(&t) => k.shift(1),
                    _ => k,
                };
                let k = self.note(k, at, "dot");
                self.expr(k, *inner);
            }
            ExprKind::New { site } => {
                self.spill(k, LocNode::Site(*site), at);
            }
            ExprKind::PtrLit { lit, site } => {
                let k = self.spill(k, LocNode::Site(*site), at);
                self.expr(k, *lit);
            }
            ExprKind::StructLit { fields } => {
                for &(_, v) in fields {
                    let k = self.note(k, at, "struct literal element");
                    self.expr(k, v);
                }
            }
            ExprKind::ArrayLit { elems } => {
                for &(_, v) in elems {
                    let k = self.note(k, at, "array literal element");
                    self.expr(k, v);
                }
            }
            ExprKind::SliceLit { elems, site, .. } => {
                let k = self.spill(k, LocNode::Site(*site), at);
                for &(_, v) in elems {
                    let k = self.note(k, at, "slice-literal-element");
                    self.expr(k, v);
                }
            }
            ExprKind::MakeSlice { len, cap, site } => {
                self.make_sizes.insert((self.unit, *site), (*len, *cap));
                self.spill(k, LocNode::Site(*site), at);
                self.discard(*len);
                self.discard_opt(*cap);
            }
        }
    }
}
