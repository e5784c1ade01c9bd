//! `go` and `defer` statements: types2's `suspendedCall`. The call is checked as any
//! call; a conversion, or a call of a built-in whose result would be discarded, is
//! gc's error (`defer requires function call, not conversion`, `go discards result of
//! len(s) (value of type int)`). The parser has already required a call that is not
//! parenthesized. What this module does not do: lower the statement (`body/lower_defer.rs`).

use golift_syntax::ast::ExprId;

use crate::checker::Checker;
use crate::{Builtin, CallKind};

impl Checker<'_> {
    pub(super) fn suspended_call(&mut self, keyword: &str, e: ExprId) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let inner = self.unparen(e);
        let msg = match self.res.calls.get(&inner) {
            Some(CallKind::Conversion(_)) => "requires function call, not conversion",
            Some(CallKind::Builtin(b))
                if !matches!(
                    b,
                    Builtin::Copy
                        | Builtin::Panic
                        | Builtin::Print
                        | Builtin::Println
                        | Builtin::Recover
                        | Builtin::Close
                        | Builtin::Delete
                ) =>
            {
                "discards result of"
            }
            _ => return,
        };
        let text = format!("{keyword} {msg} {}", self.ostr(&x));
        let p = self.pos(e);
        self.error(p, text);
    }
}
