//! Calls: arguments flow to the callee's parameters as its tags say; calls inside the
//! batch use the callee's parameter and result locations directly (gc's `call.go`).
//! Also builtins, conversions, and the temporaries gc's noder makes for a multi-valued
//! call passed as arguments (`f(g())`). `go` and `defer` are in `go_defer.rs`.

use crate::graph::ArenaGet as _;
use golift_hir::{Builtin, CallKind, Res, Ty, TyKind};
use golift_syntax::ast::{ExprId, ExprKind};

use crate::build::Batch;
use crate::diag::gc_pos;
use crate::graph::{AllocKind, Hole, LocId, LocNode, NodeRef, Where};
use crate::leaks::Leaks;

/// What is known about a callee.
pub(crate) enum Callee {
    /// Unknown (a function value, an interface method): everything leaks.
    Dynamic,
    /// A function of this batch (its index in `Batch::fns`).
    InBatch(usize),
    /// A function analysed earlier, or an external one: its tags.
    Tagged(Vec<Leaks>),
}

/// Tags of the few external functions golift programs call (from gc's export data:
/// fmt's printers leak the contents of their `...any` argument, nothing else).
pub(crate) fn external_tags(package: &str, name: &str, nparams: usize) -> Option<Vec<Leaks>> {
    let content = {
        let mut l = Leaks::default();
        l.add_heap(1);
        l
    };
    match (package, name) {
        ("fmt", "Println" | "Print" | "Sprintln" | "Sprint") => Some(vec![content]),
        ("fmt", "Printf" | "Sprintf" | "Errorf") => Some(vec![Leaks::default(), content]),
        ("fmt", "Fprintln" | "Fprint") => Some(vec![Leaks::scalar(), content]),
        ("fmt", "Fprintf") => Some(vec![Leaks::scalar(), Leaks::default(), content]),
        ("os", "Exit") | ("strconv", "Itoa") => Some(vec![Leaks::scalar(); nparams]),
        _ => None,
    }
}

impl Batch<'_> {
    fn callee(&mut self, call: ExprId, fun: ExprId) -> Callee {
        let decl = self.decl();
        match self.inf().calls.get(&call).cloned() {
            Some(CallKind::Func(name)) => {
                if let Some(&f) = self.batch_funcs.get(&name) {
                    return Callee::InBatch(f);
                }
                let pkg = match self.u().func {
                    Some(f) => f.package(self.db),
                    None => return Callee::Dynamic,
                };
                let Some(func) = golift_hir::func_by_name(self.db, pkg, &name) else {
                    return Callee::Dynamic;
                };
                let tags = crate::param_tags(self.db, func);
                let n = tags.first().map(|t| t.results.len()).unwrap_or(0);
                let _ = n;
                Callee::Tagged(tags.iter().map(Leaks::from_tag).collect())
            }
            Some(CallKind::External { package, name }) => {
                let n = self.fun_params(fun).map(|p| p.0).unwrap_or(0);
                match external_tags(&package, &name, n) {
                    Some(t) => Callee::Tagged(t),
                    None => Callee::Dynamic,
                }
            }
            _ => {
                // A directly called (or statically known) closure.
                let mut f = fun;
                while let Some(ExprKind::Paren(i)) = decl.exprs.get(f).map(|x| &x.kind) {
                    f = *i;
                }
                if let Some(ExprKind::FuncLit { .. }) = decl.exprs.get(f).map(|x| &x.kind) {
                    if let Some(&fnid) = self.u().closure_fn.get(&f) {
                        self.fns[fnid].closure_called = true;
                        return Callee::InBatch(fnid);
                    }
                }
                Callee::Dynamic
            }
        }
    }

    /// Number of parameters and variadic-ness of the called function's type.
    fn fun_params(&self, fun: ExprId) -> Option<(usize, bool)> {
        let t = self.ty(fun)?;
        match golift_hir::underlying(self.db, &t).kind() {
            TyKind::Func {
                params, variadic, ..
            } => Some((params.len(), *variadic)),
            _ => None,
        }
    }

    /// The hole for an argument passed to parameter `i` (receiver counted first).
    pub(crate) fn tag_hole(&mut self, ks: &Option<Vec<Hole>>, callee: &Callee, i: usize) -> Hole {
        match callee {
            Callee::Dynamic => self.heap_hole(),
            Callee::InBatch(f) => match self.fns[*f].param_locals.get(i).copied().flatten() {
                Some(l) => {
                    let unit = self.fns[*f].unit;
                    let saved = self.unit;
                    self.unit = unit;
                    let loc = self.local_loc(l);
                    self.unit = saved;
                    Hole::to(loc)
                }
                None => self.discard_hole(),
            },
            Callee::Tagged(tags) => {
                let esc = tags.get(i).copied().unwrap_or_else(Leaks::scalar);
                let mut tks = Vec::new();
                let x = esc.heap();
                if x >= 0 {
                    tks.push(self.heap_hole().shift(x));
                }
                if let Some(ks) = ks {
                    for (r, k) in ks.iter().enumerate().take(crate::leaks::NUM_ESC_RESULTS) {
                        let x = esc.result(r);
                        if x >= 0 {
                            tks.push(k.shift(x));
                        }
                    }
                }
                self.tee(tks)
            }
        }
    }

    fn argument(&mut self, k: Hole, call: ExprId, arg: ExprId) {
        let at = self.ex_at(call);
        let k = self.note(k, at, "call parameter");
        if let Some(tmp) = self.wrap_arg(call, arg) {
            self.flow(k, tmp);
            return;
        }
        self.expr(k, arg);
        if !matches!(
            self.decl().exprs.get(arg).map(|x| &x.kind),
            Some(ExprKind::Name(_))
        ) {
            self.base_pos = gc_pos(self.decl(), arg);
        }
    }

    /// A call; `ks` are the holes for its results (`None` in statement context).
    pub(crate) fn call(&mut self, ks: Option<Vec<Hole>>, e: ExprId) {
        let decl = self.decl();
        let Some(ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        }) = decl.exprs.get(e).map(|x| &x.kind)
        else {
            return;
        };
        let (fun, args, ellipsis) = (*fun, args.clone(), *ellipsis);
        let saved_pos = self.base_pos;
        self.base_pos = gc_pos(decl, e);
        let k0 = ks
            .as_ref()
            .and_then(|v| v.first().copied())
            .unwrap_or_else(|| self.discard_hole());
        match self.inf().calls.get(&e).cloned() {
            Some(CallKind::Builtin(b)) => self.builtin(k0, e, b, &args, ellipsis),
            Some(CallKind::Conversion(to)) => self.conversion(k0, e, &to, &args),
            _ => self.func_call(ks, e, fun, &args, ellipsis),
        }
        self.base_pos = saved_pos;
    }

    fn conversion(&mut self, k: Hole, e: ExprId, to: &golift_hir::Ty, args: &[ExprId]) {
        let Some(&x) = args.first() else { return };
        let from = self.ty(x);
        let at = self.ex_at(e);
        let to_u = golift_hir::underlying(self.db, to);
        let from_u = from.as_ref().map(|t| golift_hir::underlying(self.db, t));
        let is_str = |t: &golift_hir::Ty| {
            matches!(
                t.kind(),
                TyKind::Basic(golift_hir::BasicKind::String | golift_hir::BasicKind::UntypedString)
            )
        };
        if self.is_interface(to) {
            let direct = from
                .as_ref()
                .is_none_or(|t| self.is_interface(t) || self.direct_iface(t));
            let mut k = k;
            if !direct {
                k = self.spill(k, LocNode::Alloc(e, AllocKind::ConvIface), at);
            }
            let k = self.note(k, at, "interface-converted");
            self.expr(k, x);
            return;
        }
        let str_conv = match (to_u.kind(), from_u.as_ref().map(|t| t.kind())) {
            (_, Some(_)) if is_str(&to_u) && from_u.as_ref().is_some_and(|f| !is_str(f)) => true,
            (TyKind::Slice(_), Some(_)) if from_u.as_ref().is_some_and(is_str) => true,
            _ => false,
        };
        if str_conv && !self.inf().consts.contains_key(&e) {
            self.spill(k, LocNode::Alloc(e, AllocKind::StrConv), at);
            self.discard(x);
            return;
        }
        self.expr(k, x);
    }

    /// Whether `e` is a slice whose elements hold pointers: what `append` and `copy`
    /// move out of such a slice flows to the heap.
    fn slice_of_pointers(&self, e: ExprId) -> bool {
        self.ty(e)
            .is_some_and(|t| match golift_hir::underlying(self.db, &t).kind() {
                TyKind::Slice(el) => self.has_pointers(el),
                _ => false,
            })
    }

    /// Where the elements of slice `e`, read by `append` or `copy`, go: the heap
    /// (through a dereference noted as `why`) when they hold pointers, nowhere otherwise.
    fn slice_contents_hole(&mut self, e: ExprId, at: Where, why: &'static str) -> Hole {
        if self.slice_of_pointers(e) {
            let h = self.heap_hole();
            self.deref(h, at, why)
        } else {
            self.discard_hole()
        }
    }

    fn builtin(&mut self, k: Hole, e: ExprId, b: Builtin, args: &[ExprId], ellipsis: bool) {
        let at = self.ex_at(e);
        match b {
            Builtin::New => {
                self.spill(k, LocNode::Alloc(e, AllocKind::New), at);
            }
            Builtin::Make => {
                let t = self.ty(e).map(|t| golift_hir::underlying(self.db, &t));
                match t.as_ref().map(|t| t.kind()) {
                    Some(TyKind::Slice(_)) => {
                        self.spill(k, LocNode::Alloc(e, AllocKind::MakeSlice), at);
                    }
                    Some(TyKind::Map(..)) => {
                        self.spill(k, LocNode::Alloc(e, AllocKind::MakeMap), at);
                    }
                    _ => {}
                }
                for &a in args.iter().skip(1) {
                    self.discard(a);
                }
            }
            Builtin::Append => {
                let Some(&s) = args.first() else { return };
                let mut appendee = k;
                if self.slice_of_pointers(s) {
                    let h = self.heap_hole();
                    let h = self.deref(h, at, "appendee slice");
                    appendee = self.tee(vec![k, h]);
                }
                self.argument(appendee, e, s);
                if ellipsis {
                    if let Some(&a) = args.get(1) {
                        let kk = self.slice_contents_hole(a, at, "appended slice...");
                        self.argument(kk, e, a);
                    }
                } else {
                    for &a in args.iter().skip(1) {
                        let h = self.heap_hole();
                        self.argument(h, e, a);
                    }
                }
            }
            Builtin::Copy => {
                if let Some(&a) = args.first() {
                    let d = self.discard_hole();
                    self.argument(d, e, a);
                }
                if let Some(&a) = args.get(1) {
                    let kk = self.slice_contents_hole(a, at, "copied slice");
                    self.argument(kk, e, a);
                }
            }
            Builtin::Panic => {
                for &a in args {
                    let h = self.heap_hole();
                    let saved = self.panic_arg.replace(a);
                    self.argument(h, e, a);
                    self.panic_arg = saved;
                }
            }
            _ => {
                for &a in args {
                    let d = self.discard_hole();
                    self.argument(d, e, a);
                }
            }
        }
    }

    fn func_call(
        &mut self,
        ks: Option<Vec<Hole>>,
        e: ExprId,
        fun: ExprId,
        args: &[ExprId],
        ellipsis: bool,
    ) {
        let decl = self.decl();
        let callee = self.callee(e, fun);
        // Results of a callee in the batch flow straight from its result locations.
        if let (Some(ks), Callee::InBatch(f)) = (&ks, &callee) {
            let results = self.fns[*f].results.clone();
            for (i, r) in results.into_iter().enumerate() {
                if let Some(&k) = ks.get(i) {
                    self.flow(k, r);
                }
            }
        }
        // The receiver of a method call, or the function value.
        let mut param_index = 0usize;
        let is_method =
            matches!(self.inf().calls.get(&e), Some(CallKind::Func(n)) if n.contains('.'));
        match decl.exprs.get(fun).map(|x| &x.kind) {
            Some(ExprKind::Selector { x: recv, .. }) if is_method => {
                let recv = *recv;
                let k = self.tag_hole(&ks, &callee, 0);
                param_index = 1;
                // A pointer method on an addressable value takes its address.
                let recv_is_ptr = self.ty(recv).is_some_and(|t| {
                    matches!(
                        golift_hir::underlying(self.db, &t).kind(),
                        TyKind::Pointer(_)
                    )
                });
                let wants_ptr = match &callee {
                    Callee::InBatch(f) => self.fns[*f]
                        .param_tys
                        .first()
                        .is_some_and(|t| matches!(t.kind(), TyKind::Pointer(_))),
                    _ => false,
                };
                let k = if wants_ptr && !recv_is_ptr {
                    let at = self.ex_at(recv);
                    self.addr(k, at, "address-of")
                } else if !wants_ptr && recv_is_ptr && matches!(callee, Callee::InBatch(_)) {
                    let at = self.ex_at(recv);
                    self.deref(k, at, "indirection")
                } else {
                    k
                };
                self.argument(k, e, recv);
            }
            Some(ExprKind::Selector { x: recv, .. })
                if matches!(self.inf().calls.get(&e), Some(CallKind::Indirect))
                    && !matches!(self.inf().resolutions.get(&fun), Some(Res::Local(_))) =>
            {
                // An interface method call or a field of function type.
                let recv = *recv;
                let is_iface = self.ty(recv).is_some_and(|t| self.is_interface(&t));
                if is_iface {
                    let h = self.heap_hole();
                    self.argument(h, e, recv);
                } else {
                    let d = self.discard_hole();
                    self.argument(d, e, fun);
                }
            }
            _ => {
                let d = self.discard_hole();
                self.argument(d, e, fun);
            }
        }
        // gc's transformCall sets the position to the call before converting arguments.
        self.base_pos = gc_pos(self.decl(), e);
        let (nparams, variadic) = self.fun_params(fun).unwrap_or((args.len(), false));
        let fixed = if variadic && !ellipsis {
            nparams.saturating_sub(1)
        } else {
            usize::MAX
        };
        // f(g()) with g multi-valued: gc's RewriteMultiValueCall assigns g's results to
        // temporaries (`.autotmp_N`, N counting the function's declarations) and passes
        // those.
        let srcs: Vec<ArgSrc> = match self.multi_value_arg(args) {
            Some((inner, tys)) => {
                let pos = gc_pos(self.decl(), e);
                let tmps = self.make_temps(inner, tys, pos);
                let holes = tmps.iter().map(|t| Hole::to(t.loc)).collect();
                self.call(Some(holes), inner);
                tmps.into_iter().map(ArgSrc::Tmp).collect()
            }
            None => args.iter().map(|&a| ArgSrc::Expr(a)).collect(),
        };
        let param_tys = self.param_types(fun);
        for (i, src) in srcs.iter().enumerate() {
            if i >= fixed {
                break;
            }
            let k = self.tag_hole(&ks, &callee, param_index + i);
            match src {
                ArgSrc::Expr(a) => self.argument(k, e, *a),
                ArgSrc::Tmp(t) => {
                    let at_call = self.ex_at(e);
                    let k = self.note(k, at_call, "call parameter");
                    self.tmp_arg(k, t, param_tys.get(i));
                }
            }
        }
        if fixed != usize::MAX && srcs.len() > fixed {
            let k = self.tag_hole(&ks, &callee, param_index + fixed);
            let at = self.ex_at(e);
            let k = self.note(k, at, "call parameter");
            let vat = self.at(NodeRef::VarArgs(e), at.pos);
            let k = self.spill(k, LocNode::Alloc(e, AllocKind::VarArgs), vat);
            let elem = match param_tys.last().map(|t| golift_hir::underlying(self.db, t)) {
                Some(t) => match t.kind() {
                    TyKind::Slice(el) => Some(el.clone()),
                    _ => None,
                },
                None => None,
            };
            for src in &srcs[fixed..] {
                let k2 = self.note(k, vat, "slice-literal-element");
                match src {
                    ArgSrc::Expr(a) => {
                        let a = *a;
                        match self.wrap_arg(e, a) {
                            Some(tmp) => self.flow(k2, tmp),
                            None => self.expr(k2, a),
                        }
                        if !matches!(
                            self.decl().exprs.get(a).map(|x| &x.kind),
                            Some(ExprKind::Name(_))
                        ) {
                            self.base_pos = gc_pos(self.decl(), a);
                        }
                    }
                    ArgSrc::Tmp(t) => self.tmp_arg(k2, t, elem.as_ref()),
                }
            }
        }
    }

    /// The inner call and its result types when `args` is a single multi-valued call.
    pub(crate) fn multi_value_arg(&self, args: &[ExprId]) -> Option<(ExprId, Vec<Ty>)> {
        let [a] = args else { return None };
        let t = self.ty(*a)?;
        let TyKind::Tuple(ts) = t.kind() else {
            return None;
        };
        if ts.len() < 2 {
            return None;
        }
        let mut inner = *a;
        while let Some(ExprKind::Paren(i)) = self.decl().exprs.get(inner).map(|x| &x.kind) {
            inner = *i;
        }
        matches!(
            self.decl().exprs.get(inner).map(|x| &x.kind),
            Some(ExprKind::Call { .. })
        )
        .then(|| (inner, ts.to_vec()))
    }

    /// `x, y = g()` where a destination's type differs from its result's: gc
    /// (transformAssign) assigns the results to temporaries and converts those.
    pub(crate) fn mismatched_multi_value(
        &self,
        lhs: &[ExprId],
        rhs: &[ExprId],
    ) -> Option<(ExprId, Vec<Ty>)> {
        let (inner, tys) = self.multi_value_arg(rhs)?;
        let mismatched = lhs.iter().zip(&tys).any(|(&l, t)| {
            let blank = matches!(
                self.decl().exprs.get(l).map(|x| &x.kind),
                Some(ExprKind::Name(n)) if n == "_"
            );
            !blank && self.ty(l).is_some_and(|lt| lt != *t)
        });
        mismatched.then_some((inner, tys))
    }

    /// gc's `t1, t2 = g(); x, y = t1, t2` (the second an `assign-pair`).
    pub(crate) fn assign_via_temps(
        &mut self,
        ks: &[Hole],
        dst_tys: &[Option<Ty>],
        inner: ExprId,
        tys: Vec<Ty>,
        at: Where,
    ) {
        let tmps = self.make_temps(inner, tys, self.base_pos);
        let holes = tmps.iter().map(|t| Hole::to(t.loc)).collect();
        self.call(Some(holes), inner);
        for (i, t) in tmps.iter().enumerate() {
            let Some(&k) = ks.get(i) else { continue };
            let to = if k.dst == crate::graph::BLANK {
                None
            } else {
                dst_tys.get(i).cloned().flatten()
            };
            let k = self.note(k, at, "assign-pair");
            self.tmp_arg(k, t, to.as_ref());
        }
    }

    /// gc's temporaries for the results of `call`, converted at `pos`.
    fn make_temps(&mut self, call: ExprId, tys: Vec<Ty>, pos: u32) -> Vec<Tmp> {
        let first = self.autotmp_base(call);
        let tmps: Vec<Tmp> = tys
            .into_iter()
            .enumerate()
            .map(|(i, ty)| {
                let at = self.at(NodeRef::AutoTmp(first + i as u32), pos);
                let loc = self.new_loc(LocNode::Temp, Some(at), false);
                Tmp { loc, at, ty, call }
            })
            .collect();
        self.fns[self.curfn].autotmps += tmps.len() as u32;
        tmps
    }

    /// The number of declarations (`Dcl`) gc's current function has when the call at
    /// `e` is type checked: parameters, results, the variables declared before it and
    /// the temporaries made so far.
    fn autotmp_base(&self, e: ExprId) -> u32 {
        let f = &self.fns[self.curfn];
        let pos = self.decl().exprs.get(e).map(|x| x.span.start).unwrap_or(0);
        let u = self.u();
        let vars = u
            .inf
            .locals
            .iter()
            .filter(|(l, x)| {
                x.kind == golift_hir::LocalKind::Var
                    && x.span.start < pos
                    && u.local_fn.get(l).copied().unwrap_or(0) == self.curfn
                    && x.name != "_"
            })
            .count();
        (f.param_locals.len() + f.results.len() + vars) as u32 + f.autotmps
    }

    fn param_types(&self, fun: ExprId) -> Vec<Ty> {
        match self.ty(fun).map(|t| golift_hir::underlying(self.db, &t)) {
            Some(t) => match t.kind() {
                TyKind::Func { params, .. } => params.to_vec(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        }
    }

    /// A temporary passed where a value of type `to` goes: converted to an interface
    /// (named after the temporary, as gc prints it) when `to` is one.
    fn tmp_arg(&mut self, k: Hole, tmp: &Tmp, to: Option<&Ty>) {
        let mut k = k;
        if to.is_some_and(|t| self.is_interface(t)) && !self.is_interface(&tmp.ty) {
            if !self.direct_iface(&tmp.ty) {
                k = self.spill(k, LocNode::Alloc(tmp.call, AllocKind::ConvIface), tmp.at);
            }
            k = self.note(k, tmp.at, "interface-converted");
        }
        if k.derefs >= 0 && !self.has_pointers(&tmp.ty) {
            k.dst = crate::graph::BLANK;
        }
        self.flow(k, tmp.loc);
    }
}

/// A temporary holding one result of a multi-valued call passed as arguments.
struct Tmp {
    loc: LocId,
    at: Where,
    ty: Ty,
    /// The multi-valued call.
    call: ExprId,
}

/// Where an argument's value comes from.
enum ArgSrc {
    Expr(ExprId),
    Tmp(Tmp),
}
