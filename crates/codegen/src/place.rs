//! Values and places that know their Go type and layout, as in rustc_codegen_cranelift's
//! `value_and_place`.
//!
//! A [`CValue`] is a Go value: its scalar components (flat types) or the address of its
//! bytes (structs, arrays: see [`crate::abi`]). A [`CPlace`] is where a value lives:
//! SSA variables (one per component) or memory at an address (stack slot, heap object,
//! global, element of an array or slice). Both carry their [`Ty`] and its
//! [`TypeLayout`] (read once, when they are made), so that loading, storing, spilling
//! and copying need no type alongside. Writing a value to a place of another
//! representation, or making a value with the wrong number of components, is an
//! internal compiler error (reported as a diagnostic; nothing is emitted).
//!
//! An in-memory `CValue` refers to bytes that its consumer must copy before the place
//! they came from is overwritten; statements that read and write the same places
//! (`a, b = b, a`) first copy such values into temporaries ([`CValue::stabilize`]).

use std::sync::Arc;

use cranelift_codegen::ir::{InstBuilder, Value};
use cranelift_frontend::Variable;
use golift_hir::{type_string, Ty, TyKind, TypeLayout};

use crate::abi::{repr_of, Repr, PTR};
use crate::func::FnCx;

/// How a [`CValue`] is held.
#[derive(Clone, Debug)]
pub(crate) enum CValueInner {
    /// The scalar components, in the order of the layout's representation.
    Flat(Vec<Value>),
    /// The address of the value's bytes.
    Mem(Value),
}

/// A Go value of a known type.
#[derive(Clone, Debug)]
pub(crate) struct CValue {
    inner: CValueInner,
    ty: Ty,
    layout: Arc<TypeLayout>,
}

/// Where a [`CPlace`] is.
#[derive(Clone, Debug)]
pub(crate) enum CPlaceInner {
    /// One SSA variable per scalar component.
    Vars(Vec<Variable>),
    /// Memory at an address.
    Addr(Value),
}

/// A place holding a Go value of a known type.
#[derive(Clone, Debug)]
pub(crate) struct CPlace {
    inner: CPlaceInner,
    ty: Ty,
    layout: Arc<TypeLayout>,
}

/// Whether values of layout `b` may be written to places of layout `a`: the same
/// Cranelift representation (and, in memory, the same size).
fn same_repr(a: &TypeLayout, b: &TypeLayout) -> bool {
    match (repr_of(a), repr_of(b)) {
        (Repr::Flat(x), Repr::Flat(y)) => x == y,
        (Repr::Mem, Repr::Mem) => a.size == b.size,
        _ => false,
    }
}

impl CValue {
    /// A value given by its components (see [`FnCx::by_val`] for the checked form).
    pub(crate) fn by_val(vals: Vec<Value>, ty: Ty, layout: Arc<TypeLayout>) -> CValue {
        CValue {
            inner: CValueInner::Flat(vals),
            ty,
            layout,
        }
    }

    /// A value given by the address of its bytes.
    pub(crate) fn by_ref(addr: Value, ty: Ty, layout: Arc<TypeLayout>) -> CValue {
        CValue {
            inner: CValueInner::Mem(addr),
            ty,
            layout,
        }
    }

    pub(crate) fn ty(&self) -> &Ty {
        &self.ty
    }

    pub(crate) fn inner(&self) -> &CValueInner {
        &self.inner
    }

    pub(crate) fn layout(&self) -> &TypeLayout {
        &self.layout
    }

    /// The single scalar of a one-component value.
    pub(crate) fn scalar(&self) -> Option<Value> {
        match &self.inner {
            CValueInner::Flat(v) if v.len() == 1 => Some(v[0]),
            _ => None,
        }
    }

    /// The same value seen as type `ty` (a conversion that changes nothing, a named
    /// type and its underlying type). A different representation is an internal
    /// compiler error: the zero value of `ty` is returned to keep going.
    pub(crate) fn cast(self, fx: &mut FnCx<'_>, ty: &Ty) -> CValue {
        let layout = fx.layout(ty);
        if !same_repr(&layout, &self.layout) {
            fx.internal_error(format!(
                "a value of type {} used as type {}",
                type_string(&self.ty),
                type_string(ty)
            ));
            return fx.zero_value(ty);
        }
        CValue {
            inner: self.inner,
            ty: ty.clone(),
            layout,
        }
    }

    /// The value, which an operation expects to be of type `ty`: retyped to `ty` when
    /// the representations agree, an internal compiler error otherwise.
    pub(crate) fn expect(self, fx: &mut FnCx<'_>, ty: &Ty) -> CValue {
        if self.ty.identical(ty) {
            self
        } else {
            self.cast(fx, ty)
        }
    }

    /// The components of a flat value (loading them if it is given by address); the
    /// address of an in-memory one.
    pub(crate) fn flat_values(self, fx: &mut FnCx<'_>) -> Vec<Value> {
        match self.inner {
            CValueInner::Flat(vals) => vals,
            CValueInner::Mem(addr) => match repr_of(&self.layout) {
                Repr::Flat(parts) => parts
                    .iter()
                    .map(|&(off, t)| fx.b.ins().load(t, FnCx::flags(), addr, off as i32))
                    .collect(),
                Repr::Mem => vec![addr],
            },
        }
    }

    /// The components of a flat value, padded with zero words to at least three so
    /// that callers can index the words of strings and slices even for ill-typed input.
    pub(crate) fn words(self, fx: &mut FnCx<'_>) -> Vec<Value> {
        let mut vals = self.flat_values(fx);
        while vals.len() < 3 {
            vals.push(fx.b.ins().iconst(PTR, 0));
        }
        vals
    }

    /// The address of the value: in-memory values are already; flat ones are spilled to
    /// a fresh stack temporary.
    pub(crate) fn addr(self, fx: &mut FnCx<'_>) -> Value {
        match self.inner {
            CValueInner::Mem(a) => a,
            CValueInner::Flat(_) => {
                let addr = fx.temp(&self.ty);
                fx.store_value(addr, self);
                addr
            }
        }
    }

    /// A copy of the value that later writes to its source do not affect.
    pub(crate) fn stabilize(self, fx: &mut FnCx<'_>) -> CValue {
        match self.inner {
            CValueInner::Mem(src) => {
                let (size, align) = (self.layout.size, self.layout.align);
                let slot = fx.new_slot(size, align);
                let dst = fx.b.ins().stack_addr(PTR, slot, 0);
                fx.copy_mem(dst, src, size);
                CValue::by_ref(dst, self.ty, self.layout)
            }
            CValueInner::Flat(_) => self,
        }
    }
}

impl CPlace {
    /// Memory at `addr` holding a value of type `ty`.
    pub(crate) fn for_addr(addr: Value, ty: Ty, layout: Arc<TypeLayout>) -> CPlace {
        CPlace {
            inner: CPlaceInner::Addr(addr),
            ty,
            layout,
        }
    }

    /// SSA variables, one per component of `ty`.
    pub(crate) fn vars(vars: Vec<Variable>, ty: Ty, layout: Arc<TypeLayout>) -> CPlace {
        CPlace {
            inner: CPlaceInner::Vars(vars),
            ty,
            layout,
        }
    }

    pub(crate) fn ty(&self) -> &Ty {
        &self.ty
    }

    /// The address of an in-memory place.
    pub(crate) fn addr(&self) -> Option<Value> {
        match self.inner {
            CPlaceInner::Addr(a) => Some(a),
            CPlaceInner::Vars(_) => None,
        }
    }

    /// The value the place holds now.
    pub(crate) fn load(&self, fx: &mut FnCx<'_>) -> CValue {
        match &self.inner {
            CPlaceInner::Vars(vs) => {
                let vals = vs.iter().map(|&v| fx.b.use_var(v)).collect();
                CValue::by_val(vals, self.ty.clone(), self.layout.clone())
            }
            CPlaceInner::Addr(addr) => match repr_of(&self.layout) {
                Repr::Flat(parts) => {
                    let vals = parts
                        .iter()
                        .map(|&(off, t)| fx.b.ins().load(t, FnCx::flags(), *addr, off as i32))
                        .collect();
                    CValue::by_val(vals, self.ty.clone(), self.layout.clone())
                }
                Repr::Mem => CValue::by_ref(*addr, self.ty.clone(), self.layout.clone()),
            },
        }
    }

    /// Stores `v` in the place. A value of another representation is an internal
    /// compiler error (nothing is stored).
    pub(crate) fn write(&self, fx: &mut FnCx<'_>, v: CValue) {
        if !same_repr(&self.layout, &v.layout) {
            fx.internal_error(format!(
                "a value of type {} stored to a place of type {}",
                type_string(&v.ty),
                type_string(&self.ty)
            ));
            return;
        }
        match &self.inner {
            CPlaceInner::Vars(vs) => {
                let vals = v.flat_values(fx);
                for (&var, val) in vs.iter().zip(vals) {
                    fx.b.def_var(var, val);
                }
            }
            CPlaceInner::Addr(a) => fx.store_value(*a, v),
        }
    }

    /// Field `index` of an in-memory struct place (`None` for anything else).
    pub(crate) fn field(&self, fx: &mut FnCx<'_>, index: u32) -> Option<CPlace> {
        let addr = self.addr()?;
        let under = golift_hir::underlying(fx.db, &self.ty);
        let TyKind::Struct(fields) = under.kind() else {
            return None;
        };
        let fty = fields.get(index as usize)?.ty.clone();
        let off = *self.layout.field_offsets.get(index as usize)?;
        let addr = if off != 0 {
            fx.b.ins().iadd_imm_s(addr, off as i64)
        } else {
            addr
        };
        Some(fx.addr_place(&fty, addr))
    }
}

impl FnCx<'_> {
    /// The layout of `ty`.
    pub(crate) fn layout(&self, ty: &Ty) -> Arc<TypeLayout> {
        golift_hir::layout_of(self.db, ty)
    }

    /// Records an internal compiler error at the current source location.
    pub(crate) fn internal_error(&mut self, what: String) {
        let at = self.cur_loc;
        self.out
            .diags
            .push((at, format!("internal compiler error: {what}")));
    }

    /// A value of type `ty` given by its components. Components that do not match the
    /// representation of `ty` are an internal compiler error (the zero value is used).
    pub(crate) fn by_val(&mut self, ty: &Ty, vals: Vec<Value>) -> CValue {
        let layout = self.layout(ty);
        let ok = match repr_of(&layout) {
            Repr::Flat(parts) => {
                parts.len() == vals.len()
                    && parts
                        .iter()
                        .zip(&vals)
                        .all(|(&(_, t), &v)| self.b.func.dfg.value_type(v) == t)
            }
            Repr::Mem => false,
        };
        if !ok {
            self.internal_error(format!(
                "{} components given for a value of type {}",
                vals.len(),
                type_string(ty)
            ));
            return self.zero_value(ty);
        }
        CValue::by_val(vals, ty.clone(), layout)
    }

    /// A one-component value of type `ty`.
    pub(crate) fn by_scalar(&mut self, ty: &Ty, v: Value) -> CValue {
        self.by_val(ty, vec![v])
    }

    /// A value of type `ty` at `addr`.
    pub(crate) fn by_ref(&self, ty: &Ty, addr: Value) -> CValue {
        CValue::by_ref(addr, ty.clone(), self.layout(ty))
    }

    /// The place of type `ty` at `addr`.
    pub(crate) fn addr_place(&self, ty: &Ty, addr: Value) -> CPlace {
        CPlace::for_addr(addr, ty.clone(), self.layout(ty))
    }

    /// Loads a value of type `ty` from memory at `addr`.
    pub(crate) fn load_value(&mut self, addr: Value, ty: &Ty) -> CValue {
        self.addr_place(ty, addr).load(self)
    }

    /// Stores `v` to memory at `addr` (laid out as `v`'s type).
    pub(crate) fn store_value(&mut self, addr: Value, v: CValue) {
        match (repr_of(&v.layout), v.inner) {
            (Repr::Flat(parts), CValueInner::Flat(vals)) => {
                for (&(off, _), val) in parts.iter().zip(vals) {
                    self.b.ins().store(Self::flags(), val, addr, off as i32);
                }
            }
            (Repr::Mem, CValueInner::Mem(src)) => {
                self.copy_mem(addr, src, v.layout.size);
            }
            (Repr::Flat(parts), CValueInner::Mem(src)) => {
                // A flat value seen through memory: copy component by component.
                for &(off, t) in &parts {
                    let x = self.b.ins().load(t, Self::flags(), src, off as i32);
                    self.b.ins().store(Self::flags(), x, addr, off as i32);
                }
            }
            (Repr::Mem, CValueInner::Flat(_)) => self.internal_error(format!(
                "an in-memory value of type {} given by components",
                type_string(&v.ty)
            )),
        }
    }

    /// The zero value of `ty`.
    pub(crate) fn zero_value(&mut self, ty: &Ty) -> CValue {
        let layout = self.layout(ty);
        match repr_of(&layout) {
            Repr::Flat(parts) => {
                let vals = parts.iter().map(|&(_, t)| self.zero_scalar(t)).collect();
                CValue::by_val(vals, ty.clone(), layout)
            }
            Repr::Mem => CValue::by_ref(self.temp(ty), ty.clone(), layout),
        }
    }
}

#[cfg(test)]
mod tests {
    use cranelift_codegen::ir::{self, types, InstBuilder};
    use cranelift_codegen::isa::CallConv;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
    use golift_escape::EscapeResult;
    use golift_hir::{BasicKind, Package, RootDatabase, SourceFile, Ty};

    use crate::func::FnCx;

    /// Runs `f` in a lowering context (of `main.init` of an empty package) and returns
    /// the diagnostics it recorded.
    fn with_cx(f: impl FnOnce(&mut FnCx<'_>)) -> Vec<String> {
        let db = RootDatabase::default();
        let file = SourceFile::new(&db, "./x.go".into(), "package main\n".into());
        let package = Package::new(&db, "main".into(), vec![file]);
        let body = golift_hir::body::init_body_with_source_map(&db, package)
            .body
            .clone();
        let placements = golift_escape::init_site_placements(&db, package);
        let esc = EscapeResult::default();
        let mut func = ir::Function::new();
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.switch_to_block(entry);
        b.seal_block(entry);
        let mut cx = FnCx::new(&db, &body, &esc, placements, b, CallConv::SystemV, 0);
        f(&mut cx);
        cx.b.ins().return_(&[]);
        cx.finalize().diags.into_iter().map(|(_, m)| m).collect()
    }

    #[test]
    fn values_know_their_type() {
        let diags = with_cx(|cx| {
            let int = Ty::basic(BasicKind::Int);
            let s = cx.zero_value(&Ty::basic(BasicKind::String));
            assert_eq!(s.ty(), &Ty::basic(BasicKind::String));
            assert_eq!(s.clone().words(cx).len(), 3);
            let x = cx.b.ins().iconst(types::I64, 7);
            let v = cx.by_scalar(&int, x);
            let addr = cx.temp(&int);
            let place = cx.addr_place(&int, addr);
            place.write(cx, v);
            let back = place.load(cx);
            assert_eq!(back.ty(), &int);
            assert!(back.scalar().is_some());
        });
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn representation_mismatches_are_internal_errors() {
        let diags = with_cx(|cx| {
            let int = Ty::basic(BasicKind::Int);
            let string = Ty::basic(BasicKind::String);
            // A string written to an int place.
            let s = cx.zero_value(&string);
            let addr = cx.temp(&int);
            cx.addr_place(&int, addr).write(cx, s);
            // One component for a string.
            let x = cx.b.ins().iconst(types::I64, 0);
            let v = cx.by_val(&string, vec![x]);
            assert_eq!(v.ty(), &string);
            // A string seen as an int.
            let s = cx.zero_value(&string);
            let _ = s.cast(cx, &int);
        });
        assert_eq!(diags.len(), 3, "{diags:?}");
        for d in &diags {
            assert!(d.starts_with("internal compiler error: "), "{d}");
        }
    }
}
