//! Lowering statements: declarations and assignments become [`StmtKind::Decl`] and the
//! assignment forms, `if`/`for` lose their init statements to an enclosing block, `x++`
//! is `x += 1`, a `return` of a multi-valued call assigns the results first, a switch
//! keeps its clauses, and labels become [`LabelId`]s: a [`StmtKind::Label`] where they
//! are defined, and on the loop or switch they label.

use golift_syntax::ast::{self, AssignOp, BinaryOp, BranchKind, LocalDecl, StmtKind as S};

use super::lower::LowerCx;
use super::{ExprId, ExprKind, Label, Pos, StmtId, StmtKind};
use crate::ConstValue;

impl<'db> LowerCx<'_, 'db> {
    /// Lowers syntax statement `s`.
    pub(super) fn stmt(&mut self, s: ast::StmtId) -> StmtId {
        let out = self.stmts(s);
        match <[StmtId; 1]>::try_from(out) {
            Ok([one]) => one,
            Err(many) => {
                let pos = self.pos(self.decl.stmts[s].span.start);
                self.alloc_stmt(StmtKind::Block(many), pos)
            }
        }
    }

    /// Lowers syntax statement `s` into zero or more statements, recording where they
    /// came from.
    fn stmts(&mut self, s: ast::StmtId) -> Vec<StmtId> {
        let out = self.stmts_inner(s);
        for &id in &out {
            let from = super::StmtSyntax {
                decl: self.decl_idx,
                stmt: s,
                spec: None,
                name: None,
            };
            self.map.stmt_syntax.entry(id).or_insert(from);
        }
        out
    }

    fn stmts_inner(&mut self, s: ast::StmtId) -> Vec<StmtId> {
        let decl = self.decl;
        let stmt = &decl.stmts[s];
        let pos = self.pos(stmt.span.start);
        let label = self.pending_label.take();
        match &stmt.kind {
            S::Bad | S::Empty => Vec::new(),
            S::Block { stmts, .. } => {
                let live = self.live_stmts(stmts);
                let inner = live.iter().map(|&x| self.stmt(x)).collect();
                vec![self.alloc_stmt(StmtKind::Block(inner), pos)]
            }
            S::Expr(e) => {
                let x = self.expr(*e);
                vec![self.alloc_stmt(StmtKind::Expr(x), pos)]
            }
            S::IncDec { x, inc } => {
                let lhs = self.expr(*x);
                let ty = self.body.exprs[lhs].ty.clone();
                let one = self.one(&ty, pos);
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                vec![self.alloc_stmt(StmtKind::OpAssign { op, lhs, rhs: one }, pos)]
            }
            S::Assign {
                lhs,
                op,
                rhs,
                op_pos,
            } => {
                let out = self.assign(lhs, *op, rhs, pos);
                for &s in &out {
                    // gc reports an assignment at its operator (not the declarations of
                    // the names it defines).
                    if !matches!(self.body.stmts[s].kind, StmtKind::Decl { init: None, .. }) {
                        self.stmt_gc_pos(s, *op_pos);
                    }
                }
                out
            }
            S::Decl(decls) => {
                let mut out = Vec::new();
                for (i, d) in decls.iter().enumerate() {
                    if let LocalDecl::Var(spec) = d {
                        let per_name =
                            spec.names.len() > 1 && spec.values.len() == spec.names.len();
                        for (n, id) in self.var_spec(s, i as u32, spec).into_iter().enumerate() {
                            let from = super::StmtSyntax {
                                decl: self.decl_idx,
                                stmt: s,
                                spec: Some(i as u32),
                                name: per_name.then_some(n as u32),
                            };
                            self.map.stmt_syntax.insert(id, from);
                            out.push(id);
                        }
                    }
                }
                out
            }
            S::Return(exprs) => self.ret(exprs, pos),
            S::If {
                init,
                cond,
                then,
                els,
            } => {
                let mut out: Vec<StmtId> = init.iter().map(|&i| self.stmt(i)).collect();
                // gc's deadcode pass empties the branch a constant condition never takes.
                let known = self.const_cond(*cond);
                let cond = self.expr(*cond);
                let then = match known {
                    Some(false) => {
                        let p = self.pos(self.decl.stmts[*then].span.start);
                        self.alloc_stmt(StmtKind::Block(Vec::new()), p)
                    }
                    _ => self.stmt(*then),
                };
                let els = match known {
                    Some(true) => None,
                    _ => els.map(|e| self.stmt(e)),
                };
                out.push(self.alloc_stmt(StmtKind::If { cond, then, els }, pos));
                out
            }
            S::For {
                init,
                cond,
                post,
                body,
            } => {
                let mut out: Vec<StmtId> = init.iter().map(|&i| self.stmt(i)).collect();
                let cond = cond.map(|c| self.expr(c));
                let post = post.map(|p| self.stmt(p));
                let body = self.stmt(*body);
                let kind = StmtKind::For {
                    label,
                    cond,
                    post,
                    body,
                };
                out.push(self.alloc_stmt(kind, pos));
                out
            }
            S::Range {
                key,
                value,
                define,
                x,
                body,
                range_pos,
                ..
            } => {
                let xv = self.range_operand(*x);
                let key = key.and_then(|k| self.range_var(k));
                let value = value.and_then(|v| self.range_var(v));
                let body = self.stmt(*body);
                let kind = StmtKind::Range {
                    label,
                    key,
                    value,
                    define: *define,
                    x: xv,
                    body,
                };
                let id = self.alloc_stmt(kind, pos);
                // gc reports a range loop at its `range` keyword.
                self.stmt_gc_pos(id, *range_pos);
                vec![id]
            }
            S::Branch { kind, label: l } => {
                let target = l.as_ref().map(|n| self.label_id(&n.text));
                let kind = match (kind, target) {
                    (BranchKind::Break, t) => StmtKind::Break(t),
                    (BranchKind::Continue, t) => StmtKind::Continue(t),
                    (BranchKind::Goto, Some(t)) => StmtKind::Goto(t),
                    // The parser accepts no `goto` without a label, and `fallthrough`
                    // only as the last statement of a clause, which the switch lowers.
                    (BranchKind::Goto, None) | (BranchKind::Fallthrough, _) => {
                        return self.stmt_not_yet(
                            stmt.span.start,
                            "internal compiler error: a misplaced branch statement",
                        );
                    }
                };
                vec![self.alloc_stmt(kind, pos)]
            }
            S::Labeled {
                label: l,
                stmt: inner,
            } => {
                let id = self.label_id(&l.text);
                self.body.labels[id].pos = self.pos(l.span.start);
                let mut out = Vec::new();
                // gc keeps no label statement for `_`.
                if l.text != "_" {
                    out.push(self.alloc_stmt(StmtKind::Label(id), pos));
                }
                self.pending_label = Some(id);
                out.extend(self.stmts(*inner));
                self.pending_label = None;
                out
            }
            S::Go(e) => self.go_defer_stmt(*e, pos, true),
            S::Defer(e) => self.go_defer_stmt(*e, pos, false),
            S::Send { ch, value, arrow } => vec![self.send_stmt(*ch, *value, *arrow, pos)],
            S::Switch { init, tag, clauses } => self.switch_stmt(*init, *tag, clauses, label, pos),
            S::TypeSwitch {
                init, x, clauses, ..
            } => self.type_switch_stmt(s, *init, *x, clauses, label, pos),
            S::Select { clauses } => vec![self.select_stmt(clauses, label, pos)],
        }
    }

    fn stmt_not_yet(&mut self, rel: u32, what: &str) -> Vec<StmtId> {
        self.unsupported(rel, what);
        Vec::new()
    }

    /// The id of the function's label `name`, made on first mention (a `goto` may come
    /// before the label; its position is set where it is defined).
    pub(super) fn label_id(&mut self, name: &str) -> super::LabelId {
        if let Some(&id) = self.labels.get(name) {
            return id;
        }
        let id = self.body.labels.alloc(Label {
            name: name.to_string(),
            pos: 0,
        });
        self.labels.insert(name.to_string(), id);
        id
    }

    /// `switch [init;] [tag] { clauses }`: the init statement first (in the enclosing
    /// block), then the switch; a clause's final `fallthrough` becomes its flag.
    fn switch_stmt(
        &mut self,
        init: Option<ast::StmtId>,
        tag: Option<ast::ExprId>,
        clauses: &[ast::CaseClause],
        label: Option<super::LabelId>,
        pos: Pos,
    ) -> Vec<StmtId> {
        let mut out: Vec<StmtId> = init.iter().map(|&i| self.stmt(i)).collect();
        let tag = tag.map(|t| self.expr(t));
        let mut lowered = Vec::new();
        for c in clauses {
            let values = c.exprs.iter().flatten().map(|&v| self.expr(v)).collect();
            let mut list = c.body.as_slice();
            let mut fallthrough = false;
            if let Some((&last, rest)) = list.split_last() {
                if matches!(
                    self.decl.stmts[last].kind,
                    S::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                ) {
                    fallthrough = true;
                    list = rest;
                }
            }
            let cpos = self.pos(c.span.start);
            let stmts = self
                .live_stmts(list)
                .iter()
                .map(|&s| self.stmt(s))
                .collect();
            let body = self.alloc_stmt(StmtKind::Block(stmts), cpos);
            lowered.push(super::SwitchClause {
                values,
                is_default: c.exprs.is_none(),
                body,
                fallthrough,
                pos: cpos,
            });
        }
        let kind = StmtKind::Switch {
            label,
            tag,
            clauses: lowered,
        };
        out.push(self.alloc_stmt(kind, pos));
        out
    }

    /// `switch [init;] [v :=] x.(type) { clauses }`: the init statement first (in the
    /// enclosing block), then the switch with the checker's cases and clause variables.
    fn type_switch_stmt(
        &mut self,
        s: ast::StmtId,
        init: Option<ast::StmtId>,
        x: ast::ExprId,
        clauses: &[ast::CaseClause],
        label: Option<super::LabelId>,
        pos: Pos,
    ) -> Vec<StmtId> {
        let mut out: Vec<StmtId> = init.iter().map(|&i| self.stmt(i)).collect();
        let Some(infos) = self.inf.type_switches.get(&s) else {
            let rel = self.decl.stmts[s].span.start;
            return self.stmt_not_yet(rel, "internal compiler error: an unchecked type switch");
        };
        let xv = self.expr(x);
        let mut lowered = Vec::new();
        for (c, info) in clauses.iter().zip(infos) {
            let cases = info
                .cases
                .iter()
                .map(|t| match t {
                    Some(t) => super::TypeCase::Type(t.clone()),
                    None => super::TypeCase::Nil,
                })
                .collect();
            let var = info.var.map(|l| self.local(l));
            let cpos = self.pos(c.span.start);
            let stmts = self
                .live_stmts(&c.body)
                .iter()
                .map(|&s| self.stmt(s))
                .collect();
            let body = self.alloc_stmt(StmtKind::Block(stmts), cpos);
            lowered.push(super::TypeSwitchClause {
                cases,
                is_default: c.exprs.is_none(),
                var,
                body,
                pos: cpos,
            });
        }
        let kind = StmtKind::TypeSwitch {
            label,
            x: xv,
            clauses: lowered,
        };
        out.push(self.alloc_stmt(kind, pos));
        out
    }

    /// The constant 1 of a numeric type (for `++`/`--`).
    fn one(&mut self, ty: &crate::Ty, pos: Pos) -> ExprId {
        let is_float = matches!(
            crate::underlying(self.db, ty).as_basic(),
            Some(crate::BasicKind::Float32 | crate::BasicKind::Float64)
        );
        let c = if is_float {
            ConstValue::Float(crate::ConstFloat::from_f64(1.0))
        } else {
            ConstValue::int(1)
        };
        self.body.exprs.alloc(super::Expr {
            kind: ExprKind::Const(c),
            ty: ty.clone(),
            pos,
        })
    }

    /// The range operand: arrays are ranged over by value (a copy when the value is
    /// used), pointers to arrays and slices and strings as they are.
    fn range_operand(&mut self, x: ast::ExprId) -> ExprId {
        self.expr(x)
    }

    /// A range key or value: a new local (`:=`), a place, or nothing for `_`.
    fn range_var(&mut self, e: ast::ExprId) -> Option<ExprId> {
        if self.is_blank(e) {
            return None;
        }
        let start = self.decl.exprs[e].span.start;
        if let Some(l) = self.defined_by(e) {
            let ty = self.body.locals[l].ty.clone();
            return Some(self.alloc_expr(ExprKind::Local(l), ty, self.pos(start), e));
        }
        Some(self.expr(e))
    }

    fn is_blank(&self, e: ast::ExprId) -> bool {
        matches!(&self.decl.exprs[e].kind, ast::ExprKind::Name(n) if n == "_")
    }

    /// The left operand of an assignment: a place, or `None` for `_`. `declared`
    /// collects locals that `:=` declares here.
    pub(super) fn assign_target(
        &mut self,
        e: ast::ExprId,
        define: bool,
        declared: &mut Vec<StmtId>,
    ) -> Option<ExprId> {
        if self.is_blank(e) {
            return None;
        }
        let start = self.decl.exprs[e].span.start;
        if define {
            if let Some(l) = self.defined_by(e) {
                let pos = self.pos(start);
                declared.push(self.alloc_stmt(
                    StmtKind::Decl {
                        local: l,
                        init: None,
                    },
                    pos,
                ));
                let ty = self.body.locals[l].ty.clone();
                return Some(self.alloc_expr(ExprKind::Local(l), ty, pos, e));
            }
        }
        Some(self.expr(e))
    }

    fn assign(
        &mut self,
        lhs: &[ast::ExprId],
        op: AssignOp,
        rhs: &[ast::ExprId],
        pos: Pos,
    ) -> Vec<StmtId> {
        if let AssignOp::Op(bop) = op {
            let (Some(&l), Some(&r)) = (lhs.first(), rhs.first()) else {
                return Vec::new();
            };
            let lhs = self.expr(l);
            let rhs = self.expr(r);
            return vec![self.alloc_stmt(StmtKind::OpAssign { op: bop, lhs, rhs }, pos)];
        }
        let define = op == AssignOp::Define;
        // `x := e` with a new `x` is a declaration with an initialiser.
        if let ([l], [r], true) = (lhs, rhs, define) {
            let start = self.decl.exprs[*l].span.start;
            if let Some(local) = self.defined_by(*l) {
                let init = self.expr(*r);
                let kind = StmtKind::Decl {
                    local,
                    init: Some(init),
                };
                let s = self.alloc_stmt(kind, self.pos(start));
                self.defs.insert(local, (s, init));
                return vec![s];
            }
        }
        let mut out = Vec::new();
        let targets: Vec<Option<ExprId>> = lhs
            .iter()
            .map(|&l| self.assign_target(l, define, &mut out))
            .collect();
        let defined: Vec<Option<crate::LocalId>> = lhs
            .iter()
            .map(|&l| {
                if define {
                    self.inf.defined_by.get(&l).map(|&x| self.local(x))
                } else {
                    None
                }
            })
            .collect();
        let assigned = self.assign_values(targets, rhs, pos);
        // `x, y := e1, e2` and `x, y := f()` define their new names (gc's `Defn`).
        for &s in &assigned {
            for l in defined.iter().flatten() {
                self.body.defined_at.insert(*l, s);
            }
        }
        for &s in &assigned {
            if let StmtKind::AssignParallel { rhs, .. } = &self.body.stmts[s].kind {
                for (l, &v) in defined.iter().zip(rhs.clone().iter()) {
                    if let Some(l) = l {
                        self.defs.insert(*l, (s, v));
                    }
                }
            }
        }
        out.extend(assigned);
        out
    }

    /// Assigns `values` to `targets` (places, `None` for `_`): one value each, or the
    /// results of one multi-valued call.
    pub(super) fn assign_values(
        &mut self,
        targets: Vec<Option<ExprId>>,
        values: &[ast::ExprId],
        pos: Pos,
    ) -> Vec<StmtId> {
        if values.is_empty() {
            return Vec::new();
        }
        if targets.len() != values.len() {
            let Some(&v) = values.first() else {
                return Vec::new();
            };
            if self.inf.comma_ok.contains(&v) {
                return vec![self.assign_comma_ok(targets, v, pos)];
            }
            return vec![self.assign_call(targets, v, pos)];
        }
        let rhs: Vec<ExprId> = values.iter().map(|&v| self.expr(v)).collect();
        if let ([lhs], [rhs]) = (&targets[..], &rhs[..]) {
            let kind = StmtKind::Assign {
                lhs: *lhs,
                rhs: *rhs,
            };
            return vec![self.alloc_stmt(kind, pos)];
        }
        vec![self.alloc_stmt(StmtKind::AssignParallel { lhs: targets, rhs }, pos)]
    }

    /// Spec `index` of `var` declaration statement `stmt`.
    fn var_spec(&mut self, stmt: ast::StmtId, index: u32, spec: &ast::ValueSpec) -> Vec<StmtId> {
        let pos = self.pos(spec.span.start);
        let locals: Vec<Option<crate::LocalId>> = (0..spec.names.len() as u32)
            .map(|n| {
                let l = *self.inf.var_locals.get(&(stmt, index, n))?;
                Some(self.local(l))
            })
            .collect();
        let mut out = Vec::new();
        if spec.values.len() == locals.len() {
            for (l, &v) in locals.iter().zip(&spec.values) {
                let init = self.expr(v);
                // gc's assignment of each name is where the spec starts.
                let p = pos;
                match l {
                    Some(local) => {
                        let kind = StmtKind::Decl {
                            local: *local,
                            init: Some(init),
                        };
                        let s = self.alloc_stmt(kind, p);
                        self.defs.insert(*local, (s, init));
                        out.push(s);
                    }
                    None => out.push(self.alloc_stmt(
                        StmtKind::Assign {
                            lhs: None,
                            rhs: init,
                        },
                        p,
                    )),
                }
            }
            return out;
        }
        let mut targets = Vec::new();
        for (l, n) in locals.iter().zip(&spec.names) {
            match l {
                Some(local) => {
                    let p = self.pos(n.span.start);
                    out.push(self.alloc_stmt(
                        StmtKind::Decl {
                            local: *local,
                            init: None,
                        },
                        p,
                    ));
                    let ty = self.body.locals[*local].ty.clone();
                    let e = self.body.exprs.alloc(super::Expr {
                        kind: ExprKind::Local(*local),
                        ty,
                        pos: p,
                    });
                    targets.push(Some(e));
                }
                None => targets.push(None),
            }
        }
        let assigned = self.assign_values(targets, &spec.values, pos);
        for &s in &assigned {
            for l in locals.iter().flatten() {
                self.body.defined_at.insert(*l, s);
            }
        }
        out.extend(assigned);
        out
    }

    /// `v, ok = x.(T)`, `v, ok = <-c` or `v, ok = m[k]`: the assertion, receive or map
    /// read with its second result.
    pub(super) fn assign_comma_ok(
        &mut self,
        targets: Vec<Option<ExprId>>,
        v: ast::ExprId,
        pos: Pos,
    ) -> StmtId {
        let value = self.expr_raw(v);
        let ty = self.body.exprs[value].ty.clone();
        let bool_ty = crate::Ty::basic(crate::BasicKind::Bool);
        // An interface destination takes the value (or `ok`) converted as gc's order
        // converts it, after escape analysis: codegen's, with no allocation site.
        let node = &mut self.body.exprs[value];
        match &mut node.kind {
            ExprKind::TypeAssert { comma_ok, .. }
            | ExprKind::Recv { comma_ok, .. }
            | ExprKind::MapIndex { comma_ok, .. } => *comma_ok = true,
            _ => {
                let rel = self.decl.exprs[v].span.start;
                self.unsupported(
                    rel,
                    "internal compiler error: a comma-ok value that is not one",
                );
            }
        }
        self.body.exprs[value].ty = crate::Ty::new(crate::TyKind::Tuple(vec![ty, bool_ty]));
        self.alloc_stmt(
            StmtKind::AssignCommaOk {
                lhs: targets,
                value,
            },
            pos,
        )
    }

    /// `targets = call` for a call with several results: each result whose destination
    /// is an interface (and the result is not) is converted, with its own site.
    fn assign_call(&mut self, targets: Vec<Option<ExprId>>, v: ast::ExprId, pos: Pos) -> StmtId {
        let call = self.expr_raw(v);
        let results = match self.body.exprs[call].ty.kind() {
            crate::TyKind::Tuple(ts) => ts.clone(),
            _ => Vec::new(),
        };
        let call_pos = self.body.exprs[call].pos;
        let convs = targets
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let to = self.body.exprs[(*t)?].ty.clone();
                let from = results.get(i)?.clone();
                let needed = super::lower_expr::is_interface(self.db, &to)
                    && !super::lower_expr::is_interface(self.db, &from);
                needed.then(|| {
                    let site = (!crate::layout_of(self.db, &from).direct_iface)
                        .then(|| self.site(super::AllocKind::ConvIface, from, call_pos));
                    super::ResultConv { iface: to, site }
                })
            })
            .collect();
        self.alloc_stmt(
            StmtKind::AssignCall {
                lhs: targets,
                call,
                convs,
            },
            pos,
        )
    }

    fn ret(&mut self, exprs: &[ast::ExprId], pos: Pos) -> Vec<StmtId> {
        let results = self.results.clone();
        if let ([e], true) = (exprs, results.len() > 1) {
            let targets = results
                .iter()
                .map(|&l| {
                    let ty = self.body.locals[l].ty.clone();
                    Some(self.body.exprs.alloc(super::Expr {
                        kind: ExprKind::Local(l),
                        ty,
                        pos,
                    }))
                })
                .collect();
            let assign = self.assign_call(targets, *e, pos);
            let ret = self.alloc_stmt(StmtKind::Return(Vec::new()), pos);
            return vec![assign, ret];
        }
        let vals = exprs.iter().map(|&e| self.expr(e)).collect();
        vec![self.alloc_stmt(StmtKind::Return(vals), pos)]
    }
}
