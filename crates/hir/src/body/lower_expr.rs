//! Lowering expressions: names to locals, globals and constants; selectors to field
//! paths with explicit dereferences; `&T{...}` to [`ExprKind::PtrLit`]; composite
//! literals to literals by field or element index; string `+` chains to one
//! [`ExprKind::Concat`]; and the checker's implicit conversions to
//! [`ExprKind::ConvIface`].

use golift_syntax::ast::{self, BinaryOp, ExprKind as E, UnaryOp};

use super::lower::LowerCx;
use super::{AllocKind, ExprId, ExprKind, UnOp};
use crate::{underlying, ConstValue, Res, Ty, TyKind};

impl<'db> LowerCx<'_, 'db> {
    /// Lowers `e` as a value, with its implicit conversion to an interface if the checker
    /// recorded one.
    pub(super) fn expr(&mut self, e: ast::ExprId) -> ExprId {
        let x = self.expr_raw(e);
        match self.inf.conversions.get(&e).cloned() {
            Some(iface) => self.conv_iface(x, iface, e),
            None => x,
        }
    }

    /// `x` converted to interface type `iface` (no site when `x` is pointer-shaped or
    /// already an interface).
    pub(super) fn conv_iface(&mut self, x: ExprId, iface: Ty, from: ast::ExprId) -> ExprId {
        let xty = self.body.exprs[x].ty.clone();
        let pos = self.body.exprs[x].pos;
        if is_interface(self.db, &xty) {
            // gc's assignop: the same type, or empty interfaces of identical underlying
            // types, convert as they are (`OCONVNOP`); other interface types are
            // converted (`OCONVIFACE`: gc recomputes the itab, so that an interface of
            // static type `I` always has an itab for `I`).
            let under = underlying(self.db, &xty);
            let empty = matches!(under.kind(), TyKind::Interface(ms) if ms.is_empty());
            if xty.identical(&iface) || (empty && under.identical(&underlying(self.db, &iface))) {
                return x;
            }
            // Between interfaces: the words change, nothing is allocated.
            let id = self.alloc_expr(ExprKind::ConvIface { x, site: None }, iface, pos, from);
            self.mark_implicit(id);
            return id;
        }
        let site = (!crate::layout_of(self.db, &xty).direct_iface)
            .then(|| self.site(AllocKind::ConvIface, xty.clone(), pos));
        let id = self.alloc_expr(ExprKind::ConvIface { x, site }, iface, pos, from);
        self.mark_implicit(id);
        id
    }

    /// Lowers `e` without its implicit conversion.
    pub(super) fn expr_raw(&mut self, e: ast::ExprId) -> ExprId {
        let decl = self.decl;
        let node = &decl.exprs[e];
        let pos = self.pos(node.span.start);
        let ty = self.ty_of(e);
        if let Some(c) = self.inf.consts.get(&e).cloned() {
            return self.alloc_expr(ExprKind::Const(c), ty, pos, e);
        }
        let kind = match &node.kind {
            E::Paren(x) => return self.expr_raw(*x),
            E::Name(_) => match self.inf.resolutions.get(&e).cloned() {
                Some(Res::Local(l)) => {
                    let l = self.local(l);
                    let lty = self.body.locals[l].ty.clone();
                    return self.alloc_expr(ExprKind::Local(l), lty, pos, e);
                }
                Some(Res::Global(id)) => ExprKind::Global(id),
                Some(Res::Func(id)) => ExprKind::FuncRef(id),
                Some(Res::Const(c)) => ExprKind::Const(c),
                Some(Res::Nil) => ExprKind::Zero,
                Some(Res::Imported { package, name }) => ExprKind::ExternalVar { package, name },
                other => return self.impossible(e, ty, &format!("the name resolves to {other:?}")),
            },
            E::Binary { op, x, y, op_pos } => {
                let op_pos = self.pos(*op_pos);
                if *op == BinaryOp::Add && is_string(self.db, &ty) {
                    let mut parts = Vec::new();
                    self.concat_parts(e, &mut parts);
                    let site = self.site(AllocKind::Concat, ty.clone(), op_pos);
                    ExprKind::Concat { parts, site }
                } else {
                    let x = self.expr(*x);
                    let y = self.expr(*y);
                    ExprKind::Binary {
                        op: *op,
                        x,
                        y,
                        op_pos,
                    }
                }
            }
            E::Unary { op, x } => match op {
                UnaryOp::Addr => return self.addr_of(e, *x, ty, pos),
                UnaryOp::Neg => self.unary(UnOp::Neg, *x),
                UnaryOp::Pos => self.unary(UnOp::Plus, *x),
                UnaryOp::Not => self.unary(UnOp::Not, *x),
                UnaryOp::Complement => self.unary(UnOp::Complement, *x),
                UnaryOp::Recv | UnaryOp::Tilde => {
                    return self.not_yet(e, ty, "channel receives");
                }
            },
            E::Star(x) => ExprKind::Deref(self.expr(*x)),
            E::Selector { x, sel } => {
                if let Some(Res::Package(pkg)) = self.inf.resolutions.get(x).cloned() {
                    ExprKind::ExternalVar {
                        package: pkg,
                        name: sel.text.clone(),
                    }
                } else {
                    return self.selector(e, *x, ty, pos);
                }
            }
            E::Index { x, indices } => {
                let [i] = indices[..] else {
                    return self.not_yet(e, ty, "generic instantiation");
                };
                let xv = self.expr(x.to_owned());
                let xv = self.auto_deref_array(xv, *x);
                let index = self.expr(i);
                ExprKind::Index { x: xv, index }
            }
            E::Slice { x, lo, hi, max, .. } => {
                let xty = self.ty_of(*x);
                let xv = if matches!(underlying(self.db, &xty).kind(), TyKind::Array(..)) {
                    let arr = self.expr(*x);
                    let p = Ty::new(TyKind::Pointer(xty));
                    let id = self.alloc_expr(ExprKind::Addr(arr), p, pos, *x);
                    self.mark_implicit(id);
                    id
                } else {
                    self.expr(*x)
                };
                let lo = lo.map(|v| self.expr(v));
                let hi = hi.map(|v| self.expr(v));
                let max = max.map(|v| self.expr(v));
                ExprKind::Slice { x: xv, lo, hi, max }
            }
            E::Call { .. } => return self.call(e, ty, pos),
            E::CompositeLit { .. } => return self.composite(e, &ty, pos),
            E::FuncLit { .. } => return self.func_lit(e, ty, pos),
            E::TypeAssert { x, typ: Some(_) } => ExprKind::TypeAssert {
                x: self.expr(*x),
                comma_ok: false,
            },
            _ => return self.impossible(e, ty, "a type used as a value"),
        };
        self.alloc_expr(kind, ty, pos, e)
    }

    fn unary(&mut self, op: UnOp, x: ast::ExprId) -> ExprKind {
        ExprKind::Unary {
            op,
            x: self.expr(x),
        }
    }

    /// A placeholder for what the checker accepted but bodies cannot express yet.
    pub(super) fn not_yet(&mut self, e: ast::ExprId, ty: Ty, what: &str) -> ExprId {
        let rel = self.decl.exprs[e].span.start;
        self.unsupported(rel, what);
        let pos = self.pos(rel);
        self.alloc_expr(ExprKind::Zero, ty, pos, e)
    }

    /// Something a checked body cannot contain: an internal compiler error.
    pub(super) fn impossible(&mut self, e: ast::ExprId, ty: Ty, what: &str) -> ExprId {
        self.not_yet(e, ty, &format!("internal compiler error: {what}"))
    }

    /// The operands of a chain of string `+` (gc's OADDSTR list).
    fn concat_parts(&mut self, e: ast::ExprId, parts: &mut Vec<ExprId>) {
        let node = &self.decl.exprs[e];
        if !self.inf.consts.contains_key(&e) {
            match &node.kind {
                E::Paren(x) => return self.concat_parts(*x, parts),
                E::Binary {
                    op: BinaryOp::Add,
                    x,
                    y,
                    ..
                } if is_string(self.db, &self.ty_of(e)) => {
                    self.concat_parts(*x, parts);
                    self.concat_parts(*y, parts);
                    return;
                }
                _ => {}
            }
        }
        parts.push(self.expr(e));
    }

    /// `&x`: a composite literal gets storage of its own, anything else is addressed.
    fn addr_of(&mut self, e: ast::ExprId, x: ast::ExprId, ty: Ty, pos: u32) -> ExprId {
        let mut inner = x;
        while let E::Paren(i) = &self.decl.exprs[inner].kind {
            inner = *i;
        }
        if let E::CompositeLit { .. } = self.decl.exprs[inner].kind {
            let lty = self.ty_of(inner);
            let lit = self.composite(inner, &lty, pos);
            let site = self.site(AllocKind::PtrLit, lty, pos);
            return self.alloc_expr(ExprKind::PtrLit { lit, site }, ty, pos, e);
        }
        let xv = self.expr(x);
        self.alloc_expr(ExprKind::Addr(xv), ty, pos, e)
    }

    /// `p[i]` and `p[lo:hi]` with `p` a pointer to an array index the array.
    fn auto_deref_array(&mut self, x: ExprId, from: ast::ExprId) -> ExprId {
        let xty = self.body.exprs[x].ty.clone();
        match underlying(self.db, &xty).kind() {
            TyKind::Pointer(elem) => {
                let elem = elem.clone();
                let pos = self.body.exprs[x].pos;
                let id = self.alloc_expr(ExprKind::Deref(x), elem, pos, from);
                self.mark_implicit(id);
                id
            }
            _ => x,
        }
    }

    /// `x.f`: the checker's selection path, one [`ExprKind::Field`] per step and a
    /// [`ExprKind::Deref`] for every pointer on the way.
    fn selector(&mut self, e: ast::ExprId, x: ast::ExprId, ty: Ty, pos: u32) -> ExprId {
        if self.inf.iface_method_exprs.contains(&e) {
            return self.not_yet(e, ty, "method expressions as values");
        }
        if self.inf.iface_methods.contains_key(&e) {
            return self.not_yet(e, ty, "method values");
        }
        let Some(sel) = self.inf.selections.get(&e).cloned() else {
            return self.impossible(e, ty, "a selector without selection");
        };
        if let Some(m) = sel.method {
            // Method values and method expressions as values are function values.
            let what = if m.expr {
                "method expressions as values"
            } else {
                "method values"
            };
            return self.not_yet(e, ty, what);
        }
        let cur = self.expr(x);
        self.field_path(cur, &sel.path, pos, e)
    }

    /// `x` followed along field indices `path`, with a [`ExprKind::Deref`] before each
    /// step taken through a pointer.
    pub(super) fn field_path(
        &mut self,
        x: ExprId,
        path: &[u32],
        pos: u32,
        e: ast::ExprId,
    ) -> ExprId {
        let mut cur = x;
        let mut cur_ty = self.body.exprs[cur].ty.clone();
        for &index in path {
            if let TyKind::Pointer(elem) = underlying(self.db, &cur_ty).kind() {
                let elem = elem.clone();
                cur = self.alloc_expr(ExprKind::Deref(cur), elem.clone(), pos, e);
                self.mark_implicit(cur);
                cur_ty = elem;
            }
            let field_ty = match underlying(self.db, &cur_ty).kind() {
                TyKind::Struct(fields) => match fields.get(index as usize) {
                    Some(f) => f.ty.clone(),
                    None => return self.impossible(e, cur_ty, "a selection path out of range"),
                },
                _ => return self.impossible(e, cur_ty, "a selection through a non-struct"),
            };
            cur = self.alloc_expr(ExprKind::Field { x: cur, index }, field_ty.clone(), pos, e);
            cur_ty = field_ty;
        }
        cur
    }

    /// A composite literal of type `ty`.
    pub(super) fn composite(&mut self, e: ast::ExprId, ty: &Ty, pos: u32) -> ExprId {
        let E::CompositeLit { elems, .. } = &self.decl.exprs[e].kind else {
            return self.impossible(e, ty.clone(), "a composite literal that is not one");
        };
        let under = underlying(self.db, ty);
        let kind = match under.kind() {
            TyKind::Struct(fields) => {
                let mut out = Vec::new();
                for (i, el) in elems.iter().enumerate() {
                    let index = match el.key.map(|k| &self.decl.exprs[k].kind) {
                        Some(E::Name(n)) => match fields.iter().position(|f| f.name == *n) {
                            Some(i) => i as u32,
                            None => return self.impossible(e, ty.clone(), "an unknown field"),
                        },
                        _ => i as u32,
                    };
                    let v = self.elem_value(el, &fields[index as usize].ty);
                    out.push((index, v));
                }
                ExprKind::StructLit { fields: out }
            }
            TyKind::Array(_, elem) => ExprKind::ArrayLit {
                elems: self.indexed_elems(elems, elem).0,
            },
            TyKind::Slice(elem) => {
                let (elems, len) = self.indexed_elems(elems, elem);
                let site = self.site(AllocKind::SliceLit, elem.clone(), pos);
                ExprKind::SliceLit { elems, len, site }
            }
            TyKind::Pointer(inner) => {
                // `{...}` for a `*T` element of an outer literal: `&T{...}`.
                let inner = inner.clone();
                let lit = self.composite(e, &inner, pos);
                let site = self.site(AllocKind::PtrLit, inner, pos);
                ExprKind::PtrLit { lit, site }
            }
            _ => return self.not_yet(e, ty.clone(), "this composite literal"),
        };
        self.alloc_expr(kind, ty.clone(), pos, e)
    }

    /// Elements of an array or slice literal with their indices (keys are constant), and
    /// the length they span.
    fn indexed_elems(&mut self, elems: &[ast::Element], elem_ty: &Ty) -> (Vec<(u64, ExprId)>, u64) {
        let mut out = Vec::new();
        let mut next = 0u64;
        let mut len = 0u64;
        for el in elems {
            let index = match el.key.and_then(|k| self.inf.consts.get(&k)) {
                Some(ConstValue::Int(i)) => u64::try_from(i).unwrap_or(0),
                _ => next,
            };
            let v = self.elem_value(el, elem_ty);
            out.push((index, v));
            next = index + 1;
            len = len.max(next);
        }
        (out, len)
    }

    /// An element of a composite literal; elided `{...}` literals take the element type.
    /// gc converts an element while standing at it: its implicit conversion is at the
    /// element's `:` when keyed, else at the value, even for a bare name.
    fn elem_value(&mut self, el: &ast::Element, elem_ty: &Ty) -> ExprId {
        let v = el.value;
        let id = if let E::CompositeLit { typ: None, .. } = self.decl.exprs[v].kind {
            let pos = self.pos(self.decl.exprs[v].span.start);
            let lit = self.composite(v, elem_ty, pos);
            match self.inf.conversions.get(&v).cloned() {
                Some(iface) => self.conv_iface(lit, iface, v),
                None => lit,
            }
        } else {
            self.expr(v)
        };
        let converted = matches!(self.body.exprs[id].kind, ExprKind::ConvIface { .. });
        if converted && self.body.gc.get(&id).is_some_and(|f| f.implicit) {
            let at = el.colon.map(|c| self.pos(c));
            if let Some(f) = self.body.gc.get_mut(&id) {
                f.bare_name = false;
                if let Some(at) = at {
                    f.pos = at;
                }
            }
        }
        id
    }
}

pub(super) use crate::ty_class::{is_interface, is_string};
