//! Type switches `switch [init;] [v :=] x.(type) { clauses }` as types2 checks them
//! (`typeSwitchStmt`, `caseTypes`): `x` must be an interface; each case is a type or
//! `nil`, checked against the cases before it (`duplicate case T in type switch`);
//! `v` is declared in every clause, of the case's type in a clause with one type and of
//! `x`'s type otherwise, and is unused only when no clause uses it. What each clause
//! holds is recorded in [`crate::InferenceResult::type_switches`] for body lowering.
//! Misplaced `fallthrough`s are the parser's (`golift_syntax::branches`); whether a case
//! is possible for an interface with methods is not checked here (such interfaces are
//! reported as not supported where they are written).

use golift_syntax::ast::{self, CaseClause, ExprId, ExprKind, StmtId};

use crate::checker::Checker;
use crate::{LocalKind, Ty, TyKind, TypeSwitchClauseInfo};

impl Checker<'_> {
    /// The caller opened the switch's scope.
    pub(super) fn type_switch_stmt(
        &mut self,
        s: StmtId,
        init: Option<StmtId>,
        bind: Option<&ast::Name>,
        xe: ExprId,
        clauses: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let mut bind = bind;
        if let Some(b) = bind.filter(|b| b.text == "_") {
            self.error(b.span.start, "no new variable on left side of :=");
            bind = None;
        }
        let x = self.expr(xe);
        if x.is_invalid() {
            return;
        }
        let is_iface = matches!(self.under(&x.ty).kind(), TyKind::Interface(_));
        if !is_iface {
            let msg = format!("{} is not an interface", self.ostr(&x));
            let p = self.pos(xe);
            self.error(p, msg);
        }
        self.multiple_defaults(clauses);
        let mut seen: Vec<(Option<Ty>, u32)> = Vec::new();
        let mut infos = Vec::new();
        let mut vars = Vec::new();
        for clause in clauses {
            let list = clause.exprs.as_deref().unwrap_or(&[]);
            let cases = self.case_types(list, &mut seen);
            self.scopes.push();
            let var = bind.map(|b| {
                let ty = match (list.len(), cases.last()) {
                    (1, Some(Some(t))) => t.clone(),
                    _ => x.ty.clone(),
                };
                // gc declares each clause's variable at the clause's `:` (its `-m`
                // position); types2 names it at `v` (its errors).
                let at = ast::Span {
                    start: clause.colon,
                    end: clause.colon + 1,
                };
                let id = self.new_local(&b.text, ty, at, LocalKind::Var);
                self.declare_local(id, b);
                vars.push(id);
                id
            });
            infos.push(TypeSwitchClauseInfo { cases, var });
            self.stmt_list(&clause.body);
            self.scopes.pop();
        }
        // All clause variables act as one for `declared but not used`.
        if let Some(b) = bind {
            if !vars.iter().any(|v| self.used.contains(v)) {
                let msg = format!("{} declared but not used", b.text);
                self.error(b.span.start, msg);
            }
            self.used.extend(vars);
        }
        self.res.type_switches.insert(s, infos);
    }

    /// types2's `caseTypes`: each case's type (`None` for `nil`), the invalid ones left
    /// out; a case identical to an earlier one is reported with where that one is.
    fn case_types(
        &mut self,
        list: &[ExprId],
        seen: &mut Vec<(Option<Ty>, u32)>,
    ) -> Vec<Option<Ty>> {
        let mut out = Vec::new();
        for &e in list {
            let t = if self.is_nil_name(e) {
                self.expr(e);
                None
            } else {
                let t = self.typ(e);
                if t.is_invalid() {
                    continue;
                }
                Some(t)
            };
            let p = self.pos(e);
            let dup = seen.iter().find(|(s, _)| match (s, &t) {
                (None, None) => true,
                (Some(a), Some(b)) => a.identical(b),
                _ => false,
            });
            if let Some(&(_, prev)) = dup {
                let ts = t.as_ref().map_or("nil".to_string(), crate::type_string);
                self.res.diagnostics.push(crate::CheckError {
                    offset: p,
                    message: format!("duplicate case {ts} in type switch"),
                    notes: vec![(prev, "previous case".to_string())],
                });
                continue;
            }
            seen.push((t.clone(), p));
            out.push(t);
        }
        out
    }

    /// types2's `isNil`: `e` (parenthesized or not) names the universe's `nil`.
    fn is_nil_name(&mut self, e: ExprId) -> bool {
        let e = self.unparen(e);
        match self.expr_kind(e) {
            Some(ExprKind::Name(n)) if n == "nil" => {
                self.scopes.lookup(n).is_none() && self.env.lookup(n).is_none()
            }
            _ => false,
        }
    }
}
