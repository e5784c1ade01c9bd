//! `unsafe.Add` and `unsafe.Slice` as gc's walk lowers them: pointer arithmetic, and a
//! slice header over `len` elements at `ptr` after gc's checks (`unsafe.Slice: len out
//! of range` for a negative or too large length, `unsafe.Slice: ptr is nil and len is not
//! zero`). `Sizeof`, `Alignof` and `Offsetof` are constants by now; conversions between
//! pointers, `unsafe.Pointer` and `uintptr` are `convert.rs`'s.

use cranelift_codegen::ir::{condcodes::IntCC, InstBuilder};
use golift_hir::body::ExprId;
use golift_hir::{layout_of, underlying, Ty, TyKind};

use crate::func::FnCx;
use crate::place::CValue;

impl FnCx<'_> {
    /// `unsafe.Add(ptr, len)`.
    pub(crate) fn unsafe_add(&mut self, ptr: ExprId, len: ExprId, ty: &Ty) -> CValue {
        let p = self.expr(ptr);
        let Some(p) = p.scalar() else {
            self.internal_error("unsafe.Add of a pointer that is not one word".into());
            return self.zero_value(ty);
        };
        let (n, _) = self.index_value(len);
        let r = self.b.ins().iadd(p, n);
        self.by_scalar(ty, r)
    }

    /// `unsafe.Slice(ptr, len)`: `{ptr, len, len}`.
    pub(crate) fn unsafe_slice(&mut self, ptr: ExprId, len: ExprId, ty: &Ty) -> CValue {
        let elem = match underlying(self.db, ty).kind() {
            TyKind::Slice(elem) => elem.clone(),
            _ => {
                self.internal_error("unsafe.Slice of a type that is not a slice".into());
                return self.zero_value(ty);
            }
        };
        let p = self.expr(ptr);
        let Some(p) = p.scalar() else {
            self.internal_error("unsafe.Slice of a pointer that is not one word".into());
            return self.zero_value(ty);
        };
        let (n, unsigned) = self.index_value(len);
        // Negative, or more bytes than the address space: gc's `panicunsafeslicelen`.
        let size = layout_of(self.db, &elem).size.max(1);
        let max = (i64::MAX as u64 / size) as i64;
        let too_big = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, n, max);
        let bad = if unsigned {
            too_big
        } else {
            let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
            self.b.ins().bor(negative, too_big)
        };
        self.panic_if(bad, "runtime.panicunsafeslicelen", &[]);
        let nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, n, 0);
        let nil_with_len = self.b.ins().band(nil, nonzero);
        self.panic_if(nil_with_len, "runtime.panicunsafeslicenilptr", &[]);
        self.by_val(ty, vec![p, n, n])
    }
}
