//! `==` and `!=` with an interface operand, as gc's walk (`walkCompare`) lowers them:
//! an interface against a concrete value compares the type word with the concrete
//! type's descriptor (for an interface with methods, its itab's type: itabs are not
//! unique per pair, `runtime.convI2I` builds them at run time) and, only when they match, the data with the value (no boxing;
//! the body has no conversion here, as gc's IR has none); two interfaces compare their
//! dynamic types and then call `runtime.efaceeq` with the dynamic type, which compares by it and
//! panics for an uncomparable one. Comparisons with `nil` and of concrete types are
//! [`FnCx::compare`]'s.

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_hir::body::BinOp as BinaryOp;
use golift_hir::{underlying, TyKind};

use crate::func::FnCx;
use crate::place::CValue;

impl FnCx<'_> {
    /// `x op y` (`op` is `==` or `!=`) where `x` or `y` is an interface, neither is the
    /// nil constant. Returns an `i8`.
    pub(crate) fn compare_iface(&mut self, op: BinaryOp, x: CValue, y: CValue, at: u32) -> Value {
        let is_iface = |fx: &Self, v: &CValue| {
            matches!(underlying(fx.db, v.ty()).kind(), TyKind::Interface(_))
        };
        let eq = match (is_iface(self, &x), is_iface(self, &y)) {
            (true, true) => self.iface_eq_iface(x, y),
            (true, false) => self.iface_eq_concrete(x, y, at),
            (false, true) => self.iface_eq_concrete(y, x, at),
            (false, false) => {
                self.internal_error("compare_iface without an interface operand".into());
                self.b.ins().iconst(types::I8, 0)
            }
        };
        match op {
            BinaryOp::Eq => eq,
            BinaryOp::Ne => self.b.ins().bxor_imm_s(eq, 1),
            _ => {
                self.internal_error(format!("interface comparison with {op:?}"));
                eq
            }
        }
    }

    /// Two interfaces: equal type words, then `runtime.efaceeq(type, x.data, y.data)`.
    fn iface_eq_iface(&mut self, x: CValue, y: CValue) -> Value {
        let xty = x.ty().clone();
        let yty = y.ty().clone();
        let (xw, yw) = (x.flat_values(self), y.flat_values(self));
        let (&[xt, xd], &[yt, yd]) = (xw.as_slice(), yw.as_slice()) else {
            self.internal_error("an interface value is not two words".into());
            return self.b.ins().iconst(types::I8, 0);
        };
        // Itabs are not unique per pair (`runtime.convI2I` builds its own), so the
        // dynamic types are compared.
        let (xt, yt) = (
            self.iface_type_word(&xty, xt),
            self.iface_type_word(&yty, yt),
        );
        let same_type = self.b.ins().icmp(IntCC::Equal, xt, yt);
        self.if_else_i8(same_type, |fx| {
            match fx.call_rt("runtime.efaceeq", &[xt, xd, yd]).first() {
                Some(&r) => r,
                None => {
                    fx.internal_error("runtime.efaceeq has no signature".into());
                    fx.b.ins().iconst(types::I8, 0)
                }
            }
        })
    }

    /// An interface `i` against a concrete value `c`: `i`'s type word is `c`'s type,
    /// then the value `i` holds equals `c`.
    fn iface_eq_concrete(&mut self, i: CValue, c: CValue, at: u32) -> Value {
        let ity = i.ty().clone();
        let words = i.flat_values(self);
        let &[typ, data] = words.as_slice() else {
            self.internal_error("an interface value is not two words".into());
            return self.b.ins().iconst(types::I8, 0);
        };
        let cty = c.ty().clone();
        let typ = self.iface_type_word(&ity, typ);
        let want = self.type_desc_addr(&cty);
        let same_type = self.b.ins().icmp(IntCC::Equal, typ, want);
        let c = c.stabilize(self);
        self.if_else_i8(same_type, |fx| {
            // A pointer-shaped value (a struct or array holding one too) is the data
            // word itself: read it through a stack copy of the word.
            let addr = if fx.layout(&cty).direct_iface {
                let slot = fx.temp(&cty);
                fx.b.ins().store(FnCx::flags(), data, slot, 0);
                slot
            } else {
                data
            };
            let held = fx.load_value(addr, &cty);
            fx.compare(BinaryOp::Eq, held, c, at)
        })
    }

    /// `cond ? then(fx) : 0` as an `i8`, `then` emitted only on its branch.
    fn if_else_i8(&mut self, cond: Value, then: impl FnOnce(&mut Self) -> Value) -> Value {
        let yes = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, types::I8);
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.ins().brif(cond, yes, &[], join, &[zero.into()]);
        self.b.seal_block(yes);
        self.b.switch_to_block(yes);
        let v = then(self);
        self.b.ins().jump(join, &[v.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        r
    }
}
