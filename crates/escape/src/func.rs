//! Setting up a function for the walk (gc's `initFunc`): which function or closure
//! declares each local, which variables each closure captures, and the locations of
//! parameters and results, created before any expression location (gc reports
//! variables before allocations because of this order).

use crate::graph::ArenaGet as _;
use std::collections::HashMap;

use golift_hir::{Func, InferenceResult, LocalId, LocalKind, Res, Ty};
use golift_syntax::ast::{AssignOp, Decl, ExprId, ExprKind, LocalDecl, Span, StmtKind};

use crate::build::{Batch, FnInfo, Unit, UnitOut};
use crate::graph::LocNode;

/// Closure literals of a declaration with their spans, outermost first.
fn closures(decl: &Decl) -> Vec<(ExprId, Span)> {
    let mut v: Vec<(ExprId, Span)> = decl
        .exprs
        .iter()
        .filter(|(_, e)| matches!(e.kind, ExprKind::FuncLit { .. }))
        .map(|(id, e)| (id, e.span))
        .collect();
    v.sort_by_key(|(_, s)| (s.start, std::cmp::Reverse(s.end)));
    v
}

/// The innermost closure containing `pos`.
fn innermost(cls: &[(ExprId, Span)], pos: u32) -> Option<ExprId> {
    cls.iter()
        .filter(|(_, s)| s.start <= pos && pos < s.end)
        .max_by_key(|(_, s)| s.start)
        .map(|(e, _)| *e)
}

/// Names inside closure bodies that the type checker left unresolved (it does not
/// check function literals yet), resolved by scope from the source: a name declared
/// in an enclosing closure before the use is the closure's own (left out), otherwise
/// the enclosing function's latest local of that name declared before the closure.
fn closure_names(
    decl: &Decl,
    inf: &InferenceResult,
    cls: &[(ExprId, Span)],
) -> HashMap<ExprId, LocalId> {
    let mut out = HashMap::new();
    if cls.is_empty() {
        return out;
    }
    // Names declared inside closures: parameters, results, `:=`, `var`, range.
    let mut inner: Vec<(String, u32)> = Vec::new();
    for &(lit, _) in cls {
        if let Some(ExprKind::FuncLit { sig, .. }) = decl.exprs.get(lit).map(|x| &x.kind) {
            for f in sig.params.iter().chain(&sig.results) {
                for n in &f.names {
                    inner.push((n.text.clone(), n.span.start));
                }
            }
        }
    }
    let inside = |pos: u32| cls.iter().any(|(_, s)| s.start <= pos && pos < s.end);
    let name_of = |e: ExprId| match decl.exprs.get(e).map(|x| (&x.kind, x.span.start)) {
        Some((ExprKind::Name(n), p)) => Some((n.clone(), p)),
        _ => None,
    };
    for (_, st) in decl.stmts.iter() {
        if !inside(st.span.start) {
            continue;
        }
        match &st.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } => inner.extend(lhs.iter().filter_map(|&e| name_of(e))),
            StmtKind::Range {
                key,
                value,
                define: true,
                ..
            } => inner.extend(key.iter().chain(value.iter()).filter_map(|&e| name_of(e))),
            StmtKind::Decl(ds) => {
                for d in ds {
                    if let LocalDecl::Var(spec) | LocalDecl::Const(spec) = d {
                        inner.extend(spec.names.iter().map(|n| (n.text.clone(), n.span.start)));
                    }
                }
            }
            _ => {}
        }
    }
    for (e, x) in decl.exprs.iter() {
        let ExprKind::Name(n) = &x.kind else { continue };
        let pos = x.span.start;
        if n == "_" || inf.resolutions.contains_key(&e) || inf.consts.contains_key(&e) {
            continue;
        }
        // The closures around the use, innermost last.
        let around: Vec<Span> = cls
            .iter()
            .filter(|(_, s)| s.start <= pos && pos < s.end)
            .map(|(_, s)| *s)
            .collect();
        let Some(outermost) = around.first().copied() else {
            continue;
        };
        let own = inner
            .iter()
            .any(|(m, p)| m == n && *p <= pos && around.iter().any(|s| s.start <= *p));
        if own {
            continue;
        }
        let outer = inf
            .locals
            .iter()
            .filter(|(_, l)| l.name == *n && l.span.start < outermost.start)
            .max_by_key(|(_, l)| l.span.start)
            .map(|(id, _)| id);
        if let Some(l) = outer {
            out.insert(e, l);
        }
    }
    out
}

impl<'a> Batch<'a> {
    /// Adds a declaration to the batch; returns the unit index.
    pub(crate) fn add_unit(
        &mut self,
        func: Option<Func<'a>>,
        key: String,
        decl: &'a Decl,
        inf: &'a InferenceResult,
    ) -> usize {
        self.units.push(Unit {
            func,
            key,
            decl,
            inf,
            body: None,
            local_loc: HashMap::new(),
            local_fn: HashMap::new(),
            closure_fn: HashMap::new(),
            captures: HashMap::new(),
            closure_res: HashMap::new(),
            result: UnitOut::default(),
        });
        self.units.len() - 1
    }

    /// gc's `initFunc` for a top-level function and its closures, in gc's order.
    pub(crate) fn init_func(&mut self, unit: usize) -> usize {
        self.unit = unit;
        let decl = self.units[unit].decl;
        let inf = self.units[unit].inf;
        let cls = closures(decl);
        let top = self.fns.len();
        self.fns.push(FnInfo::new(unit, None, None));
        let mut parent_of: HashMap<ExprId, usize> = HashMap::new();
        for &(lit, span) in &cls {
            let parent = cls
                .iter()
                .filter(|(e, s)| *e != lit && s.start <= span.start && span.end <= s.end)
                .max_by_key(|(_, s)| s.start)
                .and_then(|(e, _)| parent_of.get(e).copied())
                .unwrap_or(top);
            let id = self.fns.len();
            self.fns.push(FnInfo::new(unit, Some(parent), Some(lit)));
            parent_of.insert(lit, id);
            self.units[unit].closure_fn.insert(lit, id);
        }
        // Owner of every local.
        let owner = |pos: u32| innermost(&cls, pos).and_then(|e| parent_of.get(&e).copied());
        for (l, local) in inf.locals.iter() {
            let f = owner(local.span.start).unwrap_or(top);
            self.units[unit].local_fn.insert(l, f);
        }
        let overlay = closure_names(decl, inf, &cls);
        // Captures: uses of a local inside a closure that does not declare it.
        let mut uses: Vec<(u32, LocalId)> = inf
            .resolutions
            .iter()
            .filter_map(|(e, r)| match r {
                Res::Local(l) => decl.exprs.get(*e).map(|x| (x.span.start, *l)),
                _ => None,
            })
            .chain(
                overlay
                    .iter()
                    .filter_map(|(e, l)| decl.exprs.get(*e).map(|x| (x.span.start, *l))),
            )
            .collect();
        self.units[unit].closure_res = overlay;
        // gc's noder evaluates an assignment's right side before its left side, so a
        // variable first used on the left is captured after those on the right.
        let mut lhs_spans: Vec<(Span, u32)> = Vec::new();
        for (_, st) in decl.stmts.iter() {
            if let StmtKind::Assign { lhs, rhs, .. } = &st.kind {
                let rhs_end = rhs
                    .iter()
                    .filter_map(|&r| decl.exprs.get(r).map(|x| x.span.end))
                    .max();
                if let Some(end) = rhs_end {
                    for &l in lhs {
                        if let Some(x) = decl.exprs.get(l) {
                            lhs_spans.push((x.span, end));
                        }
                    }
                }
            }
        }
        let order = |pos: u32| {
            lhs_spans
                .iter()
                .filter(|(s, _)| s.start <= pos && pos < s.end)
                .map(|(_, end)| *end)
                .max()
                .unwrap_or(pos)
        };
        uses.sort_by_key(|&(pos, l)| (order(pos), pos, l));
        for &(lit, span) in &cls {
            let Some(&cf) = parent_of.get(&lit) else {
                continue;
            };
            let mut caps: Vec<(LocalId, u32)> = Vec::new();
            for &(pos, l) in &uses {
                if pos < span.start || pos >= span.end {
                    continue;
                }
                let of = self.units[unit].local_fn.get(&l).copied().unwrap_or(top);
                if (of == cf || self.contains_closure(cf, of)) || caps.iter().any(|c| c.0 == l) {
                    continue;
                }
                caps.push((l, pos));
            }
            self.units[unit].captures.insert(lit, caps);
        }
        // Locations: each function's own locals (parameters and results first).
        let fids: Vec<usize> = std::iter::once(top)
            .chain(cls.iter().filter_map(|(e, _)| parent_of.get(e).copied()))
            .collect();
        for f in fids {
            self.curfn = f;
            let mut mine: Vec<LocalId> = inf
                .locals
                .iter()
                .filter(|(l, _)| self.units[unit].local_fn.get(l) == Some(&f))
                .map(|(l, _)| l)
                .collect();
            mine.sort_by_key(|l| {
                let k = inf.locals[*l].kind;
                (k == LocalKind::Var, k == LocalKind::Result, *l)
            });
            for l in mine {
                if inf.locals[l].name == "_" {
                    continue;
                }
                let id = self.local_loc(l);
                if inf.locals[l].kind == LocalKind::Result {
                    let idx = self.fns[f].results.len();
                    self.locs[id].result_index = 1 + idx;
                    self.fns[f].results.push(id);
                }
            }
            self.setup_signature(f);
        }
        top
    }

    /// Parameters (receiver first) and results of function `f` from its syntax.
    fn setup_signature(&mut self, f: usize) {
        let unit = self.fns[f].unit;
        let decl = self.units[unit].decl;
        let inf = self.units[unit].inf;
        let lit = self.fns[f].lit;
        let mut fields: Vec<&golift_syntax::ast::Field> = Vec::new();
        if lit.is_none() {
            if let golift_syntax::ast::DeclKind::Func(fd) = &decl.kind {
                fields.extend(fd.recv.iter());
            }
        }
        let Some(sig) = Batch::sig_of(decl, lit) else {
            return;
        };
        fields.extend(sig.params.iter());
        for field in fields {
            let ty = self.type_expr_ty(field.typ, field.variadic);
            if field.names.is_empty() {
                self.fns[f].param_locals.push(None);
                self.fns[f].param_tys.push(ty);
                continue;
            }
            for n in &field.names {
                let l = inf.definitions.get(&n.span.start).copied();
                let l = l.filter(|_| n.text != "_");
                if let Some(l) = l {
                    let id = self.local_loc(l);
                    self.locs[id].is_param = true;
                    self.fns[f].params.push(id);
                }
                let ty = l
                    .and_then(|l| inf.locals.get(l))
                    .map(|x| x.ty.clone())
                    .unwrap_or(ty.clone());
                self.fns[f].param_locals.push(l);
                self.fns[f].param_tys.push(ty);
            }
        }
        // Results: names, and locations for unnamed closure results.
        let mut idx = 0usize;
        for field in &sig.results {
            let count = field.names.len().max(1);
            for j in 0..count {
                let name = field.names.get(j).map(|n| n.text.clone());
                let named_local = field
                    .names
                    .get(j)
                    .and_then(|n| inf.definitions.get(&n.span.start).copied());
                let rname = match &name {
                    Some(n) if n != "_" => n.clone(),
                    _ => format!("~r{idx}"),
                };
                self.fns[f].result_names.push(rname);
                if lit.is_some() && named_local.is_none() && self.fns[f].results.len() <= idx {
                    // gc names unnamed results ~rN; infer may not give closures locals.
                    let at = self.at(crate::graph::NodeRef::Result(idx as u32), field.span.start);
                    let id = self.new_loc(LocNode::Result, Some(at), false);
                    self.locs[id].at = None;
                    self.locs[id].result_index = 1 + idx;
                    self.fns[f].results.push(id);
                }
                idx += 1;
            }
        }
        if lit.is_none() && self.fns[f].results.is_empty() {
            for &l in &inf.results {
                let id = self.local_loc(l);
                self.locs[id].result_index = 1 + self.fns[f].results.len();
                self.fns[f].results.push(id);
            }
        }
    }

    /// The type written as a parameter type (best effort from the inferred types).
    fn type_expr_ty(&self, e: ExprId, variadic: bool) -> Ty {
        let t = self
            .inf()
            .expr_types
            .get(e)
            .cloned()
            .unwrap_or_else(Ty::invalid);
        if variadic {
            Ty::new(golift_hir::TyKind::Slice(t))
        } else {
            t
        }
    }
}
