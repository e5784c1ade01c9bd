//! Conversions `T(x)` and implicit conversions to interfaces (boxing into an `Eface`
//! `{typedesc, data}`: the data is a stack copy when escape analysis says the
//! conversion does not escape, a `runtime.convT` heap copy when it does).

use cranelift_codegen::ir::{types, InstBuilder};
use golift_escape::Placement;
use golift_hir::{underlying, BasicKind, Ty, TyKind};
use golift_syntax::ast::ExprId;

use crate::abi::{float_type, int_info, is_string, PTR};
use crate::func::FnCx;
use crate::place::CValue;
use crate::types::typedesc_symbol;

impl FnCx<'_> {
    /// Converts `v` of type `from` to type `to` (conversion site `e`).
    pub(crate) fn convert_value(&mut self, e: ExprId, from: &Ty, to: &Ty, v: CValue) -> CValue {
        let at = self.cur_loc;
        let tu = underlying(self.db, to);
        let fu = underlying(self.db, from);
        if let TyKind::Interface(_) = tu.kind() {
            if let TyKind::Interface(_) = fu.kind() {
                return v;
            }
            return self.box_value(e, from, v);
        }
        if let (Some((tt, _)), Some((ft, fsigned))) =
            (int_info(self.db, to), int_info(self.db, from))
        {
            let Some(x) = v.scalar() else { return v };
            let r = if tt.bits() > ft.bits() {
                if fsigned {
                    self.b.ins().sextend(tt, x)
                } else {
                    self.b.ins().uextend(tt, x)
                }
            } else if tt.bits() < ft.bits() {
                self.b.ins().ireduce(tt, x)
            } else {
                x
            };
            return CValue::Flat(vec![r]);
        }
        if let (Some(tf), Some((ft, fsigned))) = (float_type(self.db, to), int_info(self.db, from))
        {
            let Some(x) = v.scalar() else { return v };
            let x = self.widen(x, ft, fsigned);
            let r = if fsigned {
                self.b.ins().fcvt_from_sint(tf, x)
            } else {
                self.b.ins().fcvt_from_uint(tf, x)
            };
            return CValue::Flat(vec![r]);
        }
        if let (Some((tt, tsigned)), Some(_)) = (int_info(self.db, to), float_type(self.db, from)) {
            let Some(x) = v.scalar() else { return v };
            let wide = if tsigned {
                self.b.ins().fcvt_to_sint_sat(types::I64, x)
            } else {
                self.b.ins().fcvt_to_uint_sat(types::I64, x)
            };
            let r = if tt == types::I64 {
                wide
            } else {
                self.b.ins().ireduce(tt, wide)
            };
            return CValue::Flat(vec![r]);
        }
        if let (Some(tf), Some(ff)) = (float_type(self.db, to), float_type(self.db, from)) {
            let Some(x) = v.scalar() else { return v };
            let r = if tf.bits() > ff.bits() {
                self.b.ins().fpromote(tf, x)
            } else if tf.bits() < ff.bits() {
                self.b.ins().fdemote(tf, x)
            } else {
                x
            };
            return CValue::Flat(vec![r]);
        }
        if is_string(self.db, to) && !is_string(self.db, from) {
            let out = self.raw_temp(16);
            if let Some((ft, fsigned)) = int_info(self.db, from) {
                let Some(x) = v.scalar() else { return v };
                let x = self.widen(x, ft, fsigned);
                self.call_rt("runtime.intstring", &[out, x]);
            } else if is_byte_slice(self.db, &fu) {
                let vals = self.words(from, v);
                self.call_rt("runtime.slicebytetostring", &[out, vals[0], vals[1]]);
            } else {
                return self.fail(at, "this conversion to string", to);
            }
            let p = self.b.ins().load(PTR, Self::flags(), out, 0);
            let n = self.b.ins().load(types::I64, Self::flags(), out, 8);
            return CValue::Flat(vec![p, n]);
        }
        if is_byte_slice(self.db, &tu) && is_string(self.db, from) {
            let vals = self.words(from, v);
            let out = self.raw_temp(24);
            self.call_rt("runtime.stringtoslicebyte", &[out, vals[0], vals[1]]);
            let vals = self.load_value(out, to);
            return match vals {
                CValue::Flat(_) => vals,
                other => other,
            };
        }
        if tu == fu || matches!(tu.kind(), TyKind::Pointer(_)) {
            return v;
        }
        self.fail(at, "this conversion", to)
    }

    /// Boxes `v` (of non-interface type `ty`) into an `Eface`.
    pub(crate) fn box_value(&mut self, site: ExprId, ty: &Ty, v: CValue) -> CValue {
        // Untyped constants box as their default type.
        let ty = default_type(ty);
        if let Some(BasicKind::UntypedNil) = ty.as_basic() {
            let z = self.b.ins().iconst(PTR, 0);
            return CValue::Flat(vec![z, z]);
        }
        let sym = typedesc_symbol(&ty);
        self.out.type_descs.insert(sym.clone(), ty.clone());
        let typ = self.data_addr(&sym);
        let data = if self.placement(site) == Placement::Stack {
            let copy = self.stabilize(&ty, v);
            self.value_addr(&ty, copy)
        } else {
            let src = self.value_addr(&ty, v);
            match self.call_rt("runtime.convT", &[typ, src]).first() {
                Some(&p) => p,
                None => src,
            }
        };
        CValue::Flat(vec![typ, data])
    }
}

fn is_byte_slice(db: &dyn golift_hir::Db, t: &Ty) -> bool {
    match t.kind() {
        TyKind::Slice(e) => matches!(underlying(db, e).as_basic(), Some(BasicKind::Uint8)),
        _ => false,
    }
}

/// The default type of an untyped constant type (itself otherwise).
pub(crate) fn default_type(ty: &Ty) -> Ty {
    match ty.as_basic() {
        Some(BasicKind::UntypedBool) => Ty::basic(BasicKind::Bool),
        Some(BasicKind::UntypedInt) => Ty::basic(BasicKind::Int),
        Some(BasicKind::UntypedRune) => Ty::basic(BasicKind::Int32),
        Some(BasicKind::UntypedFloat) => Ty::basic(BasicKind::Float64),
        Some(BasicKind::UntypedString) => Ty::basic(BasicKind::String),
        _ => ty.clone(),
    }
}
