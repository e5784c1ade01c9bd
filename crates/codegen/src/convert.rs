//! Conversions: [`ExprKind::Convert`] `T(x)` between non-interface types (the copying
//! ones placed as escape analysis decided for their site) and [`ExprKind::ConvIface`]
//! (an `Eface` `{typedesc, data}`: a pointer-shaped value is the data word itself; any
//! other is copied to the stack or, through `runtime.convT`, to the heap, as escape
//! analysis decided for the conversion's site).
//!
//! [`ExprKind::Convert`]: golift_hir::body::ExprKind::Convert
//! [`ExprKind::ConvIface`]: golift_hir::body::ExprKind::ConvIface

use cranelift_codegen::ir::{
    condcodes::{FloatCC, IntCC},
    types, InstBuilder, Type, Value,
};
use golift_escape::Placement;
use golift_hir::body::{AllocSiteId, ExprId, ExprKind};
use golift_hir::{underlying, BasicKind, Ty, TyKind};

use crate::abi::{float_type, int_info, is_string, PTR};
use crate::func::FnCx;
use crate::place::{CValue, CValueInner};
use crate::type_names::typedesc_symbol;

/// 2^63 as a float.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

impl FnCx<'_> {
    /// Converts `v`, the value of operand `x`, to type `to`; `site` is the copy's
    /// allocation site for conversions that copy.
    pub(crate) fn convert_value(
        &mut self,
        x: ExprId,
        site: Option<AllocSiteId>,
        v: CValue,
        to: &Ty,
    ) -> CValue {
        let at = self.cur_loc;
        let from = &v.ty().clone();
        let tu = underlying(self.db, to);
        let fu = underlying(self.db, from);
        if let (TyKind::Pointer(elem), TyKind::Slice(_)) = (tu.kind(), fu.kind()) {
            if let TyKind::Array(n, _) = underlying(self.db, elem).kind() {
                // `(*[N]T)(s)`: the slice's array, once its length is at least N.
                let n = *n;
                let parts = v.words(self);
                let (ptr, len) = (parts[0], parts[1]);
                let want = self.b.ins().iconst(types::I64, n as i64);
                let short = self.b.ins().icmp(IntCC::SignedLessThan, len, want);
                self.panic_if(short, "runtime.panicSliceConvert", &[len, want]);
                return self.by_scalar(to, ptr);
            }
        }
        if let TyKind::Interface(_) = tu.kind() {
            return self.conv_iface(site, v, to);
        }
        if crate::complex::complex_elem(self.db, to).is_some()
            && crate::complex::complex_elem(self.db, from).is_some()
        {
            return self.complex_convert(to, v);
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
            return self.by_scalar(to, r);
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
            return self.by_scalar(to, r);
        }
        if let (Some((tt, tsigned)), Some(_)) = (int_info(self.db, to), float_type(self.db, from)) {
            let Some(x) = v.scalar() else { return v };
            let r = self.float_to_int(x, tt, tsigned);
            return self.by_scalar(to, r);
        }
        if let (Some(tf), Some(ff)) = (float_type(self.db, to), float_type(self.db, from)) {
            let Some(x) = v.scalar() else { return v };
            let r = if tf.bits() > ff.bits() {
                self.b.ins().fpromote(tf, x)
            } else if tf.bits() < ff.bits() {
                self.b.ins().fdemote(tf, x)
            } else {
                self.float_round(x)
            };
            return self.by_scalar(to, r);
        }
        if is_string(self.db, to) && !is_string(self.db, from) {
            let out = self.raw_temp(16);
            // A result that does not escape gets gc's stack buffer: 4 bytes for a rune,
            // 32 otherwise.
            let stack = site.is_some_and(|s| self.placement(s) == Placement::Stack);
            let is_int = int_info(self.db, from).is_some();
            let buf = if stack {
                let slot = self.new_slot(if is_int { 4 } else { 32 }, 8);
                self.b.ins().stack_addr(PTR, slot, 0)
            } else {
                self.b.ins().iconst(PTR, 0)
            };
            if let Some((ft, fsigned)) = int_info(self.db, from) {
                let Some(x) = v.scalar() else { return v };
                let x = self.widen(x, ft, fsigned);
                self.call_rt("runtime.intstring", &[out, buf, x]);
            } else if golift_hir::ty_class::is_byte_slice(self.db, &fu) {
                let vals = v.words(self);
                self.call_rt("runtime.slicebytetostring", &[out, buf, vals[0], vals[1]]);
            } else if golift_hir::ty_class::is_rune_slice(self.db, &fu) {
                let vals = v.words(self);
                self.call_rt("runtime.slicerunetostring", &[out, buf, vals[0], vals[1]]);
            } else {
                return self.fail(at, "this conversion to string", to);
            }
            let p = self.b.ins().load(PTR, Self::flags(), out, 0);
            let n = self.b.ins().load(types::I64, Self::flags(), out, 8);
            return self.by_val(to, vec![p, n]);
        }
        let to_bytes = golift_hir::ty_class::is_byte_slice(self.db, &tu);
        if (to_bytes || golift_hir::ty_class::is_rune_slice(self.db, &tu))
            && is_string(self.db, from)
        {
            let stack = match site {
                Some(site) => self.placement(site) == Placement::Stack,
                None => false,
            };
            if let Some(c) = self.const_string(x) {
                // gc copies a constant string into an exact-size `[n]byte`; `[]rune` of
                // a constant becomes a slice literal of its runes.
                let (size, n) = if to_bytes {
                    (c.len() as u64, c.len() as i64)
                } else {
                    let r = go_runes(&c);
                    (r.len() as u64 * 4, r.len() as i64)
                };
                let p = if stack {
                    let slot = self.new_slot(size.max(1), 8);
                    self.b.ins().stack_addr(PTR, slot, 0)
                } else {
                    self.heap_alloc(size)
                };
                if to_bytes {
                    let vals = v.words(self);
                    self.copy_mem(p, vals[0], size);
                } else {
                    for (i, r) in go_runes(&c).into_iter().enumerate() {
                        let x = self.b.ins().iconst(types::I32, i64::from(r));
                        self.b.ins().store(Self::flags(), x, p, (i * 4) as i32);
                    }
                }
                let len = self.b.ins().iconst(types::I64, n);
                return self.by_val(to, vec![p, len, len]);
            }
            let vals = v.words(self);
            let out = self.raw_temp(24);
            let buf = if stack {
                let slot = self.new_slot(if to_bytes { 32 } else { 128 }, 8);
                self.b.ins().stack_addr(PTR, slot, 0)
            } else {
                self.b.ins().iconst(PTR, 0)
            };
            let f = if to_bytes {
                "runtime.stringtoslicebyte"
            } else {
                "runtime.stringtoslicerune"
            };
            self.call_rt(f, &[out, buf, vals[0], vals[1]]);
            return self.load_value(out, to);
        }
        if matches!(fu.as_basic(), Some(BasicKind::UntypedNil)) {
            let t = self.temp(to);
            return self.load_value(t, to);
        }
        // Pointers, unsafe.Pointer and uintptr are the same word.
        let address = |t: &Ty| {
            matches!(t.kind(), TyKind::Pointer(_))
                || matches!(
                    t.as_basic(),
                    Some(BasicKind::UnsafePointer | BasicKind::Uintptr)
                )
        };
        // A channel to a channel type of another direction: the same pointer word.
        let chans = matches!(
            (tu.kind(), fu.kind()),
            (TyKind::Chan(_, a), TyKind::Chan(_, b)) if a.identical(b)
        );
        if tu.identical(&fu)
            || chans
            || matches!(tu.kind(), TyKind::Pointer(_))
            || (address(&tu) && address(&fu))
        {
            return v.cast(self, to);
        }
        self.fail(at, "this conversion", to)
    }

    /// The value of `x` if it is a constant string.
    pub(crate) fn const_string(&self, x: ExprId) -> Option<Vec<u8>> {
        match &self.body.exprs[x].kind {
            ExprKind::Const(golift_hir::ConstValue::String(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// A float to an integer of type `to` as gc does it (its conversion table in
    /// ssagen): to 8/16/32-bit signed and 8/16-bit unsigned types through a signed
    /// 32-bit conversion, to `int64` and `uint32` through a signed 64-bit one, then
    /// truncated. A signed conversion saturates on arm64 (FCVTZS; NaN gives 0) and gives
    /// MinInt of its width on amd64 (CVTTSD2SL/SQ) for NaN and out-of-range values.
    /// To `uint64`: FCVTZU (saturating) on arm64; on amd64 values >= 2^63 are converted
    /// after subtracting 2^63 and the top bit is or-ed back in.
    fn float_to_int(&mut self, x: Value, to: Type, signed: bool) -> Value {
        let result = if !signed && to == types::I64 {
            if self.x86 {
                let ft = self.b.func.dfg.value_type(x);
                let two63 = self.fconst_of(ft, TWO_POW_63);
                let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
                let direct = self.cvt_signed(x, types::I64);
                let reduced = self.b.ins().fsub(x, two63);
                let big = self.cvt_signed(reduced, types::I64);
                let big = self.b.ins().bor_imm_s(big, i64::MIN);
                self.b.ins().select(small, direct, big)
            } else {
                self.b.ins().fcvt_to_uint_sat(types::I64, x)
            }
        } else if to.bits() < 32 || (signed && to == types::I32) {
            self.cvt_signed(x, types::I32)
        } else {
            self.cvt_signed(x, types::I64)
        };
        let rt = self.b.func.dfg.value_type(result);
        if rt.bits() > to.bits() {
            self.b.ins().ireduce(to, result)
        } else {
            result
        }
    }

    /// A signed float to `width` conversion with the target's out-of-range behaviour.
    fn cvt_signed(&mut self, x: Value, width: Type) -> Value {
        let sat = self.b.ins().fcvt_to_sint_sat(width, x);
        if !self.x86 {
            return sat;
        }
        let ft = self.b.func.dfg.value_type(x);
        let bound = if width == types::I32 {
            2147483648.0
        } else {
            TWO_POW_63
        };
        let lo = self.fconst_of(ft, -bound);
        let hi = self.fconst_of(ft, bound);
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let ok = self.b.ins().band(ge, lt);
        let min = if width == types::I32 {
            self.b.ins().iconst(types::I32, i32::MIN as u32 as i64)
        } else {
            self.b.ins().iconst(types::I64, i64::MIN)
        };
        self.b.ins().select(ok, sat, min)
    }

    fn fconst_of(&mut self, t: Type, f: f64) -> Value {
        if t == types::F32 {
            self.b.ins().f32const(f as f32)
        } else {
            self.b.ins().f64const(f)
        }
    }

    /// `v` converted to interface type `to`: unchanged if it is an interface already;
    /// with no `site`, the pointer-shaped value is the data word; otherwise boxed.
    pub(crate) fn conv_iface(&mut self, site: Option<AllocSiteId>, v: CValue, to: &Ty) -> CValue {
        self.conv_iface_boxing(site.map(Boxing::Site), v, to)
    }

    /// `v` converted to interface type `to` by a conversion escape analysis does not
    /// see (gc's order-time conversions, such as a comma-ok result assigned to an
    /// interface): a boxed value is copied to the heap.
    pub(crate) fn conv_iface_heap(&mut self, v: CValue, to: &Ty) -> CValue {
        let boxing = (!self.layout(&default_type(v.ty())).direct_iface).then_some(Boxing::Heap);
        self.conv_iface_boxing(boxing, v, to)
    }

    /// `conv_iface` with how a boxed value is boxed (`None`: it is pointer-shaped).
    fn conv_iface_boxing(&mut self, boxing: Option<Boxing>, v: CValue, to: &Ty) -> CValue {
        if let TyKind::Interface(_) = underlying(self.db, v.ty()).kind() {
            return self.iface_to_iface(v, to);
        }
        // Untyped constants box as their default type.
        let ty = default_type(v.ty());
        if let Some(BasicKind::UntypedNil) = ty.as_basic() {
            let z = self.b.ins().iconst(PTR, 0);
            return self.by_val(to, vec![z, z]);
        }
        let sym = typedesc_symbol(self.db, &ty);
        self.out.type_descs.insert(sym.clone(), ty.clone());
        let desc = self.data_addr(&sym);
        // The first word: the type descriptor, or for an interface with methods the itab.
        let typ = if self.has_methods(to) {
            match self.itab_addr(to, &ty) {
                Some(a) => a,
                None => return self.zero_value(to),
            }
        } else {
            desc
        };
        let Some(boxing) = boxing else {
            // A pointer-shaped value (or a struct or array holding one): its one word.
            let data = match v.inner() {
                CValueInner::Mem(a) => self.b.ins().load(PTR, Self::flags(), *a, 0),
                CValueInner::Flat(vals) => match vals.first() {
                    Some(&w) => w,
                    None => self.b.ins().iconst(PTR, 0),
                },
            };
            return self.by_val(to, vec![typ, data]);
        };
        // gc's walk (dataWord) boxes a value that does not escape in a stack copy only
        // up to 1024 bytes; a larger one is copied to the heap by `runtime.convT`.
        let small = v.layout().size <= MAX_STACK_BOXED;
        let on_stack = match boxing {
            Boxing::Site(site) => self.placement(site) == Placement::Stack,
            Boxing::Heap => false,
        };
        let data = if on_stack && small {
            v.stabilize(self).addr(self)
        } else {
            let src = v.addr(self);
            match self.call_rt("runtime.convT", &[desc, src]).first() {
                Some(&p) => p,
                None => src,
            }
        };
        self.by_val(to, vec![typ, data])
    }
}

/// Where a boxed value converted to an interface is copied.
#[derive(Clone, Copy)]
enum Boxing {
    /// As escape analysis placed the conversion's allocation site.
    Site(AllocSiteId),
    /// On the heap (a conversion escape analysis does not see).
    Heap,
}

/// The largest value gc's walk boxes in a stack copy when its conversion to an
/// interface does not escape (`dataWord` in walk/convert.go).
const MAX_STACK_BOXED: u64 = 1024;

/// The runes of a string as Go's `[]rune(s)` decodes them (U+FFFD per invalid byte).
fn go_runes(s: &[u8]) -> Vec<i32> {
    let mut out = Vec::new();
    for chunk in s.utf8_chunks() {
        out.extend(chunk.valid().chars().map(|c| c as i32));
        out.extend(chunk.invalid().iter().map(|_| 0xFFFD));
    }
    out
}

/// The default type of an untyped constant type (itself otherwise).
pub(crate) fn default_type(ty: &Ty) -> Ty {
    match ty.as_basic() {
        Some(BasicKind::UntypedBool) => Ty::basic(BasicKind::Bool),
        Some(BasicKind::UntypedInt) => Ty::basic(BasicKind::Int),
        Some(BasicKind::UntypedRune) => Ty::basic(BasicKind::Int32),
        Some(BasicKind::UntypedFloat) => Ty::basic(BasicKind::Float64),
        Some(BasicKind::UntypedComplex) => Ty::basic(BasicKind::Complex128),
        Some(BasicKind::UntypedString) => Ty::basic(BasicKind::String),
        _ => ty.clone(),
    }
}
