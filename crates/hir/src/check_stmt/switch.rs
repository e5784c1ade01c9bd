//! Expression switches (types2's `switchStmt`, `caseValues`, `multipleSwitchDefaults`):
//! the tag checked as assigned to an invisible temporary, each case value converted to
//! the tag's type and compared with it, duplicate constant cases, several defaults.
//! `fallthrough` and `break` placement are the parser's (`golift_syntax::branches`);
//! type switches are `type_switch.rs`'s.

use std::collections::HashMap;

use golift_syntax::ast::{self, CaseClause, ExprId, StmtId};

use crate::checker::{Checker, Mode, Operand};
use crate::{BasicKind, ConstValue, Ty};

/// A constant case value already seen: its type and where it was.
struct Seen {
    ty: Ty,
    pos: u32,
}

impl Checker<'_> {
    /// `switch [init;] [tag] { clauses }` (the caller opened the switch's scope).
    pub(super) fn switch_stmt(
        &mut self,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        clauses: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        // The tag, or the constant `true` of a switch without one.
        let x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(&x.ty) && !self.has_nil(&x.ty) {
                    let msg = format!(
                        "cannot switch on {} ({} is not comparable)",
                        self.ostr(&x),
                        crate::errors::type_string(&x.ty)
                    );
                    let p = self.pos(t);
                    self.error(p, msg);
                    x.mode = Mode::Invalid;
                }
                Some(x)
            }
            None => None,
        };
        self.multiple_defaults(clauses);
        let mut seen: HashMap<ConstValue, Vec<Seen>> = HashMap::new();
        for clause in clauses {
            for &v in clause.exprs.iter().flatten() {
                self.case_value(x.as_ref(), v, &mut seen);
            }
            self.scopes.push();
            self.stmt_list(&clause.body);
            self.scopes.pop();
        }
    }

    /// types2's `multipleSwitchDefaults`.
    pub(super) fn multiple_defaults(&mut self, clauses: &[CaseClause]) {
        let mut first: Option<u32> = None;
        for c in clauses.iter().filter(|c| c.exprs.is_none()) {
            match first {
                Some(f) => {
                    let msg = format!("multiple defaults (first at {{@+{f}}})");
                    self.error(c.span.start, msg);
                }
                None => first = Some(c.span.start),
            }
        }
    }

    /// One case value `ve` against the tag `x` (`None`: the `true` of a switch without a
    /// tag): converted to the tag's type, compared with it, and checked against the
    /// constants seen before.
    fn case_value(
        &mut self,
        x: Option<&Operand>,
        ve: ExprId,
        seen: &mut HashMap<ConstValue, Vec<Seen>>,
    ) {
        let mut v = self.expr(ve);
        let tag = match x {
            Some(x) => x.clone(),
            None => Operand {
                mode: Mode::Const(ConstValue::Bool(true)),
                ty: Ty::basic(BasicKind::Bool),
                expr: ve,
            },
        };
        if tag.is_invalid() || v.is_invalid() {
            return;
        }
        self.convert_untyped(&mut v, &tag.ty);
        if v.is_invalid() {
            return;
        }
        let tag_text = match x {
            Some(x) => self.estr(x.expr),
            None => "true".to_string(),
        };
        if !self.case_comparison(&v, &tag, &tag_text) {
            return;
        }
        let Some(val) = v.const_val().cloned() else {
            return;
        };
        // types2's goVal: only numbers and strings are compared for duplicates.
        if matches!(val, ConstValue::Bool(_)) {
            return;
        }
        let pos = self.pos(ve);
        // types2 names the previous case by its node's position (a call at its `(`).
        let node_pos = match self.expr_kind(ve) {
            Some(ast::ExprKind::Paren(_)) => pos,
            _ => crate::gc_text::gc_pos(self.decl, ve),
        };
        let entry = seen.entry(val).or_default();
        if let Some(prev) = entry.iter().find(|s| s.ty.identical(&v.ty)) {
            let msg = format!("duplicate case {} in expression switch", self.ostr(&v));
            self.res.diagnostics.push(crate::CheckError {
                offset: pos,
                message: msg,
                notes: vec![(prev.pos, "previous case".to_string())],
            });
            return;
        }
        entry.push(Seen {
            ty: v.ty.clone(),
            pos: node_pos,
        });
    }
}
