//! Statements of a typed body (gc's `stmt.go`): declarations set a variable's loop
//! depth, assignments connect holes, loops deepen the loop depth, `return` flows into
//! the results, a switch discards its tag and values, a label that a later `goto` jumps
//! back to deepens the rest of its block, a type switch's clause variables take its operand. A statement is reported at its gc position
//! (`Body::stmt_gc_pos`).

use std::collections::HashSet;

use golift_hir::body::{AllocSiteId, Body, ExprId, LabelId, StmtId, StmtKind};
use golift_hir::{LocalId, Ty, TyKind};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, Hole, LocNode, NodeRef, Where};

impl Batch<'_> {
    fn stmt_at(&self, s: StmtId) -> Where {
        let pos = self.body().map_or(0, |b| match b.stmt_gc_pos.get(&s) {
            Some(&p) => p,
            None => b.stmts.get(s).map_or(0, |x| x.pos),
        });
        self.at(NodeRef::Stmt(s), pos)
    }

    pub(crate) fn block(&mut self, s: StmtId) {
        let old = self.loop_depth;
        self.stmt(s);
        self.loop_depth = old;
    }

    /// A variable declared here lives as deep in loops as its declaration.
    fn dcl(&mut self, l: LocalId) {
        let loc = self.local_loc(l);
        self.locs[loc].loop_depth = self.loop_depth;
    }

    /// Where gc's noder leaves its position after translating `es` in order.
    pub(crate) fn noder_pos_of(&self, es: impl Iterator<Item = ExprId>) -> Option<u32> {
        es.filter_map(|e| self.facts(e).noder_pos).last()
    }

    /// The values of the `var` spec declaration `s` was lowered from, when it declares
    /// several names with one value each (`var a, b T = x, y`).
    fn var_spec_inits(&self, s: StmtId) -> Option<Vec<ExprId>> {
        let bsm = self.units.get(self.unit)?.body;
        let from = bsm.source_map.stmt_syntax.get(&s)?;
        from.spec?;
        let mut inits: Vec<(StmtId, ExprId)> = bsm
            .source_map
            .stmt_syntax
            .iter()
            .filter(|(_, f)| (f.decl, f.stmt, f.spec) == (from.decl, from.stmt, from.spec))
            .filter_map(|(&id, _)| match bsm.body.stmts.get(id)?.kind {
                StmtKind::Decl {
                    init: Some(init), ..
                } => Some((id, init)),
                _ => None,
            })
            .collect();
        inits.sort_by_key(|&(id, _)| id.into_raw());
        Some(inits.into_iter().map(|(_, e)| e).collect())
    }

    /// gc converts an assignment's values where its noder stopped: after the last
    /// non-blank destination, else after the values; a `var` spec after its values,
    /// else at the name. Sets `base_pos` and `assign_conv` for statement `s`.
    fn assignment_conv_pos(&mut self, s: StmtId) {
        let Some(body) = self.body() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        let written = body.stmt_gc_pos.contains_key(&s);
        let (lhs, rhs): (Vec<ExprId>, Vec<ExprId>) = match &st.kind {
            // `var a, b T = x, y` is one assignment in gc: every value is converted
            // where the noder stopped after all of them.
            StmtKind::Decl {
                init: Some(init), ..
            } => (
                Vec::new(),
                self.var_spec_inits(s).unwrap_or_else(|| vec![*init]),
            ),
            StmtKind::Assign { lhs, rhs } => (lhs.iter().copied().collect(), vec![*rhs]),
            StmtKind::AssignParallel { lhs, rhs } => {
                (lhs.iter().flatten().copied().collect(), rhs.clone())
            }
            StmtKind::AssignCall { lhs, call, .. } => {
                (lhs.iter().flatten().copied().collect(), vec![*call])
            }
            _ => return,
        };
        let pos = if written {
            // `x := e` declares `x`: the noder stops at the name.
            let defined = match st.kind {
                StmtKind::Decl { local, .. } => body.locals.get(local).map(|l| l.span.start),
                _ => None,
            };
            defined
                .or_else(|| self.noder_pos_of(lhs.iter().copied()))
                .or_else(|| self.noder_pos_of(rhs.iter().copied()))
                .unwrap_or(self.base_pos)
        } else if matches!(st.kind, StmtKind::AssignCall { .. }) {
            return;
        } else {
            self.noder_pos_of(rhs.iter().copied()).unwrap_or(st.pos)
        };
        self.base_pos = pos;
        self.assign_conv = rhs.iter().map(|&r| (r, pos)).collect();
    }

    /// The result types of `call` when a destination's type differs from its result's
    /// (`z, _ = g()` with `z` an interface).
    fn mismatched_results(&self, lhs: &[Option<ExprId>], call: ExprId) -> Option<Vec<Ty>> {
        let body = self.body()?;
        let TyKind::Tuple(tys) = body.exprs.get(call)?.ty.kind() else {
            return None;
        };
        let mismatched = lhs.iter().zip(tys.iter()).any(|(l, t)| {
            l.and_then(|l| body.exprs.get(l))
                .is_some_and(|x| !x.ty.identical(t))
        });
        mismatched.then(|| tys.to_vec())
    }

    /// gc's `t1, t2 = g(); x, y = t1, t2` (the second an `assign-pair`), the temporaries
    /// converted where a destination is an interface.
    fn assign_via_temps(
        &mut self,
        ks: &[Hole],
        lhs: &[Option<ExprId>],
        call: ExprId,
        sites: &[Option<AllocSiteId>],
        tys: Vec<Ty>,
        (at, tmp_pos): (Where, u32),
    ) {
        let Some(body) = self.body() else { return };
        let call_pos = body.exprs.get(call).map_or(0, |x| x.pos);
        let first = self.autotmp_base(call_pos);
        let mut tmps = Vec::new();
        for (i, ty) in tys.into_iter().enumerate() {
            let tat = self.at(NodeRef::AutoTmp(first + i as u32), tmp_pos);
            let loc = self.new_loc(LocNode::Temp, Some(tat), false);
            tmps.push((loc, tat, ty));
        }
        self.fns[self.curfn].autotmps += tmps.len() as u32;
        // The notes name the assignment as gc rewrote it: `a, b = .autotmp_N, ...`.
        let at = match at.node {
            NodeRef::Stmt(s) => Where {
                node: NodeRef::TempAssign(s, first, tmps.len() as u32),
                ..at
            },
            _ => at,
        };
        let holes = tmps.iter().map(|t| Hole::to(t.0)).collect();
        self.call(Some(holes), call);
        for (i, (loc, tat, ty)) in tmps.into_iter().enumerate() {
            let Some(&k) = ks.get(i) else { continue };
            let to = match lhs.get(i).copied().flatten() {
                Some(l) if k.dst != crate::graph::BLANK => body.exprs.get(l).map(|x| x.ty.clone()),
                _ => None,
            };
            let mut k = self.note(k, at, "assign-pair");
            if to.is_some_and(|t| self.is_interface(&t)) && !self.is_interface(&ty) {
                if !self.direct_iface(&ty) {
                    let node = match sites.get(i).copied().flatten() {
                        Some(site) => LocNode::Site(site),
                        None => LocNode::TempConv,
                    };
                    k = self.spill(k, node, tat);
                }
                k = self.note(k, tat, "interface-converted");
            }
            if k.derefs >= 0 && !self.has_pointers(&ty) {
                k.dst = crate::graph::BLANK;
            }
            self.flow(k, loc);
        }
    }

    pub(crate) fn stmt(&mut self, s: StmtId) {
        let Some(body) = self.body() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        self.base_pos = match st.kind {
            StmtKind::Range { .. } => st.pos,
            _ => body.stmt_gc_pos.get(&s).copied().unwrap_or(st.pos),
        };
        let saved_conv = std::mem::take(&mut self.assign_conv);
        self.assignment_conv_pos(s);
        self.stmt_kind(s);
        self.assign_conv = saved_conv;
    }

    fn stmt_kind(&mut self, s: StmtId) {
        let Some(body) = self.body() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        let at = self.stmt_at(s);
        match &st.kind {
            StmtKind::Defer { .. } | StmtKind::Go { .. } => self.go_defer(s),
            StmtKind::Expr(e) => match body.exprs.get(*e).map(|x| &x.kind) {
                Some(golift_hir::body::ExprKind::Call { .. }) => self.call(None, *e),
                _ => self.discard(*e),
            },
            StmtKind::Decl { local, init } => {
                let blank = body.locals.get(*local).is_none_or(|l| l.name == "_");
                if !blank {
                    self.dcl(*local);
                }
                if let Some(init) = *init {
                    let k = if blank {
                        self.discard_hole()
                    } else {
                        Hole::to(self.local_loc(*local))
                    };
                    let k = self.note(k, at, "assign");
                    self.expr(k, init);
                }
            }
            StmtKind::Assign { lhs, rhs } => {
                let k = self.addr_of(*lhs);
                self.assign(k, *lhs, *rhs, "assign", at);
                self.reassigned(&[k], s, false);
            }
            StmtKind::OpAssign { lhs, rhs, .. } => {
                let k = self.addr_of(Some(*lhs));
                self.assign(k, Some(*lhs), *rhs, "assign", at);
                self.reassigned(&[k], s, false);
            }
            StmtKind::AssignParallel { lhs, rhs } => {
                let ks: Vec<Hole> = lhs.iter().map(|&d| self.addr_of(d)).collect();
                for ((&k, &d), &r) in ks.iter().zip(lhs).zip(rhs) {
                    self.assign(k, d, r, "assign-pair", at);
                }
                self.reassigned(&ks, s, false);
            }
            StmtKind::AssignCommaOk { lhs, value } => {
                // gc's assignList: the value flows to the first destination; the
                // boolean is no flow.
                let ks: Vec<Hole> = lhs.iter().map(|&d| self.addr_of(d)).collect();
                let why = match body.exprs.get(*value).map(|x| &x.kind) {
                    Some(golift_hir::body::ExprKind::Recv { .. }) => "assign-pair-receive",
                    _ => "assign-pair-dot-type",
                };
                if let (Some(&k), Some(&d)) = (ks.first(), lhs.first()) {
                    self.assign(k, d, *value, why, at);
                }
                self.reassigned(&ks, s, false);
            }
            StmtKind::AssignCall { lhs, call, convs } => {
                let ks: Vec<Hole> = lhs.iter().map(|&d| self.addr_of(d)).collect();
                let written = body.stmt_gc_pos.contains_key(&s);
                let sites: Vec<Option<AllocSiteId>> = convs
                    .iter()
                    .map(|c| c.as_ref().and_then(|c| c.site))
                    .collect();
                // gc assigns the results to temporaries and converts those; a `var`
                // spec or a `return` converts them too when a destination needs it.
                let converts = sites.iter().any(Option::is_some);
                match self
                    .mismatched_results(lhs, *call)
                    .filter(|_| written || converts)
                {
                    Some(tys) => {
                        // Temporaries of an assignment sit where its noder stopped; those
                        // of a `var` spec or a `return`, at the call.
                        let tmp_pos = if written {
                            self.base_pos
                        } else {
                            self.facts(*call).pos
                        };
                        self.assign_via_temps(&ks, lhs, *call, &sites, tys, (at, tmp_pos))
                    }
                    None => self.call(Some(ks.clone()), *call),
                }
                self.reassigned(&ks, s, false);
            }
            // gc's OBLOCK walks its list without restoring the loop depth: a looping
            // label deepens everything after it in the enclosing list.
            StmtKind::Block(ss) => {
                for &s in ss {
                    self.stmt(s);
                }
            }
            StmtKind::If { cond, then, els } => {
                self.discard(*cond);
                self.block(*then);
                if let Some(e) = els {
                    self.block(*e);
                }
            }
            StmtKind::For {
                cond, post, body, ..
            } => {
                self.loop_depth += 1;
                self.discard_opt(*cond);
                if let Some(p) = post {
                    self.stmt(*p);
                }
                self.block(*body);
                self.loop_depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body: loop_body,
                ..
            } => {
                let tmp = self.new_loc(LocNode::Temp, None, false);
                self.expr(Hole::to(tmp), *x);
                if *define {
                    for e in [key, value].into_iter().flatten() {
                        if let Some(golift_hir::body::ExprKind::Local(l)) =
                            body.exprs.get(*e).map(|x| &x.kind)
                        {
                            self.dcl(*l);
                        }
                    }
                }
                self.loop_depth += 1;
                // The key is stored too (its place may evaluate operands).
                let kk = self.addr_of(*key);
                let kv = self.addr_of(*value);
                self.reassigned(&[kk, kv], s, true);
                let array = body.exprs.get(*x).is_some_and(|x| {
                    matches!(
                        golift_hir::underlying(self.db, &x.ty).kind(),
                        TyKind::Array(..)
                    )
                });
                // gc's escape runs before walk: a pointer to an array is not an array,
                // its elements are reached through it.
                let k = if array {
                    self.note(kv, at, "range")
                } else {
                    self.deref(kv, at, "range-deref")
                };
                self.flow(k, tmp);
                self.block(*loop_body);
                self.loop_depth -= 1;
            }
            StmtKind::Return(vals) => {
                let results = self.fns[self.curfn].results.clone();
                // typecheckaste: names convert where the noder stopped, or at the last
                // other value before them.
                if let Some(p) = self.noder_pos_of(vals.iter().copied()) {
                    self.base_pos = p;
                }
                for (i, &v) in vals.iter().enumerate() {
                    let k = match results.get(i) {
                        Some(&r) => Hole::to(r),
                        None => self.discard_hole(),
                    };
                    let k = self.note(k, at, "return");
                    self.expr(k, v);
                    let f = self.facts(v);
                    if !f.is_name {
                        self.base_pos = f.pos;
                    }
                }
            }
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => {}
            StmtKind::Switch { tag, clauses, .. } => {
                self.discard_opt(*tag);
                for c in clauses {
                    for &v in &c.values {
                        self.discard(v);
                    }
                    self.block(c.body);
                }
            }
            // gc's type switch: every clause's variable is declared here and takes `x`
            // through `dotType` (read through the data word unless the case's type is
            // stored in it), one hole for all of them; variables without pointers take
            // nothing.
            StmtKind::TypeSwitch { x, clauses, .. } => {
                let mut ks = Vec::new();
                for (i, c) in clauses.iter().enumerate() {
                    let Some(v) = c.var else { continue };
                    self.dcl(v);
                    let ty = body.locals.get(v).map(|l| l.ty.clone());
                    let Some(ty) = ty.filter(|t| self.has_pointers(t)) else {
                        continue;
                    };
                    let mut k = Hole::to(self.local_loc(v));
                    if !self.is_interface(&ty) && !self.direct_iface(&ty) {
                        k = k.shift(1);
                    }
                    let cat = self.at(NodeRef::TypeSwitchCase(s, i as u32), c.pos);
                    ks.push(self.note(k, cat, "switch case"));
                }
                let k = self.tee(ks);
                self.expr(k, *x);
                for c in clauses {
                    self.block(c.body);
                }
            }
            // A label a `goto` after it jumps back to heads an unstructured loop: what
            // follows is one loop deeper.
            StmtKind::Label(l) => {
                if self.looping_labels.contains(l) {
                    self.loop_depth += 1;
                }
            }
            StmtKind::Send { ch, value } => self.send(*ch, *value, at),
            StmtKind::Select { cases, .. } => self.select(cases),
        }
    }
}

impl Batch<'_> {
    /// gc's `reassigned`: the variables `ks` store into are reassigned by statement
    /// `s`, unless `s` is their definition (a `range` clause assigns its variables on
    /// every iteration).
    fn reassigned(&mut self, ks: &[Hole], s: StmtId, range: bool) {
        for k in ks {
            let LocNode::Local(l) = self.locs[k.dst].node else {
                continue;
            };
            let defn = self.body().and_then(|b| b.defined_at.get(&l).copied());
            if !range && defn == Some(s) {
                continue;
            }
            self.locs[k.dst].reassigned = true;
        }
    }
}

/// gc's `walkFunc` prelude: the labels of `body` that a `goto` later in the body (in
/// source order) jumps back to.
pub(crate) fn looping_labels(body: &Body) -> HashSet<LabelId> {
    match body.root {
        Some(root) => looping_labels_from(body, root),
        None => HashSet::new(),
    }
}

/// [`looping_labels`] of the statements under `root` (a function literal's body).
pub(crate) fn looping_labels_from(body: &Body, root: StmtId) -> HashSet<LabelId> {
    let mut seen = HashSet::new();
    let mut looping = HashSet::new();
    let mut stack: Vec<StmtId> = vec![root];
    while let Some(s) = stack.pop() {
        let Some(st) = body.stmts.get(s) else {
            continue;
        };
        match st.kind {
            StmtKind::Label(l) => {
                seen.insert(l);
            }
            StmtKind::Goto(l) if seen.contains(&l) => {
                looping.insert(l);
            }
            _ => {}
        }
        // Pre-order, first child first.
        stack.extend(st.kind.sub_stmts().into_iter().rev());
    }
    looping
}
