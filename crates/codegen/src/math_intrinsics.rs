//! Functions of package math that compile to one instruction, as gc's intrinsics do
//! (`math.Sqrt` is SQRTSD / FSQRT, `math.Abs` and `math.Copysign` bit operations):
//! correctly rounded or exact, so their results are the runtime functions' bit for bit,
//! and no call spills the caller's float registers. Every other math function is a
//! call into the runtime (`calls.rs`'s `call_stdlib`).

use cranelift_codegen::ir::InstBuilder;
use golift_hir::body::ExprId;
use golift_hir::Ty;

use crate::func::FnCx;
use crate::place::CValue;

impl FnCx<'_> {
    /// `math.name(args)` as an instruction, or `None` when it is a call.
    pub(crate) fn math_intrinsic(&mut self, name: &str, args: &[ExprId]) -> Option<Vec<CValue>> {
        if !matches!(name, "Sqrt" | "Abs" | "Copysign") {
            return None;
        }
        let mut vals = Vec::with_capacity(args.len());
        for &a in args {
            let w = self.expr(a).words(self);
            vals.push(*w.first()?);
        }
        let v = match (name, vals.as_slice()) {
            ("Sqrt", &[x]) => self.b.ins().sqrt(x),
            ("Abs", &[x]) => self.b.ins().fabs(x),
            ("Copysign", &[f, sign]) => self.b.ins().fcopysign(f, sign),
            _ => {
                self.internal_error(format!("math.{name} with {} arguments", vals.len()));
                return Some(Vec::new());
            }
        };
        let float64 = Ty::basic(golift_hir::BasicKind::Float64);
        Some(vec![self.by_scalar(&float64, v)])
    }
}
