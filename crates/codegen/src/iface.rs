//! Non-empty interface values `{itab, data}` (docs/runtime-abi.md, "Itabs"): converting
//! a concrete value to one (the itab's address as the first word, the data word as for
//! `interface{}`), converting one to `interface{}` (the itab's type, nil for a nil
//! interface), and calls `i.M(args)` through the itab's method slot with the data word
//! as the receiver. A conversion between different interfaces with methods asks the
//! runtime for the itab (`runtime.convI2I`, crates/runtime/src/methods.rs).

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_hir::body::ExprId;
use golift_hir::{underlying, BasicKind, Ty, TyKind};

use crate::abi::PTR;
use crate::calls::CallTarget;
use crate::func::FnCx;
use crate::itab::{itab_entries, itab_symbol, ITAB_FUN_OFFSET, ITAB_TYPE_OFFSET};
use crate::place::CValue;

impl FnCx<'_> {
    /// Whether `t` is an interface type with methods.
    pub(crate) fn has_methods(&self, t: &Ty) -> bool {
        matches!(underlying(self.db, t).kind(), TyKind::Interface(ms) if !ms.is_empty())
    }

    /// The first word of `concrete` converted to non-empty interface `iface`: its
    /// itab's address (the itab emitted with the object). `None`: reported.
    pub(crate) fn itab_addr(&mut self, iface: &Ty, concrete: &Ty) -> Option<Value> {
        if let Err(msg) = itab_entries(self.db, iface, concrete) {
            self.internal_error(msg);
            return None;
        }
        let sym = itab_symbol(self.db, iface, concrete);
        self.out
            .itabs
            .insert(sym.clone(), (iface.clone(), concrete.clone()));
        Some(self.data_addr(&sym))
    }

    /// The type word of an interface value whose first word is `word`: the word itself
    /// for `interface{}`, the itab's type (null for a nil interface) otherwise.
    pub(crate) fn iface_type_word(&mut self, iface: &Ty, word: Value) -> Value {
        if !self.has_methods(iface) {
            return word;
        }
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, word, 0);
        let load = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, PTR);
        let zero = self.b.ins().iconst(PTR, 0);
        self.b.ins().brif(is_nil, join, &[zero.into()], load, &[]);
        self.b.seal_block(load);
        self.b.switch_to_block(load);
        let t = self
            .b
            .ins()
            .load(PTR, Self::flags(), word, ITAB_TYPE_OFFSET);
        self.b.ins().jump(join, &[t.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Interface value `v` as interface type `to`: the same words when both have the
    /// same method set (or neither has methods), the type word for `interface{}`.
    pub(crate) fn iface_to_iface(&mut self, v: CValue, to: &Ty) -> CValue {
        let from = v.ty().clone();
        let (fu, tu) = (underlying(self.db, &from), underlying(self.db, to));
        if fu.identical(&tu) {
            return v.cast(self, to);
        }
        if !self.has_methods(&from) {
            // Only a type assertion turns `interface{}` into an interface with methods.
            self.internal_error(
                "an implicit conversion from interface{} to an interface with methods".into(),
            );
            return self.zero_value(to);
        }
        let words = v.flat_values(self);
        let &[itab, data] = words.as_slice() else {
            self.internal_error("an interface value is not two words".into());
            return self.zero_value(to);
        };
        let typ = self.iface_type_word(&from, itab);
        if self.has_methods(to) {
            // gc's `convI2I`: the itab of the dynamic type for `to`, built at run time.
            let inter = self.type_desc_addr(to);
            let itab = self.rt_word("runtime.convI2I", &[inter, typ]);
            return self.by_val(to, vec![itab, data]);
        }
        self.by_val(to, vec![typ, data])
    }

    /// The one result of a runtime call returning a word.
    pub(crate) fn rt_word(&mut self, name: &str, args: &[Value]) -> Value {
        match self.call_rt(name, args).first() {
            Some(&r) => r,
            None => {
                self.internal_error(format!("{name} has no result"));
                self.b.ins().iconst(PTR, 0)
            }
        }
    }

    /// `recv.M(args)`, `M` method `index` of `recv`'s interface type: the function in
    /// the itab's slot, called with the data word as the receiver (a nil interface
    /// panics as gc's nil dereference).
    pub(crate) fn call_iface(
        &mut self,
        loc: u32,
        recv: ExprId,
        index: u32,
        args: &[ExprId],
    ) -> Vec<CValue> {
        let ity = self.body.exprs[recv].ty.clone();
        let mty = match underlying(self.db, &ity).kind() {
            TyKind::Interface(ms) => ms.get(index as usize).map(|(_, t)| t.clone()),
            _ => None,
        };
        let Some(TyKind::Func {
            params, results, ..
        }) = mty.as_ref().map(|t| t.kind().clone())
        else {
            self.internal_error(format!("interface method {index} of a non-interface"));
            return Vec::new();
        };
        let v = self.expr(recv);
        let words = v.flat_values(self);
        let &[itab, data] = words.as_slice() else {
            self.internal_error("an interface value is not two words".into());
            return Vec::new();
        };
        let recv_ty = Ty::basic(BasicKind::UnsafePointer);
        let mut vals = vec![self.by_val(&recv_ty, vec![data])];
        vals.extend(args.iter().map(|&a| self.expr(a)));
        self.set_loc(loc);
        self.nil_check(itab);
        let off = ITAB_FUN_OFFSET + 8 * u64::from(index);
        let fptr = self.b.ins().load(PTR, Self::flags(), itab, off as i32);
        let params: Vec<Ty> = std::iter::once(recv_ty).chain(params).collect();
        debug_assert_eq!(self.b.func.dfg.value_type(fptr), types::I64);
        self.call_values(loc, CallTarget::Pointer(fptr), &params, &results, vals)
    }
}
