//! Type assertions `x.(T)` on `interface{}` values, as gc's walk lowers them: the type
//! word compared with `T`'s descriptor (for `T = interface{}`, with nil), then the value
//! read from the data word (the word itself for pointer-shaped `T`). A failed
//! assertion calls `runtime.panicdottypeE` / `runtime.panicnildottype`; the comma-ok
//! form gives `T`'s zero value and `false` instead. An interface with methods gives
//! its itab's type word. An assertion to an interface with methods asks the runtime
//! for the itab of the dynamic type (`runtime.assertE2I`, `runtime.assertE2I2`:
//! crates/runtime/src/methods.rs), which panics or gives nil when a method is missing.

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_hir::{underlying, Ty, TyKind};

use crate::abi::PTR;
use crate::func::FnCx;
use crate::place::CValue;
use crate::type_names::typedesc_symbol;

impl FnCx<'_> {
    /// `x.(to)`, panicking when `x` does not hold a `to`.
    pub(crate) fn type_assert(&mut self, x: CValue, to: &Ty) -> CValue {
        let Some((typ, data, iface_ty)) = self.assert_operand(x) else {
            return self.zero_value(to);
        };
        if self.has_methods(to) {
            let inter = self.type_desc_addr(to);
            let itab = self.rt_word("runtime.assertE2I", &[inter, typ]);
            return self.by_val(to, vec![itab, data]);
        }
        if self.is_iface(to) {
            let want = self.type_desc_addr(to);
            let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, typ, 0);
            self.panic_if(is_nil, "runtime.panicnildottype", &[want]);
            return self.by_val(to, vec![typ, data]);
        }
        let want = self.type_desc_addr(to);
        let iface = self.type_desc_addr(&iface_ty);
        let wrong = self.b.ins().icmp(IntCC::NotEqual, typ, want);
        self.panic_if(wrong, "runtime.panicdottypeE", &[typ, want, iface]);
        self.held_value(data, to)
    }

    /// `x.(to)` with its second result: the value (`to`'s zero value on failure) and
    /// whether `x` held a `to`, an `i8`.
    pub(crate) fn type_assert_ok(&mut self, x: CValue, to: &Ty) -> (CValue, Value) {
        let Some((typ, data, _)) = self.assert_operand(x) else {
            let zero = self.zero_value(to);
            let no = self.b.ins().iconst(types::I8, 0);
            return (zero, no);
        };
        if self.has_methods(to) {
            // A failed assertion gives the nil interface.
            let inter = self.type_desc_addr(to);
            let itab = self.rt_word("runtime.assertE2I2", &[inter, typ]);
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, itab, 0);
            let zero = self.b.ins().iconst(PTR, 0);
            let data = self.b.ins().select(ok, data, zero);
            return (self.by_val(to, vec![itab, data]), ok);
        }
        if self.is_iface(to) {
            // `interface{}`: a nil `x` is the zero value already.
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, typ, 0);
            return (self.by_val(to, vec![typ, data]), ok);
        }
        let want = self.type_desc_addr(to);
        let ok = self.b.ins().icmp(IntCC::Equal, typ, want);
        let slot = self.temp(to);
        let yes = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(ok, yes, &[], join, &[]);
        self.b.seal_block(yes);
        self.b.switch_to_block(yes);
        let v = self.held_value(data, to);
        self.store_value(slot, v);
        self.b.ins().jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        (self.load_value(slot, to), ok)
    }

    /// The type and data words of `x` and its static type; `None` (reported) for
    /// what is not supported yet.
    fn assert_operand(&mut self, x: CValue) -> Option<(Value, Value, Ty)> {
        let iface_ty = x.ty().clone();
        let words = x.flat_values(self);
        let &[word, data] = words.as_slice() else {
            self.internal_error("an interface value is not two words".into());
            return None;
        };
        let typ = self.iface_type_word(&iface_ty, word);
        Some((typ, data, iface_ty))
    }

    /// The value of type `to` an interface holds, from its data word.
    pub(crate) fn held_value(&mut self, data: Value, to: &Ty) -> CValue {
        if self.layout(to).direct_iface {
            let slot = self.temp(to);
            self.b.ins().store(FnCx::flags(), data, slot, 0);
            self.load_value(slot, to)
        } else {
            self.load_value(data, to)
        }
    }

    /// The address of `ty`'s type descriptor (emitted with the object).
    pub(crate) fn type_desc_addr(&mut self, ty: &Ty) -> Value {
        let sym = typedesc_symbol(self.db, ty);
        self.out.type_descs.insert(sym.clone(), ty.clone());
        let addr = self.data_addr(&sym);
        debug_assert_eq!(self.b.func.dfg.value_type(addr), PTR);
        addr
    }

    pub(crate) fn is_iface(&self, t: &Ty) -> bool {
        matches!(underlying(self.db, t).kind(), TyKind::Interface(_))
    }
}
