//! The static callee of a call through a function value (gc's `ir.StaticValue` of the
//! callee operand, as gc's escape analysis reads it): a function literal, directly
//! (`func(){...}()`, gc's `ClosureCalled`) or through locals declared with it and never
//! reassigned, or a declared function (`f := g; f()`). Escape analysis then analyses the
//! call as a call of that function; codegen still calls through the value.

use super::lower::LowerCx;
use super::{Callee, ExprKind, StaticCallee};

impl LowerCx<'_, '_> {
    /// Fills [`super::Body::static_callees`] for the calls lowered so far.
    pub(super) fn find_static_callees(&mut self) {
        let reassigned = self.reassigned_locals();
        let mut found = Vec::new();
        for (call, x) in self.body.exprs.iter() {
            let ExprKind::Call {
                callee: Callee::Indirect(f),
                ..
            } = &x.kind
            else {
                continue;
            };
            // Called where it is written (gc's `ClosureCalled`), also when a `defer` or
            // `go` moved it into its temporary (gc marks it before rewriting the call).
            let operand = match self.body.exprs[*f].kind {
                ExprKind::Local(l) if self.go_defer_temps.contains(&l) => {
                    self.defs.get(&l).map_or(*f, |&(_, rhs)| rhs)
                }
                _ => *f,
            };
            let direct = matches!(self.body.exprs[operand].kind, ExprKind::MakeClosure { .. });
            let v = self.static_value(*f, &reassigned);
            match self.body.exprs[v].kind {
                ExprKind::MakeClosure { closure, .. } => {
                    found.push((call, StaticCallee::Closure { closure, direct }))
                }
                ExprKind::FuncRef(func) => found.push((call, StaticCallee::Func(func))),
                _ => {}
            }
        }
        self.body.static_callees.extend(found);
    }
}
