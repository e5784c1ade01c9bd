//! Lowering calls: the checker's call kind decides the callee; conversions become
//! [`ExprKind::Convert`] / [`ExprKind::ConvIface`]; `new` and `make` are allocation
//! expressions; the arguments of a variadic call are packed into a slice literal with
//! its own site (gc's `FixVariadicCall`), or a nil slice when there are none; and
//! `f(g())` assigns `g()`'s results to temporaries first, converting each to its
//! parameter's type.

use golift_syntax::ast::{self, ExprKind as E};

use super::lower::LowerCx;
use super::lower_expr::{is_interface, is_string};
use super::{AllocKind, Callee, ExprId, ExprKind, Pos, StmtId, StmtKind};
use crate::{underlying, Builtin, CallKind, Ty, TyKind};

impl<'db> LowerCx<'_, 'db> {
    pub(super) fn call(&mut self, e: ast::ExprId, ty: Ty, pos: Pos) -> ExprId {
        let E::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &self.decl.exprs[e].kind
        else {
            return self.not_yet(e, ty, "internal compiler error: a call that is not one");
        };
        let (fun, args, spread) = (*fun, args.clone(), *ellipsis);
        let mut iface_sel = None;
        let callee = match self.inf.calls.get(&e).cloned() {
            Some(CallKind::Conversion(to)) => return self.conversion(e, &args, to, pos),
            Some(CallKind::Builtin(Builtin::New)) => {
                let elem = match underlying(self.db, &ty).kind() {
                    TyKind::Pointer(t) => t.clone(),
                    _ => {
                        return self.not_yet(e, ty, "internal compiler error: new of a non-pointer")
                    }
                };
                let site = self.site(AllocKind::New, elem, pos);
                return self.alloc_expr(ExprKind::New { site }, ty, pos, e);
            }
            Some(CallKind::Builtin(Builtin::Make)) => return self.make(e, &args, ty, pos),
            Some(CallKind::Builtin(b)) => {
                // `println(f())`: the results of a multi-valued call are the arguments.
                let tuple = match args.as_slice() {
                    [one] => match self.ty_of(*one).kind() {
                        TyKind::Tuple(ts) => Some((*one, ts.clone())),
                        _ => None,
                    },
                    _ => None,
                };
                let (pre, vals) = match tuple {
                    Some((one, tys)) => self.spread_results(one, &tys, pos),
                    None => (Vec::new(), args.iter().map(|&a| self.expr(a)).collect()),
                };
                let kind = ExprKind::Call {
                    callee: Callee::Builtin(b),
                    args: vals,
                    pre,
                    spread,
                };
                return self.alloc_expr(kind, ty, pos, e);
            }
            Some(CallKind::Func(id)) => Callee::Static(id),
            Some(CallKind::External { package, name }) => Callee::External { package, name },
            Some(CallKind::Indirect) => Callee::Indirect(self.expr(fun)),
            Some(CallKind::Interface(index)) => {
                let mut sel_e = fun;
                while let E::Paren(x) = self.decl.exprs[sel_e].kind {
                    sel_e = x;
                }
                let E::Selector { x, .. } = &self.decl.exprs[sel_e].kind else {
                    return self.not_yet(
                        e,
                        ty,
                        "internal compiler error: an interface method call without selector",
                    );
                };
                let x = *x;
                if self.inf.iface_method_exprs.contains(&sel_e) {
                    return self.iface_method_expr_call(e, fun, &args, spread, ty, pos, index);
                }
                iface_sel = Some(sel_e);
                let mut recv = self.expr(x);
                // A method promoted from an embedded interface: `x.M` is `x.I.M`.
                if let Some(sel) = self.inf.selections.get(&sel_e).cloned() {
                    recv = self.field_path(recv, &sel.path, pos, sel_e);
                }
                Callee::Interface { recv, index }
            }
            Some(CallKind::Method(func)) => {
                return self.method_call(e, fun, &args, spread, ty, pos, func)
            }
            None => return self.not_yet(e, ty, "internal compiler error: an unchecked call"),
        };
        let Some((params, variadic)) = self.func_params(fun) else {
            return self.not_yet(e, ty, "internal compiler error: a call of a non-function");
        };
        let (pre, vals) = self.arguments(e, &args, &params, variadic && !spread, pos);
        let kind = ExprKind::Call {
            callee,
            args: vals,
            pre,
            spread,
        };
        let call = self.alloc_expr(kind, ty, pos, e);
        if let Some(sel) = iface_sel {
            self.iface_calls.push((call, sel));
        }
        call
    }

    /// `x.M(args)` and `T.M(x, args)`: a static call of the method with the receiver
    /// as its first argument, reached along the selection's field path, with the
    /// implicit `&x` or `*p` the method's receiver needs made explicit.
    #[allow(clippy::too_many_arguments)]
    fn method_call(
        &mut self,
        e: ast::ExprId,
        fun: ast::ExprId,
        args: &[ast::ExprId],
        spread: bool,
        ty: Ty,
        pos: Pos,
        func: crate::FuncId,
    ) -> ExprId {
        let mut sel_e = fun;
        while let E::Paren(x) = self.decl.exprs[sel_e].kind {
            sel_e = x;
        }
        let (Some(sel), E::Selector { x, .. }) = (
            self.inf.selections.get(&sel_e).cloned(),
            &self.decl.exprs[sel_e].kind,
        ) else {
            return self.not_yet(
                e,
                ty,
                "internal compiler error: a method call without selection",
            );
        };
        let Some(m) = sel.method else {
            return self.not_yet(e, ty, "internal compiler error: a method call of a field");
        };
        let x = *x;
        let Some((params, variadic)) = self.func_params(fun) else {
            return self.not_yet(
                e,
                ty,
                "internal compiler error: a method of a non-function type",
            );
        };
        let mut vals = Vec::new();
        let pre;
        let mut wrapper_recv = None;
        if m.expr {
            // `T.M(x, args)`: the receiver is the first argument.
            let (p, mut v) = self.arguments(e, args, &params, variadic && !spread, pos);
            pre = p;
            if let (Some(first), Some(&from)) = (v.first().copied(), args.first()) {
                let written_ptr = matches!(self.body.exprs[first].ty.kind(), TyKind::Pointer(_));
                if !sel.path.is_empty() || (written_ptr && !m.ptr_recv) {
                    wrapper_recv = Some(first);
                }
                let from = if sel.path.is_empty() { from } else { sel_e };
                v[0] = self.receiver(first, &sel.path, m.ptr_recv, from, sel_e);
            }
            vals = v;
        } else {
            let recv = self.expr(x);
            // Implicit nodes print as the receiver they apply to: `x`, or the
            // selector's embedded fields (`x.Inner`, printed without the method).
            let from = if sel.path.is_empty() { x } else { sel_e };
            let recv = self.receiver(recv, &sel.path, m.ptr_recv, from, sel_e);
            vals.push(recv);
            let (p, v) = self.arguments(e, args, &params, variadic && !spread, pos);
            pre = p;
            vals.extend(v);
        }
        let kind = ExprKind::Call {
            callee: Callee::Static(func),
            args: vals,
            pre,
            spread,
        };
        let call = self.alloc_expr(kind, ty, pos, e);
        if let Some(recv) = wrapper_recv {
            self.body.wrapper_calls.insert(call, recv);
        }
        call
    }

    /// `I.M(x, args)`: the method expression's first argument, converted to `I`, is the
    /// receiver of a call through the interface (gc calls its `I.M` wrapper, whose body
    /// is that call: the same flows and the same code).
    #[allow(clippy::too_many_arguments)]
    fn iface_method_expr_call(
        &mut self,
        e: ast::ExprId,
        fun: ast::ExprId,
        args: &[ast::ExprId],
        spread: bool,
        ty: Ty,
        pos: Pos,
        index: u32,
    ) -> ExprId {
        let Some((params, variadic)) = self.func_params(fun) else {
            return self.not_yet(
                e,
                ty,
                "internal compiler error: a method expression of a non-function type",
            );
        };
        let (pre, mut vals) = self.arguments(e, args, &params, variadic && !spread, pos);
        if vals.is_empty() {
            return self.not_yet(
                e,
                ty,
                "internal compiler error: a method expression called without receiver",
            );
        }
        let recv = vals.remove(0);
        let kind = ExprKind::Call {
            callee: Callee::Interface { recv, index },
            args: vals,
            pre,
            spread,
        };
        let call = self.alloc_expr(kind, ty, pos, e);
        self.body.iface_method_expr_calls.insert(call);
        call
    }

    /// The parameter types of the function `fun` denotes, and whether it is variadic;
    /// `None` when its type is not a function's.
    fn func_params(&self, fun: ast::ExprId) -> Option<(Vec<Ty>, bool)> {
        match underlying(self.db, &self.ty_of(fun)).kind() {
            TyKind::Func {
                params, variadic, ..
            } => Some((params.clone(), *variadic)),
            _ => None,
        }
    }

    /// The receiver a method is called with: `x` along the embedded fields of `path`
    /// (a [`ExprKind::Deref`] for every pointer on the way), then `&` of it for a
    /// pointer method or `*` of it for a value method called through a pointer. The
    /// implicit `&`/`*` are at the selector's `.` (`sel`), as gc's typecheck makes them.
    pub(super) fn receiver(
        &mut self,
        x: ExprId,
        path: &[u32],
        ptr_recv: bool,
        from: ast::ExprId,
        sel: ast::ExprId,
    ) -> ExprId {
        let pos = self.body.exprs[x].pos;
        let at = self.gc_pos(sel);
        let mut cur = self.field_path(x, path, pos, from);
        let cur_ty = self.body.exprs[cur].ty.clone();
        match (cur_ty.kind(), ptr_recv) {
            (TyKind::Pointer(elem), false) => {
                let elem = elem.clone();
                cur = self.alloc_expr(ExprKind::Deref(cur), elem, pos, from);
                self.mark_implicit(cur);
                self.set_gc_pos(cur, at);
            }
            (TyKind::Pointer(_), true) => {}
            (_, true) => {
                let p = Ty::new(TyKind::Pointer(cur_ty));
                cur = self.alloc_expr(ExprKind::Addr(cur), p, pos, from);
                self.mark_implicit(cur);
                self.set_gc_pos(cur, at);
            }
            (_, false) => {}
        }
        cur
    }

    /// The argument values for parameters `params`: a multi-valued call spread into
    /// temporaries, the variadic tail packed into a slice.
    fn arguments(
        &mut self,
        call: ast::ExprId,
        args: &[ast::ExprId],
        params: &[Ty],
        pack: bool,
        pos: Pos,
    ) -> (Vec<StmtId>, Vec<ExprId>) {
        let mut pre = Vec::new();
        // Each argument value with its syntax expression (for the source map).
        let mut vals: Vec<(ExprId, ast::ExprId)> = Vec::new();
        let spread_call = match args {
            [one] => match self.ty_of(*one).kind() {
                TyKind::Tuple(ts) => Some((*one, ts.clone())),
                _ => None,
            },
            _ => None,
        };
        if let Some((one, tys)) = spread_call.clone() {
            let (stmts, temps) = self.spread_results(one, &tys, pos);
            pre = stmts;
            vals = temps.into_iter().map(|t| (t, one)).collect();
        } else {
            for &a in args {
                vals.push((self.expr(a), a));
            }
        }
        let fixed = if pack {
            params.len().saturating_sub(1)
        } else {
            vals.len()
        };
        let mut out = Vec::new();
        for (i, &(v, from)) in vals.iter().take(fixed).enumerate() {
            let v = match params.get(i) {
                Some(p) if spread_call.is_some() => self.convert_to(v, p, from),
                _ => v,
            };
            out.push(v);
        }
        if pack {
            let slice_ty = params.last().cloned().unwrap_or_else(Ty::invalid);
            let elem = match underlying(self.db, &slice_ty).kind() {
                TyKind::Slice(t) => t.clone(),
                _ => Ty::invalid(),
            };
            let rest: Vec<(ExprId, ast::ExprId)> = vals.iter().skip(fixed).copied().collect();
            if rest.is_empty() {
                out.push(self.alloc_expr(ExprKind::Zero, slice_ty, pos, call));
            } else {
                let mut elems = Vec::new();
                for (i, (v, from)) in rest.into_iter().enumerate() {
                    let v = if spread_call.is_some() {
                        self.convert_to(v, &elem, from)
                    } else {
                        v
                    };
                    elems.push((i as u64, v));
                }
                let len = elems.len() as u64;
                let site = self.site(AllocKind::VariadicSlice, elem, pos);
                let lit = ExprKind::SliceLit { elems, len, site };
                out.push(self.alloc_expr(lit, slice_ty, pos, call));
            }
        }
        (pre, out)
    }

    /// `g()`'s results (types `tys`) in fresh temporaries, for `f(g())`: the statements
    /// declaring and assigning them, and the temporaries' values.
    fn spread_results(
        &mut self,
        one: ast::ExprId,
        tys: &[Ty],
        pos: Pos,
    ) -> (Vec<StmtId>, Vec<ExprId>) {
        let mut pre = Vec::new();
        let call_v = self.expr_raw(one);
        let mut temps = Vec::new();
        for t in tys {
            let l = self.temp(t.clone(), pos);
            pre.push(self.alloc_stmt(
                StmtKind::Decl {
                    local: l,
                    init: None,
                },
                pos,
            ));
            temps.push(Some(self.alloc_expr(
                ExprKind::Local(l),
                t.clone(),
                pos,
                one,
            )));
        }
        let assign = StmtKind::AssignCall {
            convs: vec![None; temps.len()],
            lhs: temps.clone(),
            call: call_v,
        };
        pre.push(self.alloc_stmt(assign, pos));
        (pre, temps.into_iter().flatten().collect())
    }

    /// `v` as a value of type `to`: converted to an interface where `to` is one.
    fn convert_to(&mut self, v: ExprId, to: &Ty, from: ast::ExprId) -> ExprId {
        if is_interface(self.db, to) {
            self.conv_iface(v, to.clone(), from)
        } else {
            v
        }
    }

    /// `T(x)`: to an interface, a copying conversion with a site, or a plain one.
    fn conversion(&mut self, e: ast::ExprId, args: &[ast::ExprId], to: Ty, pos: Pos) -> ExprId {
        let Some(&a) = args.first() else {
            return self.not_yet(
                e,
                to,
                "internal compiler error: a conversion without operand",
            );
        };
        if is_interface(self.db, &to) {
            // The checker records the operand's conversion to `to` as an implicit one
            // too; the conversion is the written one, made here.
            let x = self.expr_raw(a);
            let id = self.conv_iface(x, to, e);
            // Written in the source: the conversion is not implicit.
            if let Some(f) = self.body.gc.get_mut(&id).filter(|_| id != x) {
                f.implicit = false;
            }
            return id;
        }
        let x = self.expr(a);
        let from = self.body.exprs[x].ty.clone();
        let copies = (is_string(self.db, &to) && !is_string(self.db, &from))
            || (is_string(self.db, &from)
                && (crate::ty_class::is_byte_slice(self.db, &to)
                    || crate::ty_class::is_rune_slice(self.db, &to)));
        let site = copies.then(|| self.site(AllocKind::ConvCopy, to.clone(), pos));
        self.alloc_expr(ExprKind::Convert { x, site }, to, pos, e)
    }

    fn make(&mut self, e: ast::ExprId, args: &[ast::ExprId], ty: Ty, pos: Pos) -> ExprId {
        let elem = match underlying(self.db, &ty).kind() {
            TyKind::Slice(t) => t.clone(),
            TyKind::Map(..) => {
                let hint = args.get(1).map(|&h| self.expr(h));
                let site = self.site(AllocKind::MakeMap, ty.clone(), pos);
                return self.alloc_expr(ExprKind::MakeMap { hint, site }, ty, pos, e);
            }
            TyKind::Chan(..) => return self.make_chan(e, args, ty, pos),
            _ => return self.not_yet(e, ty, "internal compiler error: make of this type"),
        };
        let Some(&len_e) = args.get(1) else {
            return self.not_yet(e, ty, "make without a length");
        };
        let len = self.expr(len_e);
        let cap = args.get(2).map(|&c| self.expr(c));
        let site = self.site(AllocKind::MakeSlice, elem, pos);
        self.alloc_expr(ExprKind::MakeSlice { len, cap, site }, ty, pos, e)
    }
}
