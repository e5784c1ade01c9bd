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

    /// gc's size check of the channel types in `ty` (through unnamed types, as gc's
    /// `CalcSize` reaches them): an element of 64 KiB or more is an error at `pos`.
    pub(crate) fn chan_elem_size(&mut self, ty: &Ty, pos: u32) {
        let mut stack = vec![ty.clone()];
        let mut n = 0;
        while let Some(t) = stack.pop() {
            n += 1;
            if n > 1000 {
                return;
            }
            match t.kind() {
                TyKind::Chan(_, elem) => {
                    if self.layout(elem).size >= 1 << 16 {
                        // gc's `CalcSize`, after type checking.
                        let msg = "channel element type too large (>64kB)".to_string();
                        self.res.late_diagnostics.push((pos, msg));
                        return;
                    }
                    stack.push(elem.clone());
                }
                TyKind::Pointer(e) | TyKind::Slice(e) | TyKind::Array(_, e) => {
                    stack.push(e.clone())
                }
                TyKind::Map(k, v) => stack.extend([k.clone(), v.clone()]),
                TyKind::Struct(fields) => stack.extend(fields.iter().map(|f| f.ty.clone())),
                _ => {}
            }
        }
    }

    /// [`Self::chan_elem_size`] of the type that `e` (a `make` or `new` call) makes, at
    /// gc's position of `e` (the call's `(`); a `var` spec's value is checked at its
    /// variable instead.
    pub(crate) fn chan_elem_size_at_expr(&mut self, e: ExprId, t: &Ty) {
        if self.var_values.contains(&e) {
            return;
        }
        let pos = crate::gc_text::gc_pos(self.decl, e);
        self.chan_elem_size(t, pos);
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
