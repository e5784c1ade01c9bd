//! Statements (gc's `stmt.go`) and walking a function body.

use crate::graph::ArenaGet as _;
use golift_hir::TyKind;
use golift_syntax::ast::{
    AssignOp, BranchKind, ExprId, ExprKind, LocalDecl, StmtId, StmtKind, UnaryOp,
};

use crate::build::Batch;
use crate::diag::stmt_pos;
use crate::graph::{Hole, NodeRef};

impl Batch<'_> {
    /// Walks the body of function `fnid` (a declaration or a closure).
    pub(crate) fn walk_func(&mut self, fnid: usize) {
        self.curfn = fnid;
        self.loop_depth = 1;
        self.unit = self.fns[fnid].unit;
        let decl = self.decl();
        let Some(body) = Batch::body_of(decl, self.fns[fnid].lit) else {
            return;
        };
        // Labels that a later goto jumps back to start a loop.
        self.labels.clear();
        let mut seen: Vec<(String, u32)> = Vec::new();
        let mut gotos: Vec<(String, u32)> = Vec::new();
        for (_, s) in decl.stmts.iter() {
            match &s.kind {
                StmtKind::Labeled { label, .. } => seen.push((label.text.clone(), s.span.start)),
                StmtKind::Branch {
                    kind: BranchKind::Goto,
                    label: Some(l),
                } => gotos.push((l.text.clone(), s.span.start)),
                _ => {}
            }
        }
        for (l, pos) in seen {
            let looping = gotos.iter().any(|(g, gp)| *g == l && *gp > pos);
            self.labels.insert(l, looping);
        }
        self.stmt(body);
    }

    fn block(&mut self, s: StmtId) {
        let old = self.loop_depth;
        self.stmt(s);
        self.loop_depth = old;
    }

    fn stmts(&mut self, ss: &[StmtId]) {
        for &s in ss {
            self.stmt(s);
        }
    }

    fn dcl(&mut self, name_pos: u32) {
        if let Some(l) = self.def_local(name_pos) {
            let loc = self.local_loc(l);
            self.locs[loc].loop_depth = self.loop_depth;
        }
    }

    /// gc's position of statement `s`: a range loop at its `range` keyword.
    fn stmt_at(&self, s: StmtId) -> crate::graph::Where {
        let decl = self.decl();
        let pos = match decl.stmts.get(s).map(|x| &x.kind) {
            Some(StmtKind::Range { range_pos, .. }) => *range_pos,
            _ => stmt_pos(decl, s),
        };
        self.at(NodeRef::Stmt(s), pos)
    }

    pub(crate) fn stmt(&mut self, s: StmtId) {
        let decl = self.decl();
        let Some(st) = decl.stmts.get(s) else { return };
        self.base_pos = stmt_pos(decl, s);
        let saved_conv = std::mem::take(&mut self.assign_conv);
        if let StmtKind::Assign {
            lhs,
            rhs,
            op: AssignOp::Assign | AssignOp::Define,
            ..
        } = &st.kind
        {
            // gc's noder translates the right side, then the left, and converts the
            // right-hand values where it stopped: the last node it visited.
            let blank = |e: &ExprId| matches!(decl.exprs.get(*e).map(|x| &x.kind), Some(ExprKind::Name(n)) if n == "_");
            let pos = self
                .last_pos_of(lhs.iter().filter(|e| !blank(e)))
                .or_else(|| self.last_pos_of(rhs.iter()))
                .unwrap_or(self.base_pos);
            self.base_pos = pos;
            self.assign_conv = rhs.iter().map(|&r| (r, pos)).collect();
        }
        self.stmt_kind(s);
        self.assign_conv = saved_conv;
    }

    /// Where gc's noder leaves its position after translating `es` in order.
    pub(crate) fn last_pos_of<'e>(&self, es: impl Iterator<Item = &'e ExprId>) -> Option<u32> {
        es.filter_map(|&e| self.last_noder_pos(e)).last()
    }

    fn stmt_kind(&mut self, s: StmtId) {
        let decl = self.decl();
        let Some(st) = decl.stmts.get(s) else { return };
        match &st.kind {
            StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Block { stmts, .. } => {
                let old = self.loop_depth;
                self.stmts(&stmts.clone());
                self.loop_depth = old;
            }
            StmtKind::Labeled { label, stmt } => {
                if self.labels.get(&label.text).copied().unwrap_or(false) {
                    self.loop_depth += 1;
                }
                self.stmt(*stmt);
            }
            StmtKind::Decl(decls) => {
                for (di, d) in decls.iter().enumerate() {
                    let LocalDecl::Var(spec) = d else { continue };
                    for n in &spec.names {
                        if n.text != "_" {
                            self.dcl(n.span.start);
                        }
                    }
                    if spec.values.is_empty() {
                        continue;
                    }
                    let dsts: Vec<Option<ExprId>> = vec![None; spec.names.len()];
                    // Destinations are the declared locals themselves.
                    let ks: Vec<Hole> = spec
                        .names
                        .iter()
                        .map(|n| match (n.text.as_str(), self.def_local(n.span.start)) {
                            ("_", _) | (_, None) => self.discard_hole(),
                            (_, Some(l)) => Hole::to(self.local_loc(l)),
                        })
                        .collect();
                    let _ = dsts;
                    // gc's `name = value`, at the name, converting where the noder
                    // stopped in the values (at the name when they are constants).
                    let first = spec.names.first().map(|n| n.span.start).unwrap_or(0);
                    let at = self.at(NodeRef::VarSpec(s, di as u32), first);
                    let pos = self.last_pos_of(spec.values.iter()).unwrap_or(first);
                    self.base_pos = pos;
                    self.assign_conv = spec.values.iter().map(|&v| (v, pos)).collect();
                    if spec.values.len() == 1 && spec.names.len() > 1 {
                        self.multi_value(ks, spec.values[0], at);
                    } else {
                        let why = if spec.names.len() > 1 {
                            "assign-pair"
                        } else {
                            "assign"
                        };
                        for (k, &v) in ks.iter().zip(&spec.values) {
                            let k = self.note(*k, at, why);
                            self.expr(k, v);
                        }
                    }
                }
            }
            StmtKind::Expr(e) => {
                let e = *e;
                match decl.exprs.get(e).map(|x| &x.kind) {
                    Some(ExprKind::Call { .. }) => self.call(None, e),
                    _ => self.discard(e),
                }
            }
            StmtKind::Send { ch, value } => {
                let (ch, value) = (*ch, *value);
                self.discard(ch);
                let at = self.stmt_at(s);
                let h = self.heap_hole();
                let h = self.note(h, at, "send");
                self.expr(h, value);
            }
            StmtKind::IncDec { x, .. } => {
                let k = self.addr_of(Some(*x));
                self.mark_reassigned(&[k], &[false]);
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let (lhs, op, rhs) = (lhs.clone(), *op, rhs.clone());
                let at = self.stmt_at(s);
                let defines: Vec<bool> =
                    lhs.iter()
                        .map(|&e| {
                            op == AssignOp::Define
                                && decl.exprs.get(e).is_some_and(|x| {
                                    self.inf().definitions.contains_key(&x.span.start)
                                })
                        })
                        .collect();
                if op == AssignOp::Define {
                    for (i, &e) in lhs.iter().enumerate() {
                        if defines[i] {
                            if let Some(x) = decl.exprs.get(e) {
                                self.dcl(x.span.start);
                            }
                        }
                    }
                }
                let dsts: Vec<Option<ExprId>> = lhs.iter().map(|&e| Some(e)).collect();
                if lhs.len() > 1 && rhs.len() == 1 {
                    let ks: Vec<Hole> = dsts.iter().map(|d| self.addr_of(*d)).collect();
                    match self.mismatched_multi_value(&lhs, &rhs) {
                        Some((inner, tys)) => {
                            let dst_tys: Vec<_> = lhs.iter().map(|&l| self.ty(l)).collect();
                            self.assign_via_temps(&ks, &dst_tys, inner, tys, at)
                        }
                        None => self.multi_value(ks.clone(), rhs[0], at),
                    }
                    self.mark_reassigned(&ks, &defines);
                } else {
                    let why = if lhs.len() > 1 {
                        "assign-pair"
                    } else {
                        "assign"
                    };
                    self.assign_list(&dsts, &rhs, why, at, &defines);
                }
            }
            StmtKind::Go(e) => self.go_defer(*e, false, st.span.start),
            StmtKind::Defer(e) => self.go_defer(*e, true, st.span.start),
            StmtKind::Return(vals) => {
                let vals = vals.clone();
                let at = self.stmt_at(s);
                let results = self.fns[self.curfn].results.clone();
                if vals.len() == 1 && results.len() > 1 {
                    let ks: Vec<Hole> = results.iter().map(|&r| Hole::to(r)).collect();
                    self.multi_value(ks, vals[0], at);
                    return;
                }
                // typecheckaste: names convert where the noder stopped, or at the
                // last other value before them.
                if let Some(p) = self.last_pos_of(vals.iter()) {
                    self.base_pos = p;
                }
                for (i, &v) in vals.iter().enumerate() {
                    let k = match results.get(i) {
                        Some(&r) => Hole::to(r),
                        None => self.discard_hole(),
                    };
                    let k = self.note(k, at, "return");
                    self.expr(k, v);
                    if !matches!(decl.exprs.get(v).map(|x| &x.kind), Some(ExprKind::Name(_))) {
                        self.base_pos = crate::diag::gc_pos(decl, v);
                    }
                }
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let (init, cond, then, els) = (*init, *cond, *then, *els);
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.discard(cond);
                self.block(then);
                if let Some(e) = els {
                    self.block(e);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let (init, cond, post, body) = (*init, *cond, *post, *body);
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.discard(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => {
                let (key, value, define, x, body) = (*key, *value, *define, *x, *body);
                let tmp = self.new_loc(crate::graph::LocNode::Temp, None, false);
                self.expr(Hole::to(tmp), x);
                if define {
                    for e in [key, value].into_iter().flatten() {
                        if let Some(xx) = decl.exprs.get(e) {
                            self.dcl(xx.span.start);
                        }
                    }
                }
                self.loop_depth += 1;
                let xt = self.ty(x).map(|t| golift_hir::underlying(self.db, &t));
                let is_chan = matches!(xt.as_ref().map(|t| t.kind()), Some(TyKind::Chan(..)));
                let kk = self.addr_of(key);
                let kv = if is_chan {
                    self.discard_hole()
                } else {
                    self.addr_of(value)
                };
                let at = self.stmt_at(s);
                let is_arr = matches!(xt.as_ref().map(|t| t.kind()), Some(TyKind::Array(..)));
                // gc's escape runs before walk: a pointer to an array is not an array,
                // its elements are reached through it.
                if is_arr {
                    let k = self.note(kv, at, "range");
                    self.flow(k, tmp);
                } else {
                    let k = self.deref(kv, at, "range-deref");
                    self.flow(k, tmp);
                }
                self.mark_reassigned(&[kk, kv], &[false, false]);
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = *init {
                    self.stmt(i);
                }
                if let Some(t) = *tag {
                    self.discard(t);
                }
                let clauses = clauses.clone();
                for c in clauses {
                    for e in c.exprs.iter().flatten() {
                        self.discard(*e);
                    }
                    let old = self.loop_depth;
                    self.stmts(&c.body);
                    self.loop_depth = old;
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                if let Some(i) = *init {
                    self.stmt(i);
                }
                let x = *x;
                let clauses = clauses.clone();
                let mut ks = Vec::new();
                if let Some(b) = bind {
                    if let Some(l) = self.def_local(b.span.start) {
                        let loc = self.local_loc(l);
                        self.locs[loc].loop_depth = self.loop_depth;
                        ks.push(Hole::to(loc));
                    }
                }
                let k = self.tee(ks);
                self.expr(k, x);
                for c in clauses {
                    let old = self.loop_depth;
                    self.stmts(&c.body);
                    self.loop_depth = old;
                }
            }
            StmtKind::Select { clauses } => {
                let clauses = clauses.clone();
                for c in clauses {
                    if let Some(comm) = c.comm {
                        self.stmt(comm);
                    }
                    let old = self.loop_depth;
                    self.stmts(&c.body);
                    self.loop_depth = old;
                }
            }
        }
    }

    /// `a, b = f()`, `v, ok = m[k]`, `v, ok = x.(T)`, `v, ok = <-c`.
    fn multi_value(&mut self, ks: Vec<Hole>, rhs: ExprId, at: crate::graph::Where) {
        let decl = self.decl();
        let mut r = rhs;
        while let Some(ExprKind::Paren(i)) = decl.exprs.get(r).map(|x| &x.kind) {
            r = *i;
        }
        match decl.exprs.get(r).map(|x| &x.kind) {
            Some(ExprKind::Call { .. }) => self.call(Some(ks), r),
            Some(ExprKind::Unary {
                op: UnaryOp::Recv, ..
            }) => {
                let k = ks.first().copied().unwrap_or_else(|| self.discard_hole());
                let k = self.note(k, at, "assign-pair-receive");
                self.expr(k, r);
            }
            Some(ExprKind::TypeAssert { .. }) => {
                let k = ks.first().copied().unwrap_or_else(|| self.discard_hole());
                let k = self.note(k, at, "assign-pair-dot-type");
                self.expr(k, r);
            }
            _ => {
                let k = ks.first().copied().unwrap_or_else(|| self.discard_hole());
                let k = self.note(k, at, "assign-pair-mapr");
                self.expr(k, r);
            }
        }
    }
}
