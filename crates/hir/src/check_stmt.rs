//! Statements and function bodies: declarations, assignments (`=`, `:=`, `op=`,
//! `++`/`--`), if/for/range, break/continue with labels, return, the terminating-statement
//! analysis behind `missing return`, and unused-variable reporting. After types2's
//! stmt.go, assignments.go, labels.go and return.go.

use golift_syntax::ast::{
    self, AssignOp, BranchKind, ExprId, ExprKind, LocalDecl, StmtId, StmtKind, ValueSpec,
};

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::scope::ScopeObj;
use crate::{BasicKind, Builtin, CallKind, ConstValue, LocalKind, Signature, Ty, TyKind};

impl Checker<'_> {
    /// Checks a whole function body: parameters, statements, missing return, unused
    /// variables and labels.
    pub(crate) fn func_body(&mut self, sig: &Signature, fdecl: &ast::FuncDecl) {
        self.scopes.push();
        // Parameters.
        let mut pi = 0;
        for f in &fdecl.sig.params {
            let Some((_, ty)) = sig.params.get(pi) else {
                break;
            };
            let ty = ty.clone();
            if f.names.is_empty() {
                let id = self.new_local("", ty, self.field_type_span(f), LocalKind::Param);
                self.used.insert(id);
                self.res.params.push(id);
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
                    self.res.params.push(id);
                    self.declare_local(id, n);
                    pi += 1;
                }
            }
        }
        let mut ri = 0;
        for f in &fdecl.sig.results {
            if f.names.is_empty() {
                let Some((name, ty)) = sig.results.get(ri).cloned() else {
                    break;
                };
                let id = self.new_local(&name, ty, self.field_type_span(f), LocalKind::Result);
                self.used.insert(id);
                self.res.results.push(id);
                ri += 1;
            } else {
                self.named_results = true;
                for n in &f.names {
                    let Some((_, ty)) = sig.results.get(ri).cloned() else {
                        break;
                    };
                    let id = self.new_local(&n.text, ty, n.span, LocalKind::Result);
                    self.used.insert(id);
                    self.res.results.push(id);
                    self.declare_local(id, n);
                    ri += 1;
                }
            }
        }
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
            self.res.diagnostics.push((pos, msg));
        }
    }

    pub(crate) fn stmt_kind(&self, s: StmtId) -> Option<&StmtKind> {
        crate::checker::stmt_at(self.decl, s).map(|s| &s.kind)
    }

    fn spos(&self, s: StmtId) -> u32 {
        crate::checker::stmt_at(self.decl, s)
            .map(|s| s.span.start)
            .unwrap_or(0)
    }

    pub(crate) fn stmt_list(&mut self, stmts: &[StmtId]) {
        for &s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: StmtId) {
        let decl = self.decl;
        let Some(stmt) = crate::checker::stmt_at(decl, s) else {
            return;
        };
        let pos = stmt.span.start;
        match &stmt.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(decls) => {
                for d in decls {
                    match d {
                        LocalDecl::Var(spec) => {
                            self.var_spec(spec, true);
                        }
                        LocalDecl::Const(spec) => self.const_spec(spec),
                        LocalDecl::Type(t) => {
                            self.unsupported(t.span.start, "local type declarations");
                            let _ = self.scopes.declare(&t.name.text, ScopeObj::Invalid);
                        }
                    }
                }
            }
            StmtKind::Labeled { label, stmt: inner } => {
                let is_loop = matches!(
                    self.stmt_kind(*inner),
                    Some(StmtKind::For { .. } | StmtKind::Range { .. })
                );
                if !is_loop {
                    self.unsupported(label.span.start, "labels on statements other than loops");
                    self.stmt(*inner);
                    return;
                }
                self.loop_stmt(*inner);
            }
            StmtKind::Expr(e) => self.expr_stmt(*e),
            StmtKind::Send { .. } => self.unsupported_stmt(s, "channels"),
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
                    let x = self.expr(l);
                    let y = self.expr(r);
                    let text = format!("{} {}= {}", self.estr(l), bop.as_str(), self.estr(r));
                    // The binary result is attributed to the lhs expression.
                    let mut z = self.binary_operands(l, *bop, x.clone(), y, *op_pos, Some(text));
                    if !z.is_invalid() {
                        // Keep the lhs's own record (it is a variable of its type).
                        self.record(&Operand {
                            mode: Mode::Variable,
                            ty: x.ty.clone(),
                            expr: l,
                        });
                        self.res.consts.remove(&l);
                        z.expr = r;
                    }
                    self.assign_var(l, z);
                }
            },
            StmtKind::Go(_) => self.unsupported_stmt(s, "go statements"),
            StmtKind::Defer(_) => self.unsupported_stmt(s, "defer statements"),
            StmtKind::Return(results) => self.return_stmt(pos, results),
            StmtKind::Branch { kind, .. } => self.branch(pos, *kind),
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
            StmtKind::Switch { .. } => self.unsupported_stmt(s, "switch statements"),
            StmtKind::TypeSwitch { .. } => self.unsupported_stmt(s, "type switches"),
            StmtKind::Select { .. } => self.unsupported_stmt(s, "select statements"),
            StmtKind::For { .. } | StmtKind::Range { .. } => self.loop_stmt(s),
        }
    }

    /// Reports an unsupported statement; locals used inside it count as used.
    fn unsupported_stmt(&mut self, s: StmtId, what: &str) {
        let span = crate::checker::stmt_at(self.decl, s)
            .map(|x| x.span)
            .unwrap_or_default();
        self.unsupported(span.start, what);
        self.mark_used_in(span);
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
                define,
                x,
                body,
            } => {
                self.range_clause(*key, *value, *define, *x);
                self.stmt(*body);
            }
            _ => self.stmt(s),
        }
        self.scopes.pop();
    }

    fn range_clause(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        xe: ExprId,
    ) {
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
                    Some((int, Some(Ty::basic(BasicKind::Int32))))
                }
                TyKind::Array(_, elem) | TyKind::Slice(elem) => Some((int, Some(elem.clone()))),
                TyKind::Pointer(base) => match self.under(base).kind() {
                    TyKind::Array(_, elem) => Some((int, Some(elem.clone()))),
                    _ => None,
                },
                TyKind::Map(..) | TyKind::Chan(..) => {
                    let p = self.pos(xe);
                    self.unsupported(p, "range over maps and channels");
                    return;
                }
                _ => None,
            };
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
            // Record definitions by expression as well.
            for l in lhs.iter().flatten() {
                if let Some(span) = crate::checker::expr_at(self.decl, *l).map(|e| e.span) {
                    if let Some(&id) = self.res.definitions.get(&span.start) {
                        self.res.resolutions.insert(*l, crate::Res::Local(id));
                    }
                }
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

    /// `break` and `continue` are checked by the parser (misplaced ones, undefined or
    /// invalid labels, as gc's syntax package does); here only what golift cannot compile
    /// yet is reported.
    fn branch(&mut self, pos: u32, kind: BranchKind) {
        match kind {
            BranchKind::Goto => self.unsupported(pos, "goto"),
            BranchKind::Fallthrough => self.unsupported(pos, "fallthrough"),
            BranchKind::Break | BranchKind::Continue => {}
        }
    }

    fn expr_stmt(&mut self, e: ExprId) {
        let x = self.raw_expr(e, None);
        let inner = self.unparen(e);
        let is_statement = matches!(self.expr_kind(inner), Some(ExprKind::Call { .. }))
            && match self.res.calls.get(&inner) {
                Some(CallKind::Builtin(b)) => matches!(
                    b,
                    Builtin::Copy | Builtin::Panic | Builtin::Print | Builtin::Println
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

    // ----- declarations -----

    /// A `var` spec inside a function (`local`) or at package level.
    pub(crate) fn var_spec(&mut self, spec: &ValueSpec, local: bool) -> Vec<Ty> {
        let typ = spec.typ.map(|t| self.typ(t));
        let n = spec.names.len();
        let mut tys: Vec<Option<Ty>> = vec![typ.clone(); n];
        let values = &spec.values;
        let mut failed = vec![false; n];
        if values.len() == n {
            for (i, &v) in values.iter().enumerate() {
                let mut x = self.expr(v);
                if self
                    .init_var(&mut tys[i], &mut x, "variable declaration")
                    .is_none()
                {
                    failed[i] = true;
                }
            }
        } else if values.len() == 1 && n > 1 {
            if !self.init_vars(&mut tys, values, None) {
                failed = vec![true; n];
            }
        } else if !values.is_empty() {
            for &v in values {
                self.expr(v);
            }
        }
        if typ.is_none() || !values.is_empty() {
            self.arity(spec, false);
        }
        let tys: Vec<Ty> = tys
            .into_iter()
            .map(|t| t.unwrap_or_else(Ty::invalid))
            .collect();
        if local {
            for ((name, ty), failed) in spec.names.iter().zip(tys.iter()).zip(failed) {
                let id = self.new_local(&name.text, ty.clone(), name.span, LocalKind::Var);
                if ty.is_invalid() || failed {
                    self.used.insert(id);
                }
                self.declare_local(id, name);
            }
        }
        tys
    }

    /// Reports a mismatch between the number of names and values of a spec.
    fn arity(&mut self, spec: &ValueSpec, is_const: bool) {
        let (l, r) = (spec.names.len(), spec.values.len());
        if r == 0 {
            if is_const || spec.typ.is_none() {
                if let Some(n) = spec.names.first() {
                    self.error(n.span.start, format!("missing init expr for {}", n.text));
                }
            }
            return;
        }
        if l < r {
            if let Some(&v) = spec.values.get(l) {
                let p = self.pos(v);
                self.error(p, format!("extra init expr {}", self.estr(v)));
            }
        } else if l > r && (is_const || r != 1) {
            if let Some(n) = spec.names.get(r) {
                self.error(n.span.start, format!("missing init expr for {}", n.text));
            }
        }
    }

    /// types2's `initVar`: the variable's type (inferred if absent) after assigning `x`.
    fn init_var(&mut self, lhs: &mut Option<Ty>, x: &mut Operand, context: &str) -> Option<Ty> {
        if x.is_invalid() || x.ty.is_invalid() || lhs.as_ref().is_some_and(|t| t.is_invalid()) {
            if lhs.is_none() {
                *lhs = Some(Ty::invalid());
            }
            return None;
        }
        if lhs.is_none() {
            let mut t = x.ty.clone();
            if Self::is_untyped(&t) {
                if x.is_nil() {
                    let p = self.pos(x.expr);
                    self.error(p, format!("use of untyped nil in {context}"));
                    *lhs = Some(Ty::invalid());
                    return None;
                }
                t = Self::default_type(&t);
            }
            if let TyKind::Tuple(ts) = t.kind() {
                if ts.len() != 1 {
                    self.single_value(x);
                    *lhs = Some(Ty::invalid());
                    return None;
                }
            }
            *lhs = Some(t);
        }
        let t = lhs.clone();
        self.assignment(x, t.as_ref(), context);
        if x.is_invalid() {
            return None;
        }
        t
    }

    /// types2's `initVars` (also used for `return`, with `ret` its position).
    fn init_vars(&mut self, lhs: &mut [Option<Ty>], rhs: &[ExprId], ret: Option<u32>) -> bool {
        let xs = self.expr_list(rhs);
        if lhs.len() != xs.len() {
            for t in lhs.iter_mut() {
                if t.is_none() {
                    *t = Some(Ty::invalid());
                }
            }
            if xs.iter().any(|x| x.is_invalid()) {
                return false;
            }
            if let Some(ret_pos) = ret {
                let (at, q) = if xs.len() > lhs.len() {
                    (self.pos(xs[lhs.len()].expr), "too many")
                } else if let Some(last) = xs.last() {
                    (self.pos(last.expr), "not enough")
                } else {
                    (ret_pos, "not enough")
                };
                let have: Vec<Ty> = xs.iter().map(|x| x.ty.clone()).collect();
                let have = self.types_summary(&have, false);
                let want: Vec<Ty> = lhs
                    .iter()
                    .map(|t| t.clone().unwrap_or_else(Ty::invalid))
                    .collect();
                let want = self.types_summary(&want, false);
                self.error(
                    at,
                    format!("{q} return values\n\thave {have}\n\twant {want}"),
                );
                return false;
            }
            self.assign_error(rhs, lhs.len(), xs.len());
            return false;
        }
        let context = if ret.is_some() {
            "return statement"
        } else {
            "assignment"
        };
        let mut ok = true;
        for (t, mut x) in lhs.iter_mut().zip(xs) {
            if self.init_var(t, &mut x, context).is_none() {
                ok = false;
            }
        }
        ok
    }

    fn assign_error(&mut self, rhs: &[ExprId], nvars: usize, nvals: usize) {
        let measure = |n: usize, unit: &str| {
            if n == 1 {
                format!("{n} {unit}")
            } else {
                format!("{n} {unit}s")
            }
        };
        let vars = measure(nvars, "variable");
        let vals = measure(nvals, "value");
        let Some(&r0) = rhs.first() else { return };
        let p = self.pos(r0);
        if rhs.len() == 1 {
            let inner = self.unparen(r0);
            if let Some(ExprKind::Call { fun, .. }) = self.expr_kind(inner) {
                let f = self.estr(*fun);
                self.error(
                    p,
                    format!("assignment mismatch: {vars} but {f} returns {vals}"),
                );
                return;
            }
        }
        self.error(p, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// Evaluates an expression list, spreading one multi-valued call ([`Self::arg_list`]);
    /// a single call without a value is an error here.
    fn expr_list(&mut self, rhs: &[ExprId]) -> Vec<Operand> {
        let list = self.arg_list(rhs);
        if let ([r], [x]) = (rhs, list.as_slice()) {
            if x.mode == Mode::NoValue {
                let msg = format!("{} used as value", self.ostr(x));
                let p = self.pos(*r);
                self.error(p, msg);
                return vec![Operand::invalid(*r)];
            }
        }
        list
    }

    fn const_spec(&mut self, spec: &ValueSpec) {
        let vals = self.const_spec_values(spec);
        for (name, (ty, v)) in spec.names.iter().zip(vals) {
            if let Some(v) = v {
                self.res.definitions.remove(&name.span.start);
                if !self.scopes.declare(&name.text, ScopeObj::Const(ty, v)) {
                    self.error(
                        name.span.start,
                        format!("{} redeclared in this block", name.text),
                    );
                }
            } else {
                // Declare as invalid so that uses do not report `undefined`.
                let _ = self.scopes.declare(
                    &name.text,
                    ScopeObj::Const(Ty::invalid(), ConstValue::Int(0)),
                );
            }
        }
    }

    /// Evaluates a const spec: each name's type and value (`None` when erroneous).
    pub(crate) fn const_spec_values(&mut self, spec: &ValueSpec) -> Vec<(Ty, Option<ConstValue>)> {
        let saved = self.iota;
        self.iota = Some(i128::from(spec.iota));
        let typ = spec.typ.map(|t| self.typ(t));
        let mut out = Vec::new();
        for (i, _name) in spec.names.iter().enumerate() {
            let Some(&v) = spec.values.get(i) else {
                out.push((Ty::invalid(), None));
                continue;
            };
            let mut x = self.expr(v);
            if x.is_invalid() || typ.as_ref().is_some_and(|t| t.is_invalid()) {
                out.push((Ty::invalid(), None));
                continue;
            }
            if x.const_val().is_none() {
                let msg = format!("{} is not constant", self.ostr(&x));
                let p = self.pos(v);
                self.error(p, msg);
                out.push((Ty::invalid(), None));
                continue;
            }
            let t = typ.clone().unwrap_or_else(|| x.ty.clone());
            if typ.is_some() {
                let is_const_type = self
                    .under_basic(&t)
                    .is_some_and(|b| b != BasicKind::UnsafePointer);
                if !is_const_type {
                    let msg = format!("invalid constant type {}", type_string(&t));
                    let p = spec.typ.map(|e| self.pos(e)).unwrap_or(0);
                    self.error(p, msg);
                    out.push((Ty::invalid(), None));
                    continue;
                }
                self.assignment(&mut x, Some(&t), "constant declaration");
            }
            match (&x.mode, x.is_invalid()) {
                (Mode::Const(cv), false) => out.push((t, Some(cv.clone()))),
                _ => out.push((Ty::invalid(), None)),
            }
        }
        if !spec.implicit {
            self.arity(spec, true);
        }
        self.iota = saved;
        out
    }

    // ----- assignments -----

    fn short_var_decl(&mut self, op_pos: u32, lhs: &[ExprId], rhs: &[ExprId]) {
        let mut seen: Vec<String> = Vec::new();
        let mut lhs_tys: Vec<Option<Ty>> = Vec::new();
        // (index, name, existing local if redeclared)
        let mut targets: Vec<Option<crate::LocalId>> = Vec::new();
        let mut new_vars: Vec<(usize, ast::Name)> = Vec::new();
        let mut has_err = false;
        for (i, &l) in lhs.iter().enumerate() {
            let Some(ExprKind::Name(name)) = self.expr_kind(l) else {
                let msg = format!("non-name {} on left side of :=", self.estr(l));
                let p = self.pos(l);
                self.expr(l);
                self.error(p, msg);
                has_err = true;
                lhs_tys.push(None);
                targets.push(None);
                continue;
            };
            let span = crate::checker::expr_at(self.decl, l)
                .map(|e| e.span)
                .unwrap_or_default();
            if name != "_" {
                if seen.contains(name) {
                    let p = self.pos(l);
                    self.error(p, format!("{name} repeated on left side of :="));
                    has_err = true;
                    lhs_tys.push(None);
                    targets.push(None);
                    continue;
                }
                seen.push(name.clone());
            }
            if let Some(obj) = self.scopes.declared_here(name).cloned() {
                match obj {
                    ScopeObj::Local(id) => {
                        self.res.resolutions.insert(l, crate::Res::Local(id));
                        lhs_tys.push(Some(self.res.locals[id].ty.clone()));
                        targets.push(Some(id));
                    }
                    ScopeObj::Const(..) | ScopeObj::Invalid => {
                        let p = self.pos(l);
                        self.error(p, format!("cannot assign to {name}"));
                        has_err = true;
                        lhs_tys.push(None);
                        targets.push(None);
                    }
                }
                continue;
            }
            lhs_tys.push(None);
            targets.push(None);
            if name != "_" {
                new_vars.push((
                    i,
                    ast::Name {
                        text: name.clone(),
                        span,
                    },
                ));
            } else {
                new_vars.push((
                    i,
                    ast::Name {
                        text: "_".to_string(),
                        span,
                    },
                ));
            }
        }
        let ok = self.init_vars(&mut lhs_tys, rhs, None);
        let real_new = new_vars.iter().filter(|(_, n)| n.text != "_").count();
        // Declare new variables (their scope starts after the statement).
        for (i, name) in &new_vars {
            let ty = lhs_tys
                .get(*i)
                .cloned()
                .flatten()
                .unwrap_or_else(Ty::invalid);
            let id = self.new_local(&name.text, ty.clone(), name.span, LocalKind::Var);
            if !ok || ty.is_invalid() {
                self.used.insert(id);
            }
            if let Some(&l) = lhs.get(*i) {
                self.res.expr_types.insert(l, ty);
                self.res.resolutions.insert(l, crate::Res::Local(id));
            }
            if name.text != "_" {
                self.declare_local(id, name);
            } else {
                self.res.definitions.insert(name.span.start, id);
                self.used.insert(id);
            }
        }
        for (i, t) in targets.iter().enumerate() {
            if let (Some(id), Some(&l)) = (t, lhs.get(i)) {
                let ty = self.res.locals[*id].ty.clone();
                self.res.expr_types.insert(l, ty);
            }
        }
        if real_new == 0 && !has_err {
            self.error(op_pos, "no new variables on left side of :=");
        }
    }

    fn assign_vars(&mut self, lhs: &[ExprId], rhs: &[ExprId]) {
        let xs = self.expr_list(rhs);
        if lhs.len() != xs.len() {
            for &l in lhs {
                self.use_lhs(l);
            }
            if xs.iter().any(|x| x.is_invalid()) {
                return;
            }
            self.assign_error(rhs, lhs.len(), xs.len());
            return;
        }
        for (&l, x) in lhs.iter().zip(xs) {
            self.assign_var(l, x);
        }
    }

    /// Evaluates an lhs without counting it as a use of a variable it names.
    fn use_lhs(&mut self, l: ExprId) {
        let inner = self.unparen(l);
        if let Some(ExprKind::Name(n)) = self.expr_kind(inner) {
            if n == "_" {
                return;
            }
            let prev = match self.scopes.lookup(n) {
                Some(ScopeObj::Local(id)) => Some((*id, self.used.contains(id))),
                _ => None,
            };
            self.raw_expr(l, None);
            if let Some((id, was)) = prev {
                if !was {
                    self.used.remove(&id);
                }
            }
            return;
        }
        self.raw_expr(l, None);
    }

    /// types2's `assignVar`.
    fn assign_var(&mut self, l: ExprId, mut x: Operand) {
        if x.is_invalid() || x.ty.is_invalid() {
            self.use_lhs(l);
            return;
        }
        let inner = self.unparen(l);
        if let Some(ExprKind::Name(n)) = self.expr_kind(inner) {
            if n == "_" {
                self.assignment(&mut x, None, "assignment to _ identifier");
                return;
            }
        }
        let prev = match self.expr_kind(inner) {
            Some(ExprKind::Name(n)) => match self.scopes.lookup(n) {
                Some(ScopeObj::Local(id)) => Some((*id, self.used.contains(id))),
                _ => None,
            },
            _ => None,
        };
        let z = self.expr(l);
        if let Some((id, was)) = prev {
            if !was {
                self.used.remove(&id);
            }
        }
        if z.is_invalid() || z.ty.is_invalid() {
            return;
        }
        if z.mode != Mode::Variable {
            let msg = format!("cannot assign to {}", self.ostr(&z));
            let p = self.pos(l);
            self.error(p, msg);
            return;
        }
        self.assignment(&mut x, Some(&z.ty), "assignment");
    }

    fn return_stmt(&mut self, pos: u32, results: &[ExprId]) {
        if results.is_empty() {
            if !self.result_tys.is_empty() && !self.named_results {
                let want = self.result_tys.clone();
                let want = self.types_summary(&want, false);
                self.error(
                    pos,
                    format!("not enough return values\n\thave ()\n\twant {want}"),
                );
            }
            return;
        }
        let mut lhs: Vec<Option<Ty>> = self.result_tys.iter().cloned().map(Some).collect();
        self.init_vars(&mut lhs, results, Some(pos));
    }

    // ----- terminating statements -----

    fn is_terminating_list(&self, list: &[StmtId], label: Option<&str>) -> bool {
        for &s in list.iter().rev() {
            if !matches!(self.stmt_kind(s), Some(StmtKind::Empty)) {
                return self.is_terminating(s, label);
            }
        }
        false
    }

    fn is_terminating(&self, s: StmtId, label: Option<&str>) -> bool {
        match self.stmt_kind(s) {
            Some(StmtKind::Labeled { label, stmt }) => {
                self.is_terminating(*stmt, Some(&label.text))
            }
            Some(StmtKind::Expr(e)) => {
                let inner = self.unparen(*e);
                matches!(
                    self.res.calls.get(&inner),
                    Some(CallKind::Builtin(Builtin::Panic))
                )
            }
            Some(StmtKind::Return(_)) => true,
            Some(StmtKind::Branch { kind, .. }) => {
                matches!(kind, BranchKind::Goto | BranchKind::Fallthrough)
            }
            Some(StmtKind::Block { stmts, .. }) => self.is_terminating_list(stmts, None),
            Some(StmtKind::If {
                then, els: Some(e), ..
            }) => self.is_terminating(*then, None) && self.is_terminating(*e, None),
            Some(StmtKind::For { cond, body, .. }) => {
                cond.is_none() && !self.has_break(*body, label, true, 0)
            }
            Some(StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. }) => {
                let mut has_default = false;
                for c in clauses {
                    if c.exprs.is_none() {
                        has_default = true;
                    }
                    let ends = self.is_terminating_list(&c.body, None)
                        || c.body.last().is_some_and(|&l| {
                            matches!(
                                self.stmt_kind(l),
                                Some(StmtKind::Branch {
                                    kind: BranchKind::Fallthrough,
                                    ..
                                })
                            )
                        });
                    if !ends || c.body.iter().any(|&s| self.has_break(s, label, true, 0)) {
                        return false;
                    }
                }
                has_default
            }
            Some(StmtKind::Select { clauses }) => clauses.iter().all(|c| {
                self.is_terminating_list(&c.body, None)
                    && !c.body.iter().any(|&s| self.has_break(s, label, true, 0))
            }),
            _ => false,
        }
    }

    fn has_break(&self, s: StmtId, label: Option<&str>, implicit: bool, depth: u32) -> bool {
        if depth > 1000 {
            return false;
        }
        let d = depth + 1;
        match self.stmt_kind(s) {
            Some(StmtKind::Branch {
                kind: BranchKind::Break,
                label: l,
            }) => match l {
                None => implicit,
                Some(l) => Some(l.text.as_str()) == label,
            },
            Some(StmtKind::Labeled { stmt, .. }) => self.has_break(*stmt, label, implicit, d),
            Some(StmtKind::Block { stmts, .. }) => {
                stmts.iter().any(|&s| self.has_break(s, label, implicit, d))
            }
            Some(StmtKind::If { then, els, .. }) => {
                self.has_break(*then, label, implicit, d)
                    || els.is_some_and(|e| self.has_break(e, label, implicit, d))
            }
            Some(StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. }) => {
                label.is_some()
                    && clauses
                        .iter()
                        .any(|c| c.body.iter().any(|&s| self.has_break(s, label, false, d)))
            }
            Some(StmtKind::Select { clauses }) => {
                label.is_some()
                    && clauses
                        .iter()
                        .any(|c| c.body.iter().any(|&s| self.has_break(s, label, false, d)))
            }
            Some(StmtKind::For { body, .. } | StmtKind::Range { body, .. }) => {
                label.is_some() && self.has_break(*body, label, false, d)
            }
            _ => false,
        }
    }
}
