//! Arithmetic, comparison, shifts and division with Go's semantics: wrapping integer
//! arithmetic at the type's width, `runtime.panicdivide` on division by zero (and no
//! trap for `MinInt / -1`, which wraps), `runtime.panicshift` for negative shift counts,
//! and shifts by the width or more giving 0 (or -1 for a negative signed `>>`).

use cranelift_codegen::ir::{
    condcodes::{FloatCC, IntCC},
    types, InstBuilder, Value,
};
use golift_hir::body::{BinOp as BinaryOp, ExprId, ExprKind};
use golift_hir::{ConstValue, Ty, TyKind};

use crate::abi::{float_type, int_info, is_string, PTR};
use crate::complex::complex_elem;
use crate::func::FnCx;
use crate::place::{CValue, CValueInner};

impl FnCx<'_> {
    /// `x op y`; `ty` is the type of the result (and of `x`; `y`'s differs for shifts).
    pub(crate) fn binary_op_values(
        &mut self,
        op: BinaryOp,
        ty: &Ty,
        x: CValue,
        y: CValue,
        at: u32,
    ) -> CValue {
        if is_string(self.db, ty) {
            if op != BinaryOp::Add {
                return self.fail(at, "this string operator", ty);
            }
            let xs = x.words(self);
            let ys = y.words(self);
            let out = self.raw_temp(16);
            self.call_rt("runtime.concatstring2", &[out, xs[0], xs[1], ys[0], ys[1]]);
            let p = self.b.ins().load(PTR, Self::flags(), out, 0);
            let n = self.b.ins().load(types::I64, Self::flags(), out, 8);
            return self.by_val(ty, vec![p, n]);
        }
        if complex_elem(self.db, ty).is_some() {
            return self.complex_binary(op, ty, x, y, at);
        }
        let yty = y.ty().clone();
        let (Some(xv), Some(yv)) = (x.scalar(), y.scalar()) else {
            return self.fail(at, "this operator on these operands", ty);
        };
        if float_type(self.db, ty).is_some() {
            let r = match op {
                BinaryOp::Add => self.float_add(xv, yv),
                BinaryOp::Sub => self.float_sub(xv, yv),
                BinaryOp::Mul => self.b.ins().fmul(xv, yv),
                BinaryOp::Div => self.b.ins().fdiv(xv, yv),
                _ => return self.fail(at, "this float operator", ty),
            };
            return self.by_scalar(ty, r);
        }
        let (t, signed) = int_info(self.db, ty).unwrap_or((types::I64, true));
        let r = match op {
            BinaryOp::Add => self.b.ins().iadd(xv, yv),
            BinaryOp::Sub => self.b.ins().isub(xv, yv),
            BinaryOp::Mul => self.b.ins().imul(xv, yv),
            BinaryOp::And => self.b.ins().band(xv, yv),
            BinaryOp::Or => self.b.ins().bor(xv, yv),
            BinaryOp::Xor => self.b.ins().bxor(xv, yv),
            BinaryOp::AndNot => self.b.ins().band_not(xv, yv),
            BinaryOp::Div | BinaryOp::Rem => self.int_div(op, t, signed, xv, yv),
            BinaryOp::Shl | BinaryOp::Shr => self.shift(op, t, signed, xv, &yty, yv),
            _ => return self.fail(at, "this operator", ty),
        };
        self.by_scalar(ty, r)
    }

    /// The constant value of the divisor or shift count being lowered, if any: found by
    /// value identity of `iconst` instructions.
    fn const_of(&self, v: Value) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryImm { imm, .. } => Some(imm.bits()),
            _ => None,
        }
    }

    fn int_div(
        &mut self,
        op: BinaryOp,
        t: cranelift_codegen::ir::Type,
        signed: bool,
        x: Value,
        y: Value,
    ) -> Value {
        let is_div = op == BinaryOp::Div;
        let konst = self.const_of(y);
        if konst != Some(0) && konst.is_some() {
            let all_ones = konst
                .map(|c| sign_extend(c, t.bits()) == -1)
                .unwrap_or(false);
            if signed && all_ones {
                return if is_div {
                    self.b.ins().ineg(x)
                } else {
                    self.b.ins().iconst(t, 0)
                };
            }
            return self.div_op(is_div, signed, x, y);
        }
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
        self.panic_if(is_zero, "runtime.panicdivide", &[]);
        if !signed {
            return self.div_op(is_div, signed, x, y);
        }
        // y == -1: x / -1 == -x (wrapping), x % -1 == 0; Cranelift's sdiv would trap on
        // MinInt / -1.
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
        let neg = self.b.create_block();
        let normal = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, t);
        self.b.ins().brif(minus_one, neg, &[], normal, &[]);
        self.b.seal_block(neg);
        self.b.seal_block(normal);
        self.b.switch_to_block(neg);
        let nv = if is_div {
            self.b.ins().ineg(x)
        } else {
            self.b.ins().iconst(t, 0)
        };
        self.b.ins().jump(join, &[nv.into()]);
        self.b.switch_to_block(normal);
        let dv = self.div_op(is_div, signed, x, y);
        self.b.ins().jump(join, &[dv.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        r
    }

    fn div_op(&mut self, is_div: bool, signed: bool, x: Value, y: Value) -> Value {
        match (is_div, signed) {
            (true, true) => self.b.ins().sdiv(x, y),
            (true, false) => self.b.ins().udiv(x, y),
            (false, true) => self.b.ins().srem(x, y),
            (false, false) => self.b.ins().urem(x, y),
        }
    }

    fn shift(
        &mut self,
        op: BinaryOp,
        t: cranelift_codegen::ir::Type,
        signed: bool,
        x: Value,
        yty: &Ty,
        y: Value,
    ) -> Value {
        let width = t.bits() as i64;
        let (yt, ysigned) = int_info(self.db, yty).unwrap_or((types::I64, false));
        if let Some(c) = self.const_of(y) {
            let c = if ysigned {
                sign_extend(c, yt.bits())
            } else {
                c
            };
            if (0..width).contains(&c) {
                return match (op, signed) {
                    (BinaryOp::Shl, _) => self.b.ins().ishl_imm_s(x, c),
                    (_, true) => self.b.ins().sshr_imm_s(x, c),
                    (_, false) => self.b.ins().ushr_imm_s(x, c),
                };
            }
            if c >= width {
                return match (op, signed) {
                    (BinaryOp::Shr, true) => self.b.ins().sshr_imm_s(x, width - 1),
                    _ => self.b.ins().iconst(t, 0),
                };
            }
        }
        if ysigned {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
            self.panic_if(neg, "runtime.panicshift", &[]);
        }
        let y64 = self.widen(y, yt, false);
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, y64, width);
        match (op, signed) {
            (BinaryOp::Shr, true) => {
                let maxs = self.b.ins().iconst(types::I64, width - 1);
                let amt = self.b.ins().select(big, maxs, y64);
                self.b.ins().sshr(x, amt)
            }
            (BinaryOp::Shl, _) => {
                let r = self.b.ins().ishl(x, y64);
                let z = self.b.ins().iconst(t, 0);
                self.b.ins().select(big, z, r)
            }
            _ => {
                let r = self.b.ins().ushr(x, y64);
                let z = self.b.ins().iconst(t, 0);
                self.b.ins().select(big, z, r)
            }
        }
    }

    /// `x op y` for a comparison operator; the operands' type is `x`'s (`y`'s when `x`
    /// is the untyped nil). Returns an `i8`.
    pub(crate) fn compare(&mut self, op: BinaryOp, x: CValue, y: CValue, at: u32) -> Value {
        let is_iface = |fx: &Self, v: &CValue| {
            matches!(
                golift_hir::underlying(fx.db, v.ty()).kind(),
                TyKind::Interface(_)
            )
        };
        // Against the nil interface (the untyped nil, or a constant all-zero interface),
        // the type words decide, below.
        let (xi, yi) = (is_iface(self, &x), is_iface(self, &y));
        let nil = is_untyped_nil(x.ty())
            || is_untyped_nil(y.ty())
            || (xi && yi && self.nil_operand_seen(&x, &y));
        if !nil && (xi || yi) {
            return self.compare_iface(op, x, y, at);
        }
        let ty = if is_untyped_nil(x.ty()) {
            y.ty().clone()
        } else {
            x.ty().clone()
        };
        let ty = &ty;
        let under = golift_hir::underlying(self.db, ty);
        if is_string(self.db, ty) {
            let xs = x.words(self);
            let ys = y.words(self);
            let r = self.call_rt("runtime.cmpstring", &[xs[0], xs[1], ys[0], ys[1]]);
            let r = match r.first() {
                Some(&r) => r,
                None => self.b.ins().iconst(types::I64, 0),
            };
            return self.b.ins().icmp_imm_s(int_cc(op, true), r, 0);
        }
        if complex_elem(self.db, ty).is_some() {
            return self.complex_compare(op, x, y);
        }
        if let Some(_ft) = float_type(self.db, ty) {
            let (Some(a), Some(b)) = (x.scalar(), y.scalar()) else {
                return self.b.ins().iconst(types::I8, 0);
            };
            let cc = match op {
                BinaryOp::Eq => FloatCC::Equal,
                BinaryOp::Ne => FloatCC::NotEqual,
                BinaryOp::Lt => FloatCC::LessThan,
                BinaryOp::Le => FloatCC::LessThanOrEqual,
                BinaryOp::Gt => FloatCC::GreaterThan,
                _ => FloatCC::GreaterThanOrEqual,
            };
            return self.b.ins().fcmp(cc, a, b);
        }
        match under.kind() {
            TyKind::Basic(_) => {
                let signed = int_info(self.db, ty).map(|(_, s)| s).unwrap_or(false);
                let (Some(a), Some(b)) = (x.scalar(), y.scalar()) else {
                    return self.b.ins().iconst(types::I8, 0);
                };
                self.b.ins().icmp(int_cc(op, signed), a, b)
            }
            // Pointers, slices (only against nil), maps, funcs, and interfaces against
            // nil: compare the first word.
            TyKind::Pointer(_)
            | TyKind::Slice(_)
            | TyKind::Map(..)
            | TyKind::Chan(..)
            | TyKind::Func { .. }
            | TyKind::Interface(_) => {
                let xs = x.words(self);
                let ys = y.words(self);
                match (xs.first(), ys.first()) {
                    (Some(&a), Some(&b)) => self.b.ins().icmp(int_cc(op, false), a, b),
                    _ => self.b.ins().iconst(types::I8, 0),
                }
            }
            TyKind::Struct(_) | TyKind::Array(..) if matches!(op, BinaryOp::Eq | BinaryOp::Ne) => {
                let xa = x.addr(self);
                let ya = y.addr(self);
                let eq = self.mem_equal(ty, xa, ya, at, 0);
                if op == BinaryOp::Eq {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                }
            }
            _ => {
                self.unsupported(at, "comparing values of this type");
                self.b.ins().iconst(types::I8, 0)
            }
        }
    }

    /// `*x == *y` for structs and arrays, field by field (element by element).
    fn mem_equal(&mut self, ty: &Ty, x: Value, y: Value, at: u32, depth: u32) -> Value {
        let under = golift_hir::underlying(self.db, ty);
        let mut parts: Vec<(u64, Ty)> = Vec::new();
        match under.kind() {
            TyKind::Struct(fields) => {
                let lay = golift_hir::layout_of(self.db, &under);
                let offsets = &lay.field_offsets;
                for (f, &off) in fields.iter().zip(offsets) {
                    if f.name != "_" {
                        parts.push((off, f.ty.clone()));
                    }
                }
            }
            TyKind::Array(n, elem) => {
                let esize = golift_hir::layout_of(self.db, elem).size;
                if *n > 64 {
                    self.unsupported(at, "comparing arrays of more than 64 elements");
                }
                for i in 0..(*n).min(64) {
                    parts.push((i * esize, elem.clone()));
                }
            }
            _ => {}
        }
        let mut acc = self.b.ins().iconst(types::I8, 1);
        if depth > 8 {
            return acc;
        }
        for (off, fty) in parts {
            let xa = self.b.ins().iadd_imm_s(x, off as i64);
            let ya = self.b.ins().iadd_imm_s(y, off as i64);
            let eq = if self.is_mem(&fty) {
                self.mem_equal(&fty, xa, ya, at, depth + 1)
            } else {
                let xv = self.load_value(xa, &fty);
                let yv = self.load_value(ya, &fty);
                self.compare(BinaryOp::Eq, xv, yv, at)
            };
            acc = self.b.ins().band(acc, eq);
        }
        acc
    }

    /// Whether one operand is the constant nil (all-zero words built by `iconst 0`).
    fn nil_operand_seen(&self, x: &CValue, y: &CValue) -> bool {
        let is_zero = |v: &CValue| match v.inner() {
            CValueInner::Flat(vals) => vals.iter().all(|&w| self.const_of(w) == Some(0)),
            CValueInner::Mem(_) => false,
        };
        is_zero(x) || is_zero(y)
    }

    /// Whether constant `c` is known for expression `e` (for shift/divisor checks).
    pub(crate) fn const_int(&self, e: ExprId) -> Option<i128> {
        match &self.body.exprs[e].kind {
            ExprKind::Const(c @ ConstValue::Int(_)) => c.as_i128(),
            _ => None,
        }
    }
}

fn is_untyped_nil(ty: &Ty) -> bool {
    matches!(ty.kind(), TyKind::Basic(golift_hir::BasicKind::UntypedNil))
}

fn int_cc(op: BinaryOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinaryOp::Eq, _) => IntCC::Equal,
        (BinaryOp::Ne, _) => IntCC::NotEqual,
        (BinaryOp::Lt, true) => IntCC::SignedLessThan,
        (BinaryOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinaryOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinaryOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        (BinaryOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinaryOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinaryOp::Gt, false) => IntCC::UnsignedGreaterThan,
        (_, false) => IntCC::UnsignedGreaterThanOrEqual,
        (_, true) => IntCC::SignedGreaterThanOrEqual,
    }
}

/// Sign-extends the low `bits` bits of `v`.
fn sign_extend(v: i64, bits: u32) -> i64 {
    if bits >= 64 {
        v
    } else {
        let shift = 64 - bits;
        (v << shift) >> shift
    }
}
