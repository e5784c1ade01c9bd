//! The built-ins `complex`, `real` and `imag` (types2's builtins.go): argument
//! conversion, result types (`float32` ↔ `complex64`, `float64` ↔ `complex128`, untyped
//! float ↔ untyped complex) and constant folding. Other built-ins are in `builtins.rs`.

use golift_syntax::ast::ExprId;

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::{BasicKind, Builtin, ConstValue, Ty};

impl Checker<'_> {
    /// `complex(x, y)`.
    pub(crate) fn builtin_complex(&mut self, e: ExprId, mut x: Operand, mut y: Operand) -> Operand {
        match (Self::is_untyped(&x.ty), Self::is_untyped(&y.ty)) {
            (false, false) => {}
            (true, false) => {
                let t = y.ty.clone();
                self.convert_untyped(&mut x, &t);
            }
            (false, true) => {
                let t = x.ty.clone();
                self.convert_untyped(&mut y, &t);
            }
            (true, true) => {
                if x.const_val().is_some() && y.const_val().is_some() {
                    for o in [&mut x, &mut y] {
                        let real = match o.const_val() {
                            Some(ConstValue::Complex(_, im)) => im.is_zero(),
                            _ => true,
                        };
                        if self.is_numeric(&o.ty) && real {
                            o.ty = Ty::basic(BasicKind::UntypedFloat);
                        }
                    }
                } else {
                    let f = Ty::basic(BasicKind::Float64);
                    self.convert_untyped(&mut x, &f);
                    self.convert_untyped(&mut y, &f);
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if !x.ty.identical(&y.ty) {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.estr(e),
                type_string(&x.ty),
                type_string(&y.ty)
            );
            let pos = self.pos(x.expr);
            self.error(pos, msg);
            return Operand::invalid(e);
        }
        let res = match self.under_basic(&x.ty) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let msg = format!(
                    "invalid argument: arguments have type {}, expected floating-point",
                    type_string(&x.ty)
                );
                let pos = self.pos(x.expr);
                self.error(pos, msg);
                return Operand::invalid(e);
            }
        };
        let mode = match (x.const_val(), y.const_val()) {
            (Some(a), Some(b)) => {
                let re = crate::consts::representable(a, BasicKind::UntypedFloat);
                let im = crate::consts::representable(b, BasicKind::UntypedFloat);
                match (re, im) {
                    (Some(ConstValue::Float(re)), Some(ConstValue::Float(im))) => {
                        Mode::Const(ConstValue::Complex(re, im))
                    }
                    _ => Mode::Value,
                }
            }
            _ => Mode::Value,
        };
        if mode == Mode::Value {
            // The arguments keep the type they were given.
            let t = x.ty.clone();
            self.update_expr_type(x.expr, &t, true);
            self.update_expr_type(y.expr, &t, true);
        }
        Operand {
            mode,
            ty: Ty::basic(res),
            expr: e,
        }
    }

    /// `real(x)` and `imag(x)`.
    pub(crate) fn builtin_real_imag(&mut self, e: ExprId, b: Builtin, mut x: Operand) -> Operand {
        if Self::is_untyped(&x.ty) {
            if x.const_val().is_some() {
                if self.is_numeric(&x.ty) {
                    x.ty = Ty::basic(BasicKind::UntypedComplex);
                }
            } else {
                let c = Ty::basic(BasicKind::Complex128);
                self.convert_untyped(&mut x, &c);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
            }
        }
        let res = match self.under_basic(&x.ty) {
            Some(BasicKind::Complex64) => BasicKind::Float32,
            Some(BasicKind::Complex128) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::UntypedFloat,
            _ => {
                let msg = format!(
                    "invalid argument: argument has type {}, expected complex type",
                    type_string(&x.ty)
                );
                let pos = self.pos(x.expr);
                self.error(pos, msg);
                return Operand::invalid(e);
            }
        };
        let mode = match x
            .const_val()
            .and_then(|v| crate::consts::representable(v, BasicKind::UntypedComplex))
        {
            Some(ConstValue::Complex(re, im)) => {
                Mode::Const(ConstValue::Float(if b == Builtin::Real { re } else { im }))
            }
            _ => Mode::Value,
        };
        Operand {
            mode,
            ty: Ty::basic(res),
            expr: e,
        }
    }
}
