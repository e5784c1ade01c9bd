//! gc's `deadcode` pass, which runs before escape analysis, as lowering applies it: an
//! `if` whose condition is a constant (after folding `false && x` and `true || x`)
//! keeps only the branch taken, and when that branch ends in a `return` or a `panic`,
//! the statements after the `if` in its list are dropped (unless a label follows the
//! `if`, which a `goto` may target). What is dropped is never lowered, so escape
//! analysis does not report it and codegen does not compile it, as in gc.
//!
//! gc's folding of switches on constants is not done here yet: a case that can never
//! run is still analysed.

use golift_syntax::ast::{self, BinaryOp, StmtKind as S};

use super::lower::LowerCx;
use crate::{Builtin, CallKind, ConstValue};

impl LowerCx<'_, '_> {
    /// A condition's value when gc's deadcode pass sees a constant: a constant
    /// expression, or `x && y` / `x || y` whose `x` decides it (`false && f()`).
    pub(super) fn const_cond(&self, e: ast::ExprId) -> Option<bool> {
        if let Some(ConstValue::Bool(b)) = self.inf.consts.get(&e) {
            return Some(*b);
        }
        match &self.decl.exprs[e].kind {
            ast::ExprKind::Paren(x) => self.const_cond(*x),
            ast::ExprKind::Binary {
                op: BinaryOp::LogAnd,
                x,
                y,
                ..
            } => match self.const_cond(*x)? {
                true => self.const_cond(*y),
                false => Some(false),
            },
            ast::ExprKind::Binary {
                op: BinaryOp::LogOr,
                x,
                y,
                ..
            } => match self.const_cond(*x)? {
                true => Some(true),
                false => self.const_cond(*y),
            },
            _ => None,
        }
    }

    /// Statement list `list` as gc's deadcode pass leaves it: cut after an `if` with a
    /// constant condition whose taken branch ends in `return` or `panic`, when no label
    /// follows it.
    pub(super) fn live_stmts<'l>(&self, list: &'l [ast::StmtId]) -> &'l [ast::StmtId] {
        let last_label = list
            .iter()
            .rposition(|&s| matches!(self.decl.stmts[s].kind, S::Labeled { .. }));
        for (i, &s) in list.iter().enumerate() {
            if last_label.is_some_and(|l| i <= l) {
                continue;
            }
            if let S::If {
                cond, then, els, ..
            } = &self.decl.stmts[s].kind
            {
                let taken = match self.const_cond(*cond) {
                    Some(true) => Some(*then),
                    Some(false) => *els,
                    None => None,
                };
                if taken.is_some_and(|b| self.ends_in_exit(b)) {
                    return &list[..=i];
                }
            }
        }
        list
    }

    /// Whether block `b`'s last statement is a `return` or a call of `panic`.
    fn ends_in_exit(&self, b: ast::StmtId) -> bool {
        let S::Block { stmts, .. } = &self.decl.stmts[b].kind else {
            return false;
        };
        match stmts.last().map(|&s| &self.decl.stmts[s].kind) {
            Some(S::Return(_)) => true,
            Some(S::Expr(e)) => {
                let mut e = *e;
                while let ast::ExprKind::Paren(x) = &self.decl.exprs[e].kind {
                    e = *x;
                }
                matches!(
                    self.inf.calls.get(&e),
                    Some(CallKind::Builtin(Builtin::Panic))
                )
            }
            _ => false,
        }
    }
}
