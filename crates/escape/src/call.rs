//! Calls of a typed body (gc's `call.go`): a callee of the batch connects arguments to
//! its parameter locations, another one's tags say where arguments go, an unknown one
//! leaks everything. The body has already packed variadic arguments into a slice literal
//! with its own site and evaluated `f(g())`'s results into temporaries (`pre`).

use golift_hir::body::{Callee as BodyCallee, ExprId, ExprKind, StaticCallee};
use golift_hir::{Builtin, Ty, TyKind};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, Hole, NodeRef, Where};
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
/// fmt's printers leak the contents of their `...any` argument, the `Fprint`s also
/// their writer; `Leaks::scalar()` is gc's `leaking param: x`, to the heap).
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
        ("os", "Exit") | ("strconv", "Itoa") | ("math", _) => Some(vec![Leaks::scalar(); nparams]),
        // gc: `leaking param: text` (the string is kept by the new error), `leaking
        // param: err` / `target` (their methods are called dynamically).
        ("errors", "New" | "Unwrap" | "Is") => Some(vec![Leaks::scalar(); nparams]),
        ("runtime", "GC" | "Gosched" | "NumGoroutine" | "NumCPU" | "GOMAXPROCS") => {
            Some(vec![Leaks::scalar(); nparams])
        }
        // `KeepAlive(x any)`: gc's body only reads `x`.
        ("runtime", "KeepAlive") => Some(vec![Leaks::default()]),
        _ => None,
    }
}

impl Batch<'_> {
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

    /// An argument: its value flows to `k`; gc's noder then stands at it unless it is
    /// a name (or one of `f(g())`'s temporaries).
    fn argument(&mut self, k: Hole, at: Where, arg: ExprId) {
        let k = self.note(k, at, "call parameter");
        self.expr(k, arg);
        self.after_argument(arg);
    }

    fn after_argument(&mut self, arg: ExprId) {
        let temp = self
            .body()
            .and_then(|b| b.exprs.get(arg))
            .is_some_and(|x| match x.kind {
                ExprKind::ConvIface { x, .. } => self.temp_at(x).is_some(),
                _ => self.temp_at(arg).is_some(),
            });
        let f = self.facts(arg);
        if !temp && !f.is_name {
            self.base_pos = f.pos;
        }
    }

    /// The number of declarations (`Dcl`) gc's current function has when the call at
    /// `pos` is type checked: parameters, results, the variables declared before it and
    /// the temporaries made so far.
    pub(crate) fn autotmp_base(&self, pos: u32) -> u32 {
        let f = &self.fns[self.curfn];
        let vars = self.body().map_or(0, |body| {
            body.locals
                .iter()
                .filter(|(_, x)| {
                    x.kind == golift_hir::LocalKind::Var && x.span.start < pos && x.name != "_"
                })
                .count()
        });
        (f.param_locals.len() + f.results.len() + vars) as u32 + f.autotmps
    }

    /// `f(g())`'s temporaries (the `Decl`s of `pre`) get gc's names, `.autotmp_N` with
    /// N counting the function's declarations so far, and the call's position.
    fn name_temps(&mut self, call: ExprId, pre: &[golift_hir::body::StmtId]) {
        let Some(body) = self.body() else { return };
        let temps: Vec<golift_hir::LocalId> = pre
            .iter()
            .filter_map(|&s| match body.stmts.get(s)?.kind {
                golift_hir::body::StmtKind::Decl { local, .. }
                    if body.locals.get(local)?.kind == golift_hir::LocalKind::Temp =>
                {
                    Some(local)
                }
                _ => None,
            })
            .collect();
        if temps.is_empty() {
            return;
        }
        let inner_pos = pre
            .iter()
            .find_map(|&s| match body.stmts.get(s)?.kind {
                golift_hir::body::StmtKind::AssignCall { call, .. } => {
                    body.exprs.get(call).map(|x| x.pos)
                }
                _ => None,
            })
            .unwrap_or(0);
        let first = self.autotmp_base(inner_pos);
        let pos = self.facts(call).pos;
        for (i, &l) in temps.iter().enumerate() {
            let at = self.at(NodeRef::AutoTmp(first + i as u32), pos);
            let loc = self.new_loc(crate::graph::LocNode::Local(l), Some(at), false);
            self.units[self.unit].local_loc.insert(l, loc);
        }
        self.fns[self.curfn].autotmps += temps.len() as u32;
    }

    /// A call; `ks` are the holes for its results (`None` in statement context).
    pub(crate) fn call(&mut self, ks: Option<Vec<Hole>>, e: ExprId) {
        let Some(body) = self.body() else { return };
        let Some(ExprKind::Call {
            callee,
            args,
            pre,
            spread,
        }) = body.exprs.get(e).map(|x| &x.kind)
        else {
            return;
        };
        self.fixed_calls.insert((self.unit, e));
        let callee_node = callee.clone();
        let at = self.ex_at(e);
        let saved_pos = self.base_pos;
        self.base_pos = at.pos;
        let callee = match callee {
            BodyCallee::Builtin(b) => {
                let k = ks
                    .as_ref()
                    .and_then(|v| v.first().copied())
                    .unwrap_or_else(|| self.discard_hole());
                self.builtin(k, *b, args, *spread, at);
                self.base_pos = saved_pos;
                return;
            }
            BodyCallee::Static(f) => {
                let func = f.func(self.db);
                match self.batch_funcs.get(func.name(self.db)) {
                    Some(&f) => Callee::InBatch(f),
                    None => Callee::Tagged(
                        crate::param_tags(self.db, func)
                            .iter()
                            .map(Leaks::from_tag)
                            .collect(),
                    ),
                }
            }
            BodyCallee::External { package, name } => {
                match external_tags(package, name, args.len()) {
                    Some(t) => Callee::Tagged(t),
                    None => Callee::Dynamic,
                }
            }
            BodyCallee::Indirect(fun) => {
                let fun = *fun;
                // gc's `ir.StaticValue` of the callee: a literal of this body, or a
                // declared function.
                let callee = match body.static_callees.get(&e) {
                    Some(&StaticCallee::Closure { closure, direct }) => {
                        match self.closure_fns.get(&(self.unit, closure)).copied() {
                            Some(f) => {
                                if direct {
                                    self.fns[f].called = true;
                                }
                                Callee::InBatch(f)
                            }
                            None => Callee::Dynamic,
                        }
                    }
                    Some(StaticCallee::Func(f)) => {
                        let func = f.func(self.db);
                        match self.batch_funcs.get(func.name(self.db)) {
                            Some(&f) => Callee::InBatch(f),
                            None => Callee::Tagged(
                                crate::param_tags(self.db, func)
                                    .iter()
                                    .map(Leaks::from_tag)
                                    .collect(),
                            ),
                        }
                    }
                    None => Callee::Dynamic,
                };
                let d = self.discard_hole();
                self.argument(d, at, fun);
                callee
            }
            // gc's OCALLINTER: an unknown callee; the receiver is its first argument.
            BodyCallee::Interface { .. } => Callee::Dynamic,
        };
        // Results of a callee in the batch flow straight from its result locations.
        if let (Some(ks), Callee::InBatch(f)) = (&ks, &callee) {
            let results = self.fns[*f].results.clone();
            for (i, r) in results.into_iter().enumerate() {
                if let Some(&k) = ks.get(i) {
                    self.flow(k, r);
                }
            }
        }
        // gc's transformCall sets the position to the call before converting arguments;
        // `f(g())` assigns g's results to temporaries first.
        self.base_pos = at.pos;
        self.name_temps(e, pre);
        for &s in pre {
            self.stmt(s);
        }
        self.base_pos = at.pos;
        if let BodyCallee::Interface { recv, .. } = callee_node {
            let k = self.heap_hole();
            self.argument(k, at, recv);
        }
        for (i, &a) in args.iter().enumerate() {
            // A method expression whose receiver needs adjusting: gc's escape analysis
            // reads the declared method's tags but passes the receiver as written.
            let a = match body.wrapper_calls.get(&e) {
                Some(&recv) if i == 0 => recv,
                _ => a,
            };
            match body.exprs.get(a).map(|x| &x.kind) {
                // A variadic call without variadic arguments passes nil: no flow.
                Some(ExprKind::Zero) if self.facts(a).pos == at.pos => {}
                Some(ExprKind::SliceLit { elems, site, .. })
                    if body
                        .sites
                        .get(*site)
                        .is_some_and(|s| s.kind == golift_hir::body::AllocKind::VariadicSlice) =>
                {
                    let k = self.tag_hole(&ks, &callee, i);
                    let k = self.note(k, at, "call parameter");
                    let vat = self.ex_at(a);
                    let k = self.spill(k, crate::graph::LocNode::Site(*site), vat);
                    for &(_, v) in elems {
                        let k2 = self.note(k, vat, "slice-literal-element");
                        self.expr(k2, v);
                        self.after_argument(v);
                    }
                }
                _ => {
                    let k = self.tag_hole(&ks, &callee, i);
                    self.argument(k, at, a);
                }
            }
        }
        self.base_pos = saved_pos;
    }

    /// Whether `t` is a slice whose elements hold pointers: what `append` and `copy`
    /// move out of such a slice flows to the heap.
    fn slice_of_pointers(&self, t: &Ty) -> bool {
        match golift_hir::underlying(self.db, t).kind() {
            TyKind::Slice(el) => self.has_pointers(el),
            _ => false,
        }
    }

    pub(crate) fn ty_of_body_expr(&self, e: ExprId) -> Option<Ty> {
        self.body()?.exprs.get(e).map(|x| x.ty.clone())
    }

    fn slice_contents_hole(&mut self, e: ExprId, at: Where, why: &'static str) -> Hole {
        if self
            .ty_of_body_expr(e)
            .is_some_and(|t| self.slice_of_pointers(&t))
        {
            let h = self.heap_hole();
            self.deref(h, at, why)
        } else {
            self.discard_hole()
        }
    }

    fn builtin(&mut self, k: Hole, b: Builtin, args: &[ExprId], spread: bool, at: Where) {
        match b {
            Builtin::Append => {
                let Some(&s) = args.first() else { return };
                let mut appendee = k;
                if self
                    .ty_of_body_expr(s)
                    .is_some_and(|t| self.slice_of_pointers(&t))
                {
                    let h = self.heap_hole();
                    let h = self.deref(h, at, "appendee slice");
                    appendee = self.tee(vec![k, h]);
                }
                self.argument(appendee, at, s);
                if spread {
                    if let Some(&a) = args.get(1) {
                        let kk = self.slice_contents_hole(a, at, "appended slice...");
                        self.argument(kk, at, a);
                    }
                } else {
                    // gc's typecheck converts the appended values where the noder
                    // stopped translating the arguments.
                    let saved = self.assign_conv.clone();
                    if let Some(p) = self.noder_pos_of(args.iter().copied()) {
                        self.assign_conv
                            .extend(args.iter().skip(1).map(|&a| (a, p)));
                    }
                    for &a in args.iter().skip(1) {
                        let h = self.heap_hole();
                        self.argument(h, at, a);
                    }
                    self.assign_conv = saved;
                }
            }
            Builtin::Copy => {
                if let Some(&a) = args.first() {
                    let d = self.discard_hole();
                    self.argument(d, at, a);
                }
                if let Some(&a) = args.get(1) {
                    let kk = self.slice_contents_hole(a, at, "copied slice");
                    self.argument(kk, at, a);
                }
            }
            // gc's OUNSAFEADD / OUNSAFESLICE: the pointer flows to the result.
            Builtin::UnsafeAdd | Builtin::UnsafeSlice => {
                if let Some(&p) = args.first() {
                    self.argument(k, at, p);
                }
                if let Some(&n) = args.get(1) {
                    let d = self.discard_hole();
                    self.argument(d, at, n);
                }
            }
            Builtin::Panic => {
                for &a in args {
                    let h = self.heap_hole();
                    let saved = self.panic_arg.replace(a);
                    self.argument(h, at, a);
                    self.panic_arg = saved;
                }
            }
            _ => {
                for &a in args {
                    let d = self.discard_hole();
                    self.argument(d, at, a);
                }
            }
        }
    }
}
