//! complex64 and complex128 values, flat `(real, imag)` pairs of f32 or f64: constants,
//! `+ - * /` as gc's SSA lowers them (complex64 products widened to float64 and
//! narrowed back, fused multiply-adds on arm64 as `fma.rs` decides; division by
//! `runtime.complex128div`, complex64 through complex128),
//! `==`/`!=`, negation, conversions, the built-ins `complex`, `real`, `imag`, and
//! `print`'s `(+1.000000e+000+2.000000e+000i)`. Float and integer arithmetic is
//! `ops.rs`'s.

use cranelift_codegen::ir::{condcodes::FloatCC, types, InstBuilder, Type, Value};
use golift_hir::body::BinOp as BinaryOp;
use golift_hir::{underlying, BasicKind, Db, Ty};

use crate::func::FnCx;
use crate::place::CValue;

/// The element type (`f32` or `f64`) of a complex type.
pub(crate) fn complex_elem(db: &dyn Db, ty: &Ty) -> Option<Type> {
    match underlying(db, ty).as_basic()? {
        BasicKind::Complex64 => Some(types::F32),
        BasicKind::Complex128 | BasicKind::UntypedComplex => Some(types::F64),
        _ => None,
    }
}

impl FnCx<'_> {
    /// The real and imaginary parts of a complex value.
    pub(crate) fn complex_parts(&mut self, v: CValue) -> (Value, Value) {
        let vals = v.flat_values(self);
        match vals.as_slice() {
            [re, im] => (*re, *im),
            _ => {
                self.internal_error("a complex value without two parts".into());
                let z = self.b.ins().f64const(0.0);
                (z, z)
            }
        }
    }

    /// A complex constant of type `ty`.
    pub(crate) fn complex_const(&mut self, ty: &Ty, re: f64, im: f64) -> CValue {
        let t = complex_elem(self.db, ty).unwrap_or(types::F64);
        let (r, i) = if t == types::F32 {
            (
                self.b.ins().f32const(re as f32),
                self.b.ins().f32const(im as f32),
            )
        } else {
            (self.b.ins().f64const(re), self.b.ins().f64const(im))
        };
        self.by_val(ty, vec![r, i])
    }

    /// `x op y` for `+ - * /` on complex values of type `ty`.
    pub(crate) fn complex_binary(
        &mut self,
        op: BinaryOp,
        ty: &Ty,
        x: CValue,
        y: CValue,
        at: u32,
    ) -> CValue {
        let t = complex_elem(self.db, ty).unwrap_or(types::F64);
        let (a, b) = self.complex_parts(x);
        let (c, d) = self.complex_parts(y);
        let (re, im) = match op {
            BinaryOp::Add => (self.float_add(a, c), self.float_add(b, d)),
            BinaryOp::Sub => (self.float_sub(a, c), self.float_sub(b, d)),
            BinaryOp::Mul => {
                // gc computes in float64 to minimise cancellation.
                let [a, b, c, d] = [a, b, c, d].map(|v| self.widen_f(v, t));
                let ac = self.b.ins().fmul(a, c);
                let bd = self.b.ins().fmul(b, d);
                let ad = self.b.ins().fmul(a, d);
                let bc = self.b.ins().fmul(b, c);
                let re = self.float_sub(ac, bd);
                let im = self.float_add(ad, bc);
                (self.narrow_f(re, t), self.narrow_f(im, t))
            }
            BinaryOp::Div => {
                let [a, b, c, d] = [a, b, c, d].map(|v| self.widen_f(v, t));
                let out = self.raw_temp(16);
                self.call_rt("runtime.complex128div", &[out, a, b, c, d]);
                let re = self.b.ins().load(types::F64, Self::flags(), out, 0);
                let im = self.b.ins().load(types::F64, Self::flags(), out, 8);
                (self.narrow_f(re, t), self.narrow_f(im, t))
            }
            _ => return self.fail(at, "this complex operator", ty),
        };
        self.by_val(ty, vec![re, im])
    }

    /// `x == y` or `x != y` on complex values, as an `i8`.
    pub(crate) fn complex_compare(&mut self, op: BinaryOp, x: CValue, y: CValue) -> Value {
        let (a, b) = self.complex_parts(x);
        let (c, d) = self.complex_parts(y);
        let re = self.b.ins().fcmp(FloatCC::Equal, a, c);
        let im = self.b.ins().fcmp(FloatCC::Equal, b, d);
        let eq = self.b.ins().band(re, im);
        if op == BinaryOp::Ne {
            self.b.ins().bxor_imm_s(eq, 1)
        } else {
            eq
        }
    }

    /// `-x`.
    pub(crate) fn complex_neg(&mut self, ty: &Ty, x: CValue) -> CValue {
        let (a, b) = self.complex_parts(x);
        let re = self.b.ins().fneg(a);
        let im = self.b.ins().fneg(b);
        self.by_val(ty, vec![re, im])
    }

    /// A conversion between complex types.
    pub(crate) fn complex_convert(&mut self, to: &Ty, x: CValue) -> CValue {
        let t = complex_elem(self.db, to).unwrap_or(types::F64);
        let (a, b) = self.complex_parts(x);
        let re = self.fconvert(a, t);
        let im = self.fconvert(b, t);
        self.by_val(to, vec![re, im])
    }

    /// `complex(re, im)` of type `ty`.
    pub(crate) fn complex_make(&mut self, ty: &Ty, re: CValue, im: CValue) -> CValue {
        let t = complex_elem(self.db, ty).unwrap_or(types::F64);
        let vals = [re, im].map(|v| v.scalar());
        match vals {
            [Some(r), Some(i)] => {
                let r = self.fconvert(r, t);
                let i = self.fconvert(i, t);
                self.by_val(ty, vec![r, i])
            }
            _ => {
                self.internal_error("complex() of non-scalar parts".into());
                self.zero_value(ty)
            }
        }
    }

    /// `real(x)` or `imag(x)`, of type `ty`.
    pub(crate) fn complex_part(&mut self, ty: &Ty, x: CValue, imag: bool) -> CValue {
        let (re, im) = self.complex_parts(x);
        self.by_scalar(ty, if imag { im } else { re })
    }

    /// `print(x)` of a complex value: `(` real imag `i)`, each as `printfloat`.
    pub(crate) fn print_complex(&mut self, x: CValue) {
        let (a, b) = self.complex_parts(x);
        let a = self.widen_f(a, self.b.func.dfg.value_type(a));
        let b = self.widen_f(b, self.b.func.dfg.value_type(b));
        self.call_rt("runtime.printcomplex", &[a, b]);
    }

    /// `v` (of float type `t`) as an f64.
    fn widen_f(&mut self, v: Value, t: Type) -> Value {
        if t == types::F32 {
            self.b.ins().fpromote(types::F64, v)
        } else {
            v
        }
    }

    /// `v` (an f64) as float type `t`.
    fn narrow_f(&mut self, v: Value, t: Type) -> Value {
        if t == types::F32 {
            self.b.ins().fdemote(types::F32, v)
        } else {
            v
        }
    }

    /// `v` converted to float type `t`, whichever its float type.
    fn fconvert(&mut self, v: Value, t: Type) -> Value {
        let from = self.b.func.dfg.value_type(v);
        if from == t {
            v
        } else if t.bits() > from.bits() {
            self.b.ins().fpromote(t, v)
        } else {
            self.b.ins().fdemote(t, v)
        }
    }
}
