//! The spec's terminating statements (types2's return.go: `isTerminating`, `hasBreak`),
//! behind `missing return`. Reads only the syntax tree; records nothing.

use golift_syntax::ast::{BranchKind, StmtId, StmtKind};

use crate::checker::Checker;
use crate::{Builtin, CallKind};

impl Checker<'_> {
    pub(crate) fn is_terminating_list(&self, list: &[StmtId], label: Option<&str>) -> bool {
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
