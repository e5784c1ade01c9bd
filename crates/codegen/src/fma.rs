//! Float addition and subtraction as gc emits them: on arm64 gc's SSA rules fuse a
//! product into an adjacent addition or subtraction (`FMADDD`, `FMSUBD`, `FNMSUBD`,
//! ARM64.rules), rounding once, wherever the product's SSA value meets the operation
//! (also across statements through variables); an explicit conversion of the product
//! (`float64(x*y)`, gc's `Round64F`) prevents it. On amd64 gc never fuses. Products are
//! recognised by the Cranelift instruction that defined the operand, so the decision is
//! made as the code is emitted.

use cranelift_codegen::ir::{InstBuilder, InstructionData, Opcode, Value};

use crate::func::FnCx;

impl FnCx<'_> {
    /// The factors of `v` if it is a product gc would fuse: `x*y`, or `-(x*y)` and
    /// `(-x)*y` (gc's `FNMUL`) as `(-x)*y`.
    fn product(&mut self, v: Value) -> Option<(Value, Value)> {
        if self.x86 {
            return None;
        }
        let dfg = &self.b.func.dfg;
        let inst = dfg.value_def(v).inst()?;
        match dfg.insts[inst] {
            InstructionData::Binary {
                opcode: Opcode::Fmul,
                args,
            } => Some((args[0], args[1])),
            InstructionData::Unary {
                opcode: Opcode::Fneg,
                arg,
            } => {
                let inner = dfg.value_def(arg).inst()?;
                match dfg.insts[inner] {
                    InstructionData::Binary {
                        opcode: Opcode::Fmul,
                        args,
                    } => {
                        let nx = self.b.ins().fneg(args[0]);
                        Some((nx, args[1]))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `a + b` (gc's `FADD a (FMUL x y)`, either operand order, the second tried first).
    pub(crate) fn float_add(&mut self, a: Value, b: Value) -> Value {
        if let Some((x, y)) = self.product(b) {
            return self.b.ins().fma(x, y, a);
        }
        if let Some((x, y)) = self.product(a) {
            return self.b.ins().fma(x, y, b);
        }
        self.b.ins().fadd(a, b)
    }

    /// `a - b` (`FMSUB`: `a - x*y`; `FNMSUB`: `x*y - b`).
    pub(crate) fn float_sub(&mut self, a: Value, b: Value) -> Value {
        if let Some((x, y)) = self.product(b) {
            let nx = self.b.ins().fneg(x);
            return self.b.ins().fma(nx, y, a);
        }
        if let Some((x, y)) = self.product(a) {
            let nb = self.b.ins().fneg(b);
            return self.b.ins().fma(x, y, nb);
        }
        self.b.ins().fsub(a, b)
    }

    /// An explicit conversion of a float to its own type: a product stops being one
    /// that later additions may fuse (gc's `Round64F`/`Round32F`).
    pub(crate) fn float_round(&mut self, v: Value) -> Value {
        if self.product(v).is_none() {
            return v;
        }
        let t = self.b.func.dfg.value_type(v);
        let zero = if t == cranelift_codegen::ir::types::F32 {
            self.b.ins().f32const(-0.0)
        } else {
            self.b.ins().f64const(-0.0)
        };
        // x + -0 is x for every x, signed zeros included.
        self.b.ins().fadd(v, zero)
    }
}
