//! Statements and function bodies: declarations, assignments (`=`, `:=`, `op=`,
//! `++`/`--`), if/for/range, break/continue with labels, return, the terminating-statement
//! analysis behind `missing return`, and unused-variable reporting. After types2's
//! stmt.go, assignments.go, labels.go and return.go.
//!
//! This file has the statement dispatch, loops and `range`, branches and expression
//! statements; declarations, assignments and the terminating-statement analysis have
//! modules of their own.

mod assign;
mod chan;
mod decl;
mod go_defer;
mod switch;
mod terminating;
mod type_switch;

use golift_syntax::ast::{self, AssignOp, ExprId, ExprKind, LocalDecl, StmtId, StmtKind};

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::{BasicKind, Builtin, CallKind, LocalKind, Signature, Ty, TyKind};

impl Checker<'_> {
    /// Checks a whole function body: parameters, statements, missing return, unused
    /// variables and labels.
    pub(crate) fn func_body(&mut self, sig: &Signature, fdecl: &ast::FuncDecl) {
        self.scopes.push();
        // The receiver: the first parameter.
        if let (Some(field), Some((_, ty))) = (&fdecl.recv, &sig.recv) {
            match field.names.first() {
                Some(n) => {
                    let id = self.new_local(&n.text, ty.clone(), n.span, LocalKind::Param);
                    self.used.insert(id);
                    self.res.params.push(id);
                    self.declare_local(id, n);
                }
                None => {
                    let span = self.field_type_span(field);
                    let id = self.new_local("", ty.clone(), span, LocalKind::Param);
                    self.used.insert(id);
                    self.res.params.push(id);
                }
            }
        }
        let (params, results) = self.declare_signature(sig, &fdecl.sig);
        self.res.params.extend(params);
        self.res.results.extend(results);
        self.result_tys = sig.results.iter().map(|(_, t)| t.clone()).collect();
        let Some(body) = fdecl.body else {
            self.scopes.pop();
            return;
        };
        let (stmts, rbrace) = match self.stmt_kind(body) {
            Some(StmtKind::Block { stmts, rbrace }) => (stmts.clone(), *rbrace),
            _ => (Vec::new(), 0),
        };
        self.stmt_list(&stmts);
        if !self.result_tys.is_empty() && !self.is_terminating_list(&stmts, None) {
            self.error(rbrace, "missing return");
        }
        self.scopes.pop();
        self.report_unused();
        self.finish_untyped();
    }

    /// Declares the parameters and results of `sig` (declared as `ft`) in the current
    /// scope; returns their locals. Named results set [`Checker::named_results`].
    pub(crate) fn declare_signature(
        &mut self,
        sig: &Signature,
        ft: &ast::FuncType,
    ) -> (Vec<crate::LocalId>, Vec<crate::LocalId>) {
        let mut params = Vec::new();
        let mut results = Vec::new();
        // Parameters.
        let mut pi = 0;
        for f in &ft.params {
            let Some((_, ty)) = sig.params.get(pi) else {
                break;
            };
            let ty = ty.clone();
            if f.names.is_empty() {
                let id = self.new_local("", ty, self.field_type_span(f), LocalKind::Param);
                self.used.insert(id);
                params.push(id);
                pi += 1;
            } else {
                for n in &f.names {
                    let ty = sig
                        .params
                        .get(pi)
                        .map(|p| p.1.clone())
                        .unwrap_or_else(|| ty.clone());
                    let id = self.new_local(&n.text, ty, n.span, LocalKind::Param);
                    self.used.insert(id);
                    params.push(id);
                    self.declare_local(id, n);
                    pi += 1;
                }
            }
        }
        let mut ri = 0;
        for f in &ft.results {
            if f.names.is_empty() {
                let Some((name, ty)) = sig.results.get(ri).cloned() else {
                    break;
                };
                let id = self.new_local(&name, ty, self.field_type_span(f), LocalKind::Result);
                self.used.insert(id);
                results.push(id);
                ri += 1;
            } else {
                self.named_results = true;
                for n in &f.names {
                    let Some((_, ty)) = sig.results.get(ri).cloned() else {
                        break;
                    };
                    let id = self.new_local(&n.text, ty, n.span, LocalKind::Result);
                    self.used.insert(id);
                    results.push(id);
                    self.declare_local(id, n);
                    ri += 1;
                }
            }
        }
        (params, results)
    }

    fn field_type_span(&self, f: &ast::Field) -> ast::Span {
        crate::checker::expr_at(self.decl, f.typ)
            .map(|e| e.span)
            .unwrap_or(f.span)
    }

    /// `x declared but not used`, sorted by position, at the end of the body.
    pub(crate) fn report_unused(&mut self) {
        let mut unused: Vec<(u32, String)> = self
            .res
            .locals
            .iter()
            .filter(|(id, l)| l.kind == LocalKind::Var && l.name != "_" && !self.used.contains(id))
            .map(|(_, l)| (l.span.start, format!("{} declared but not used", l.name)))
            .collect();
        unused.sort();
        for (pos, msg) in unused {
            self.res.diagnostics.push(crate::CheckError::new(pos, msg));
        }
    }

    pub(crate) fn stmt_kind(&self, s: StmtId) -> Option<&StmtKind> {
        crate::checker::stmt_at(self.decl, s).map(|s| &s.kind)
    }

    pub(crate) fn spos(&self, s: StmtId) -> u32 {
        crate::checker::stmt_at(self.decl, s)
            .map(|s| s.span.start)
            .unwrap_or(0)
    }

    pub(crate) fn stmt_list(&mut self, stmts: &[StmtId]) {
        for &s in stmts {
            self.stmt(s);
        }
    }

    pub(crate) fn stmt(&mut self, s: StmtId) {
        let decl = self.decl;
        let Some(stmt) = crate::checker::stmt_at(decl, s) else {
            return;
        };
        let pos = stmt.span.start;
        match &stmt.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(decls) => {
                for (i, d) in decls.iter().enumerate() {
                    match d {
                        LocalDecl::Var(spec) => {
                            self.var_decl = Some((s, i as u32));
                            self.var_spec(spec, true);
                            self.var_decl = None;
                        }
                        LocalDecl::Const(spec) => self.const_spec(spec),
                        LocalDecl::Type(t) => self.local_type(t),
                    }
                }
            }
            StmtKind::Labeled { stmt: inner, .. } => self.stmt(*inner),
            StmtKind::Expr(e) => self.expr_stmt(*e),
            StmtKind::Send { ch, value, .. } => self.send_stmt(s, *ch, *value),
            StmtKind::IncDec { x, inc } => {
                let xo = self.expr(*x);
                if xo.is_invalid() {
                    return;
                }
                if !self.is_numeric(&xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let msg = format!(
                        "invalid operation: {}{op} (non-numeric type {})",
                        self.estr(*x),
                        type_string(&xo.ty)
                    );
                    let p = self.pos(*x);
                    self.error(p, msg);
                    return;
                }
                self.assign_var(*x, xo);
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_pos,
            } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(*op_pos, lhs, rhs),
                AssignOp::Op(bop) => {
                    let (&[l], &[r]) = (lhs.as_slice(), rhs.as_slice()) else {
                        self.error(
                            pos,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    };
                    // gc's noder translates the value before the variable: a literal
                    // being checked captures what the value names first.
                    self.capture_operands_first(r);
                    let x = self.expr(l);
                    let y = self.expr(r);
                    let text = format!("{} {}= {}", self.estr(l), bop.as_str(), self.estr(r));
                    // The binary result is attributed to the lhs expression.
                    let mut z = self.binary_operands(l, *bop, x.clone(), y, *op_pos, Some(text));
                    if !z.is_invalid() {
                        // Keep the lhs's own record (it is a variable of its type).
                        let mode = if x.mode == Mode::MapIndex {
                            Mode::MapIndex
                        } else {
                            Mode::Variable
                        };
                        self.record(&Operand {
                            mode,
                            ty: x.ty.clone(),
                            expr: l,
                        });
                        self.res.consts.remove(&l);
                        z.expr = r;
                    }
                    self.assign_var(l, z);
                }
            },
            StmtKind::Go(e) => self.suspended_call("go", *e),
            StmtKind::Defer(e) => self.suspended_call("defer", *e),
            StmtKind::Return(results) => self.return_stmt(pos, results),
            // break, continue, goto and fallthrough are checked by the parser (misplaced
            // ones, undefined or invalid labels, gotos into blocks or over declarations),
            // as gc's syntax package does.
            StmtKind::Branch { .. } => {}
            StmtKind::Block { stmts, .. } => {
                self.scopes.push();
                self.stmt_list(stmts);
                self.scopes.pop();
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.scopes.push();
                if let Some(i) = init {
                    self.stmt(*i);
                }
                let x = self.expr(*cond);
                if !x.is_invalid() && !self.is_boolean(&x.ty) {
                    let p = self.pos(*cond);
                    self.error(p, "non-boolean condition in if statement");
                }
                self.stmt(*then);
                if let Some(e) = els {
                    self.stmt(*e);
                }
                self.scopes.pop();
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.scopes.push();
                self.switch_stmt(*init, *tag, clauses);
                self.scopes.pop();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                self.scopes.push();
                self.type_switch_stmt(s, *init, bind.as_ref(), *x, clauses);
                self.scopes.pop();
            }
            StmtKind::Select { clauses } => self.select_stmt(clauses),
            StmtKind::For { .. } | StmtKind::Range { .. } => self.loop_stmt(s),
        }
    }

    fn loop_stmt(&mut self, s: StmtId) {
        let decl = self.decl;
        let Some(stmt) = crate::checker::stmt_at(decl, s) else {
            return;
        };
        self.scopes.push();
        match &stmt.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(*i);
                }
                if let Some(c) = cond {
                    let x = self.expr(*c);
                    if !x.is_invalid() && !self.is_boolean(&x.ty) {
                        let p = self.pos(*c);
                        self.error(p, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let Some(StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    }) = self.stmt_kind(*p)
                    {
                        let pp = self.spos(*p);
                        self.error(pp, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(*p);
                    }
                }
                self.stmt(*body);
            }
            StmtKind::Range {
                key,
                value,
                extra,
                define,
                x,
                body,
                ..
            } => {
                self.range_clause([*key, *value, *extra], *define, *x);
                self.stmt(*body);
            }
            _ => self.stmt(s),
        }
        self.scopes.pop();
    }

    /// `for key, value[, extra] = range xe` (`:=` with `define`).
    fn range_clause(&mut self, vars: [Option<ExprId>; 3], define: bool, xe: ExprId) {
        let [key, value, extra] = vars;
        let mut x = self.expr(xe);
        let mut types: Option<(Ty, Option<Ty>)> = None;
        if !x.is_invalid() {
            let u = self.under(&x.ty);
            let int = Ty::basic(BasicKind::Int);
            types = match u.kind() {
                TyKind::Basic(b) if matches!(b, BasicKind::String | BasicKind::UntypedString) => {
                    if b.is_untyped() {
                        let st = Ty::basic(BasicKind::String);
                        self.convert_untyped(&mut x, &st);
                    }
                    Some((int, Some(Ty::rune())))
                }
                TyKind::Array(_, elem) | TyKind::Slice(elem) => Some((int, Some(elem.clone()))),
                TyKind::Pointer(base) => match self.under(base).kind() {
                    TyKind::Array(_, elem) => Some((int, Some(elem.clone()))),
                    _ => None,
                },
                TyKind::Map(k, v) => Some((k.clone(), Some(v.clone()))),
                TyKind::Chan(dir, elem) => {
                    let (dir, elem) = (*dir, elem.clone());
                    // A channel permits one variable: no error about a third.
                    if let Some(v) = value {
                        let msg = format!(
                            "range over {} permits only one iteration variable",
                            self.ostr(&x)
                        );
                        let p = self.pos(v);
                        self.error(p, msg);
                    }
                    if dir == ast::ChanDir::Send {
                        let msg = format!(
                            "cannot range over {} (receive from send-only channel)",
                            self.ostr(&x)
                        );
                        let p = self.pos(xe);
                        self.error(p, msg);
                    }
                    Some((elem, None))
                }
                _ => None,
            };
            if let (Some(e), false) = (extra, matches!(u.kind(), TyKind::Chan(..))) {
                let p = self.pos(e);
                self.error(p, "range clause permits at most two iteration variables");
            }
            if types.is_none() {
                let msg = format!("cannot range over {}", self.ostr(&x));
                let p = self.pos(xe);
                self.error(p, msg);
            }
        }
        let lhs = [key, value];
        let rtys = match &types {
            Some((k, v)) => [Some(k.clone()), v.clone()],
            None => [None, None],
        };
        if define {
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ty = rtys[i].clone().unwrap_or_else(Ty::invalid);
                match self.expr_kind(*l) {
                    Some(ExprKind::Name(n)) => {
                        let span = crate::checker::expr_at(self.decl, *l)
                            .map(|e| e.span)
                            .unwrap_or_default();
                        let id = self.new_local(n, ty.clone(), span, LocalKind::Var);
                        if ty.is_invalid() {
                            self.used.insert(id);
                        }
                        self.res.expr_types.insert(*l, ty);
                        self.res.resolutions.insert(*l, crate::Res::Local(id));
                        self.res.defined_by.insert(*l, id);
                        vars.push((
                            id,
                            ast::Name {
                                text: n.clone(),
                                span,
                            },
                        ));
                    }
                    _ => {
                        let msg = format!("non-name {} on left side of :=", self.estr(*l));
                        let p = self.pos(*l);
                        self.error(p, msg);
                    }
                }
            }
            for (id, n) in vars {
                self.declare_local(id, &n);
            }
        } else {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                if let Some(t) = &rtys[i] {
                    let op = Operand {
                        mode: Mode::Value,
                        ty: t.clone(),
                        expr: xe,
                    };
                    self.assign_var(*l, op);
                } else {
                    self.expr(*l);
                }
            }
        }
    }

    fn expr_stmt(&mut self, e: ExprId) {
        let x = self.raw_expr(e, None);
        let inner = self.unparen(e);
        // A receive may be a statement (types2's `rawExpr` returns `statement` for it).
        let is_receive = matches!(
            self.expr_kind(inner),
            Some(ExprKind::Unary {
                op: ast::UnaryOp::Recv,
                ..
            })
        );
        let is_statement = is_receive
            || matches!(self.expr_kind(inner), Some(ExprKind::Call { .. }))
                && match self.res.calls.get(&inner) {
                    Some(CallKind::Builtin(b)) => matches!(
                        b,
                        Builtin::Close
                            | Builtin::Copy
                            | Builtin::Delete
                            | Builtin::Panic
                            | Builtin::Print
                            | Builtin::Println
                            | Builtin::Recover
                    ),
                    Some(CallKind::Conversion(_)) => false,
                    Some(_) => true,
                    None => x.is_invalid(),
                };
        let msg = match x.mode {
            Mode::Invalid => return,
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => {
                if is_statement {
                    return;
                }
                "is not used"
            }
        };
        let s = format!("{} {msg}", self.ostr(&x));
        let p = self.pos(e);
        self.error(p, s);
    }
}
