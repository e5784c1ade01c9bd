//! Assignments: `:=` (at least one new variable on the left), `=` to addressable
//! variables (or `_`), and `return` (its values initialise the results). `op=` and
//! `++`/`--` are dispatched from `check_stmt.rs`; declarations are in `decl.rs`.

use golift_syntax::ast::{self, ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::scope::ScopeObj;
use crate::{LocalKind, Ty};

impl Checker<'_> {
    pub(super) fn short_var_decl(&mut self, op_pos: u32, lhs: &[ExprId], rhs: &[ExprId]) {
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
                    ScopeObj::Const(..) | ScopeObj::Invalid | ScopeObj::Type(_) => {
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
                self.res.defined_by.insert(l, id);
            }
            if name.text != "_" {
                self.declare_local(id, name);
            } else {
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

    pub(super) fn assign_vars(&mut self, lhs: &[ExprId], rhs: &[ExprId]) {
        let xs = self.assigned_values(rhs, lhs.len());
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
        let comma_ok = rhs.len() == 1 && self.res.comma_ok.contains(&rhs[0]);
        let mut ok = true;
        for (&l, x) in lhs.iter().zip(xs) {
            ok &= self.assign_var(l, x);
        }
        // types2: no follow-on `declared but not used` when an assignment failed.
        if !ok && !comma_ok {
            for &l in lhs {
                let inner = self.unparen(l);
                if let Some(ExprKind::Name(n)) = self.expr_kind(inner) {
                    if let Some(ScopeObj::Local(id)) = self.scopes.lookup(n) {
                        let id = *id;
                        self.used.insert(id);
                    }
                }
            }
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

    /// types2's `assignVar`; whether the assignment is valid.
    pub(super) fn assign_var(&mut self, l: ExprId, mut x: Operand) -> bool {
        if x.is_invalid() || x.ty.is_invalid() {
            self.use_lhs(l);
            return false;
        }
        let inner = self.unparen(l);
        if let Some(ExprKind::Name(n)) = self.expr_kind(inner) {
            if n == "_" {
                self.assignment(&mut x, None, "assignment to _ identifier");
                return !x.is_invalid();
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
            return false;
        }
        if !matches!(z.mode, Mode::Variable | Mode::MapIndex) {
            if let Some(ExprKind::Selector { x, .. }) = self.expr_kind(inner) {
                if self.is_map_index(*x) {
                    let msg = format!("cannot assign to struct field {} in map", self.estr(l));
                    let p = self.pos(l);
                    self.error(p, msg);
                    return false;
                }
            }
            let msg = format!("cannot assign to {}", self.ostr(&z));
            let p = self.pos(l);
            self.error(p, msg);
            return false;
        }
        self.assignment(&mut x, Some(&z.ty), "assignment");
        !x.is_invalid()
    }

    pub(super) fn return_stmt(&mut self, pos: u32, results: &[ExprId]) {
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
}
