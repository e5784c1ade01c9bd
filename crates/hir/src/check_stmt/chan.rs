//! Channel statements: the send `c <- v` and `select` with its communication clauses,
//! after types2's stmt.go. The element of a `range` over a channel is `range_clause`'s
//! (check_stmt.rs); receives and `close` are `check_expr/chan.rs`'s.

use golift_syntax::ast::{self, ChanDir, ExprId, ExprKind, StmtId, StmtKind};

use crate::checker::Checker;
use crate::TyKind;

impl Checker<'_> {
    /// `ch <- value`; errors are at the statement (the channel's start), as types2's.
    pub(super) fn send_stmt(&mut self, s: StmtId, ch: ExprId, value: ExprId) {
        let c = self.expr(ch);
        let mut v = self.expr(value);
        if c.is_invalid() || v.is_invalid() {
            return;
        }
        let pos = self.spos(s);
        let what = match self.under(&c.ty).kind() {
            TyKind::Chan(ChanDir::Recv, _) => "cannot send to receive-only channel",
            TyKind::Chan(_, elem) => {
                let elem = elem.clone();
                self.assignment(&mut v, Some(&elem), "send");
                return;
            }
            _ => "cannot send to non-channel",
        };
        let msg = format!("invalid operation: {what} {}", self.ostr(&c));
        self.error(pos, msg);
    }

    /// `select { case ...: ... }`: each clause's communication (a send, a receive, or a
    /// receive assigned to variables) and statements in a scope of their own.
    pub(super) fn select_stmt(&mut self, clauses: &[ast::CommClause]) {
        let mut first: Option<u32> = None;
        for c in clauses.iter().filter(|c| c.comm.is_none()) {
            match first {
                Some(f) => {
                    let msg = format!("multiple defaults (first at {{@+{f}}})");
                    self.error(c.span.start, msg);
                }
                None => first = Some(c.span.start),
            }
        }
        for c in clauses {
            if let Some(comm) = c.comm {
                if !self.is_comm(comm) {
                    let p = self.spos(comm);
                    self.error(
                        p,
                        "select case must be send or receive (possibly with assignment)",
                    );
                    continue;
                }
            }
            self.scopes.push();
            if let Some(comm) = c.comm {
                self.stmt(comm);
            }
            self.stmt_list(&c.body);
            self.scopes.pop();
        }
    }

    /// Whether a select clause's statement is a send, or a receive (possibly assigned).
    fn is_comm(&self, s: StmtId) -> bool {
        match self.stmt_kind(s) {
            Some(StmtKind::Send { .. }) => true,
            Some(StmtKind::Assign { rhs, .. }) => match rhs.as_slice() {
                [r] => self.is_receive(*r),
                _ => false,
            },
            Some(StmtKind::Expr(e)) => self.is_receive(*e),
            _ => false,
        }
    }

    /// Whether `e` (in parentheses or not) is a receive `<-x`.
    pub(crate) fn is_receive(&self, e: ExprId) -> bool {
        let e = self.unparen(e);
        matches!(
            self.expr_kind(e),
            Some(ExprKind::Unary {
                op: ast::UnaryOp::Recv,
                ..
            })
        )
    }
}
