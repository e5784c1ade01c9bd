//! Expressions: where each expression's value flows (gc's `expr.go`).

use crate::graph::ArenaGet as _;
use golift_hir::{Res, Ty, TyKind};
use golift_syntax::ast::{BinaryOp, ExprId, ExprKind, UnaryOp};

use crate::build::Batch;
use crate::diag::gc_pos;
use crate::graph::{AllocKind, Hole, LocNode, NodeRef, BLANK};

impl Batch<'_> {
    pub(crate) fn ty(&self, e: ExprId) -> Option<Ty> {
        self.inf().expr_types.get(e).cloned()
    }

    /// The implicit steps of selector `e` (see [`golift_hir::gc_text::selection_steps`]).
    pub(crate) fn selector_steps(&self, e: ExprId) -> Vec<golift_hir::gc_text::Step> {
        self.gc(self.unit).selector_steps(e)
    }

    /// gc's `t.HasPointers()`, from hir's layout.
    pub(crate) fn has_pointers(&self, t: &Ty) -> bool {
        golift_hir::layout_of(self.db, t).has_pointers
    }

    /// gc's `types.IsDirectIface(t)`, from hir's layout.
    pub(crate) fn direct_iface(&self, t: &Ty) -> bool {
        golift_hir::layout_of(self.db, t).direct_iface
    }

    /// gc's `t.IsInterface()`.
    pub(crate) fn is_interface(&self, t: &Ty) -> bool {
        matches!(
            golift_hir::underlying(self.db, t).kind(),
            TyKind::Interface(_)
        )
    }

    pub(crate) fn ex_at(&self, e: ExprId) -> crate::graph::Where {
        self.at(NodeRef::Expr(e), gc_pos(self.decl(), e))
    }

    pub(crate) fn discard(&mut self, e: ExprId) {
        let k = self.discard_hole();
        self.expr(k, e);
    }

    pub(crate) fn discard_opt(&mut self, e: Option<ExprId>) {
        if let Some(e) = e {
            self.discard(e);
        }
    }

    /// Evaluates `e`, its value flowing to `k`; implicit interface conversions first.
    pub(crate) fn expr(&mut self, k: Hole, e: ExprId) {
        if let Some(_iface) = self.inf().conversions.get(&e).cloned() {
            let from = self.ty(e);
            let mut k = k;
            let direct = from
                .as_ref()
                .is_none_or(|t| self.is_interface(t) || self.direct_iface(t));
            let pos = self.conv_pos(e);
            let at = self.at(NodeRef::Conv(e), pos);
            if !direct {
                k = self.spill(k, LocNode::Alloc(e, AllocKind::ConvIface), at);
            }
            let k = self.note(k, at, "interface-converted");
            self.expr_inner(k, e);
            return;
        }
        self.expr_inner(k, e);
    }

    /// gc's position for the implicit conversion of `e`: a name has none of its own and
    /// takes the position last set while type checking (see `call.rs`).
    pub(crate) fn conv_pos_of(&self, e: ExprId) -> u32 {
        self.conv_pos(e)
    }

    fn conv_pos(&self, e: ExprId) -> u32 {
        let decl = self.decl();
        if self.panic_arg == Some(e) {
            // typecheck converts panic's argument where the noder last set its
            // position: the last node it visited in the argument, else the call.
            return self.last_noder_pos(e).unwrap_or(self.base_pos);
        }
        if let Some(&(_, p)) = self.assign_conv.iter().find(|(x, _)| *x == e) {
            return p;
        }
        match decl.exprs.get(e).map(|x| &x.kind) {
            Some(ExprKind::Name(_)) if !self.inf().consts.contains_key(&e) => self.base_pos,
            _ => gc_pos(decl, e),
        }
    }

    /// The position gc's noder leaves in `base.Pos` after translating `e` (see
    /// [`GcSyntax::last_noder_pos`](golift_hir::gc_text::GcSyntax::last_noder_pos)).
    pub(crate) fn last_noder_pos(&self, e: ExprId) -> Option<u32> {
        self.gc(self.unit).last_noder_pos(e)
    }

    fn expr_inner(&mut self, mut k: Hole, e: ExprId) {
        let decl = self.decl();
        let Some(x) = decl.exprs.get(e) else { return };
        if let Some(t) = self.ty(e) {
            if k.derefs >= 0
                && !t.as_basic().is_some_and(|b| b.is_untyped())
                && !self.has_pointers(&t)
            {
                k.dst = BLANK;
            }
        }
        if self.inf().consts.contains_key(&e) {
            return;
        }
        match &x.kind {
            ExprKind::Name(_) => {
                if let Some(l) = self.local_of(e) {
                    let loc = self.local_loc(l);
                    self.flow(k, loc);
                }
            }
            ExprKind::Bad | ExprKind::BasicLit { .. } => {}
            ExprKind::Paren(i) => self.expr(k, *i),
            ExprKind::Unary { op, x: inner } => match op {
                UnaryOp::Addr => {
                    let lit = matches!(
                        decl.exprs.get(*inner).map(|v| &v.kind),
                        Some(ExprKind::CompositeLit { .. })
                    );
                    if lit {
                        let at = self.at(NodeRef::Expr(e), x.span.start);
                        let k2 = self.spill(k, LocNode::Alloc(e, AllocKind::PtrLit), at);
                        self.expr(k2, *inner);
                    } else {
                        let at = self.at(NodeRef::Expr(e), x.span.start);
                        let k2 = self.addr(k, at, "address-of");
                        self.expr(k2, *inner);
                    }
                }
                _ => self.discard(*inner),
            },
            ExprKind::Star(i) => {
                let at = self.ex_at(e);
                let k2 = self.deref(k, at, "indirection");
                self.expr(k2, *i);
            }
            ExprKind::Binary { op, x: l, y: r, .. } => {
                let is_str = self.ty(e).is_some_and(|t| {
                    matches!(golift_hir::underlying(self.db, &t).kind(), TyKind::Basic(b) if matches!(b, golift_hir::BasicKind::String | golift_hir::BasicKind::UntypedString))
                });
                if *op == BinaryOp::Add && is_str {
                    let at = self.ex_at(e);
                    self.spill(k, LocNode::Alloc(e, AllocKind::AddStr), at);
                    let mut leaves = Vec::new();
                    self.concat_leaves(e, &mut leaves);
                    for l in leaves {
                        self.discard(l);
                    }
                } else {
                    self.discard(*l);
                    self.discard(*r);
                }
            }
            ExprKind::Selector { x: base, .. } => {
                match self.inf().resolutions.get(&e).cloned() {
                    Some(Res::Local(l)) => {
                        let loc = self.local_loc(l);
                        self.flow(k, loc);
                        return;
                    }
                    Some(_) => return,
                    None => {}
                }
                // One ODOT or ODOTPTR per step of the path, outermost first.
                let steps = self.selector_steps(e);
                let mut k2 = k;
                for (i, step) in steps.iter().enumerate().rev() {
                    let at = if i + 1 == steps.len() {
                        self.ex_at(e)
                    } else {
                        let pos = gc_pos(self.decl(), e);
                        self.at(NodeRef::SelectorPrefix(e, i as u32 + 1), pos)
                    };
                    k2 = if step.ptr {
                        self.deref(k2, at, "dot of pointer")
                    } else {
                        self.note(k2, at, "dot")
                    };
                }
                self.expr(k2, *base);
            }
            ExprKind::Index { x: base, indices } => {
                let bt = self.ty(*base).map(|t| golift_hir::underlying(self.db, &t));
                let at = self.ex_at(e);
                match bt.as_ref().map(|t| t.kind()) {
                    Some(TyKind::Array(..)) => {
                        let k2 = self.note(k, at, "fixed-array-index-of");
                        self.expr(k2, *base);
                    }
                    Some(TyKind::Map(..)) => self.discard(*base),
                    Some(TyKind::Func { .. }) | None => {}
                    _ => {
                        let k2 = self.deref(k, at, "dot of pointer");
                        self.expr(k2, *base);
                    }
                }
                for i in indices.clone() {
                    self.discard(i);
                }
            }
            ExprKind::Slice {
                x: base,
                lo,
                hi,
                max,
                ..
            } => {
                let at = self.ex_at(e);
                let k2 = self.note(k, at, "slice");
                let is_arr = self.ty(*base).is_some_and(|t| {
                    matches!(
                        golift_hir::underlying(self.db, &t).kind(),
                        TyKind::Array(..)
                    )
                });
                if is_arr {
                    // The implicit `&` is made where the noder stopped in the slice
                    // expression.
                    let pos = self
                        .last_noder_pos(e)
                        .unwrap_or_else(|| gc_pos(self.decl(), *base));
                    let bat = self.at(NodeRef::Expr(*base), pos);
                    let k3 = self.addr(k2, bat, "address-of");
                    self.expr(k3, *base);
                } else {
                    self.expr(k2, *base);
                }
                self.discard_opt(*lo);
                self.discard_opt(*hi);
                self.discard_opt(*max);
            }
            ExprKind::TypeAssert { x: base, .. } => {
                let at = self.ex_at(e);
                let t = self.ty(e);
                let mut k2 = k;
                if let Some(t) = t {
                    if !self.is_interface(&t) && !self.direct_iface(&t) {
                        k2 = k2.shift(1);
                    }
                }
                let k2 = self.note(k2, at, "dot");
                self.expr(k2, *base);
            }
            ExprKind::Call { .. } => self.call(Some(vec![k]), e),
            ExprKind::CompositeLit { elems, .. } => {
                let t = self.ty(e).map(|t| golift_hir::underlying(self.db, &t));
                let at = self.ex_at(e);
                match t.as_ref().map(|t| t.kind()) {
                    Some(TyKind::Slice(_)) => {
                        let k2 = self.spill(k, LocNode::Alloc(e, AllocKind::SliceLit), at);
                        for el in elems.clone() {
                            let k3 = self.note(k2, at, "slice-literal-element");
                            self.elem(k3, el.value);
                            self.discard_opt(el.key.filter(|_| false));
                        }
                    }
                    Some(TyKind::Map(..)) => {
                        self.spill(k, LocNode::Alloc(e, AllocKind::MapLit), at);
                        for el in elems.clone() {
                            if let Some(key) = el.key {
                                let h = self.heap_hole();
                                let h = self.note(h, at, "map literal key");
                                self.elem(h, key);
                            }
                            let h = self.heap_hole();
                            let h = self.note(h, at, "map literal value");
                            self.elem(h, el.value);
                        }
                    }
                    Some(TyKind::Array(..)) => {
                        for el in elems.clone() {
                            let k3 = self.note(k, at, "array literal element");
                            self.elem(k3, el.value);
                        }
                    }
                    _ => {
                        for el in elems.clone() {
                            let k3 = self.note(k, at, "struct literal element");
                            self.elem(k3, el.value);
                        }
                    }
                }
            }
            ExprKind::FuncLit { .. } => self.closure_expr(k, e),
            _ => {}
        }
    }

    /// A composite literal element; an elided `&T{...}` (element type a pointer, the
    /// element a type-less literal) is an implicit `&` allocation.
    fn elem(&mut self, k: Hole, v: ExprId) {
        let decl = self.decl();
        let elided = matches!(
            decl.exprs.get(v).map(|x| &x.kind),
            Some(ExprKind::CompositeLit { typ: None, .. })
        );
        let is_ptr = self.ty(v).is_some_and(|t| {
            matches!(
                golift_hir::underlying(self.db, &t).kind(),
                TyKind::Pointer(_)
            )
        });
        if elided && is_ptr {
            let at = self.ex_at(v);
            let k2 = self.spill(k, LocNode::Alloc(v, AllocKind::PtrLit), at);
            // The literal's own elements.
            if let Some(ExprKind::CompositeLit { elems, .. }) = decl.exprs.get(v).map(|x| &x.kind) {
                for el in elems.clone() {
                    let k3 = self.note(k2, at, "struct literal element");
                    self.elem(k3, el.value);
                }
            }
            return;
        }
        self.expr(k, v);
    }

    fn concat_leaves(&self, e: ExprId, out: &mut Vec<ExprId>) {
        let decl = self.decl();
        match decl.exprs.get(e).map(|x| &x.kind) {
            Some(ExprKind::Binary {
                op: BinaryOp::Add,
                x,
                y,
                ..
            }) if !self.inf().consts.contains_key(&e) => {
                self.concat_leaves(*x, out);
                self.concat_leaves(*y, out);
            }
            Some(ExprKind::Paren(i)) => self.concat_leaves(*i, out),
            _ => out.push(e),
        }
    }

    /// A closure: its storage, and its body walked now (gc walks closures in place).
    pub(crate) fn closure_expr(&mut self, k: Hole, e: ExprId) {
        let Some(&fnid) = self.u().closure_fn.get(&e) else {
            return;
        };
        let at = self.ex_at(e);
        let k = self.spill(k, LocNode::Alloc(e, AllocKind::Closure), at);
        self.closures.push((k, fnid));
        let caps = self.u().captures.get(&e).cloned().unwrap_or_default();
        for (l, _) in caps {
            let loc = self.local_loc(l);
            if !self.locs[loc].captured {
                self.locs[loc].captured = true;
                if self.locs[loc].loop_depth == self.loop_depth {
                    self.locs[loc].reassigned = false;
                }
            }
        }
        let saved = (
            self.curfn,
            self.loop_depth,
            std::mem::take(&mut self.labels),
        );
        self.walk_func(fnid);
        self.curfn = saved.0;
        self.loop_depth = saved.1;
        self.labels = saved.2;
    }
}
