//! Type assertions `x.(T)` as types2 checks them: `x` must be an interface, `T` a
//! type; `x.(type)` belongs to a type switch. A concrete `T` must implement `x`'s
//! interface (`impossible type assertion` otherwise). In `v, ok = x.(T)`
//! the assertion has two results (see `check_stmt/decl.rs`, `comma_ok_operands`).

use golift_syntax::ast::ExprId;

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
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
        // types2's assertableTo: a concrete type must have the interface's methods.
        if !matches!(self.under(&ty).kind(), TyKind::Interface(_)) {
            if let Some(m) = self.missing_method(&ty, &o.ty) {
                let msg = format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {}",
                    self.estr(e),
                    type_string(&ty),
                    type_string(&o.ty),
                    m.reason()
                );
                let p = self.pos(e);
                self.error(p, msg);
                return Operand::invalid(e);
            }
        }
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }
}
