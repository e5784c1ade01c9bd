//! Channels in compiled code. Running channel operations (and goroutines) is a later
//! issue: until then every channel operation is reported at its position as "not
//! supported yet" (`expr.rs`: `make(chan)`, receives; `stmt.rs`: sends, `select`,
//! range over a channel, comma-ok receives; `calls.rs`: `close`, `len`, `cap`), never
//! compiled wrongly. A channel value itself is one pointer word (`nil` is zero), so
//! nil channels can be declared, passed, compared and printed.

use golift_hir::body::{ExprId, ExprKind};

use crate::func::FnCx;

impl FnCx<'_> {
    /// Whether `e` is a receive (a comma-ok one in `v, ok = <-c` or a select case).
    pub(crate) fn is_receive(&self, e: ExprId) -> bool {
        matches!(self.body.exprs[e].kind, ExprKind::Recv { .. })
    }

    /// Reports the receive `e` as not supported yet.
    pub(crate) fn reject_receive(&mut self, e: ExprId) {
        let at = self.body.exprs[e].pos;
        self.unsupported(at, "channel receives");
    }
}
