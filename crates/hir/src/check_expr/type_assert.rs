//! Type assertions `x.(T)` as types2 checks them: `x` must be an interface, `T` a
//! type; `x.(type)` belongs to a type switch. A concrete `T` must implement `x`'s
//! interface (every type implements `interface{}`; interfaces with methods are not
//! supported yet and are reported where their type is written). In `v, ok = x.(T)`
//! the assertion has two results (see `check_stmt/decl.rs`, `comma_ok_operands`).

use golift_syntax::ast::ExprId;

use crate::checker::{Checker, Mode, Operand};
use crate::TyKind;

impl Checker<'_> {
    pub(super) fn type_assert(&mut self, e: ExprId, x: ExprId, typ: Option<ExprId>) -> Operand {
        // types2 reports a guard outside a type switch without checking its operand.
        let Some(typ) = typ else {
            let p = self.pos(x);
            self.error(
                p,
                "invalid AST: use of .(type) outside type switch".to_string(),
            );
            return Operand::invalid(e);
        };
        let mut o = self.expr(x);
        if o.is_invalid() {
            return Operand::invalid(e);
        }
        if !matches!(self.under(&o.ty).kind(), TyKind::Interface(_)) {
            let p = self.pos(x);
            let msg = format!("invalid operation: {} is not an interface", self.ostr(&o));
            self.error(p, msg);
            // types2 still evaluates the type, for its errors.
            self.typ(typ);
            return Operand::invalid(e);
        }
        self.single_value(&mut o);
        let ty = self.typ(typ);
        if ty.is_invalid() {
            return Operand::invalid(e);
        }
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }
}
