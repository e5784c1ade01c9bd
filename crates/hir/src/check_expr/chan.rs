//! Channel operations in expressions: the receive `<-x` and the built-in `close`, after
//! types2's expr.go (`unary`) and builtins.go. A receive's two-valued form (`v, ok :=
//! <-c`) is `check_stmt/decl.rs`'s `assigned_values`; send statements, `select` and
//! `range` over a channel are `check_stmt/chan.rs`'s.

use golift_syntax::ast::{ChanDir, ExprId};

use crate::checker::{Checker, Mode, Operand};
use crate::{Ty, TyKind};

impl Checker<'_> {
    /// `<-xe`: the channel's element, a value (comma-ok where two values are assigned).
    pub(super) fn receive(&mut self, e: ExprId, xe: ExprId) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let elem = match self.under(&x.ty).kind() {
            TyKind::Chan(ChanDir::Send, _) => {
                let msg = format!(
                    "invalid operation: cannot receive from send-only channel {}",
                    self.ostr(&x)
                );
                let p = self.pos(xe);
                self.error(p, msg);
                return Operand::invalid(e);
            }
            TyKind::Chan(_, elem) => elem.clone(),
            _ => {
                let msg = format!(
                    "invalid operation: cannot receive from non-channel {}",
                    self.ostr(&x)
                );
                let p = self.pos(xe);
                self.error(p, msg);
                return Operand::invalid(e);
            }
        };
        Operand {
            mode: Mode::Value,
            ty: elem,
            expr: e,
        }
    }

    /// `close(x)`, `x` the checked argument.
    pub(crate) fn close_builtin(&mut self, e: ExprId, x: Operand) -> Operand {
        let what = match self.under(&x.ty).kind() {
            TyKind::Chan(ChanDir::Recv, _) => "cannot close receive-only channel",
            TyKind::Chan(..) => {
                return Operand {
                    mode: Mode::NoValue,
                    ty: Ty::new(TyKind::Tuple(Vec::new())),
                    expr: e,
                }
            }
            _ => "cannot close non-channel",
        };
        let msg = format!("invalid operation: {what} {}", self.ostr(&x));
        let p = self.pos(x.expr);
        self.error(p, msg);
        Operand::invalid(e)
    }
}
