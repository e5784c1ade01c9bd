//! Values and places, as in rustc_codegen_cranelift's `value_and_place`.
//!
//! A [`CValue`] is a Go value: its scalar components (flat types) or the address of its
//! bytes (structs, arrays: see [`crate::abi`]). A [`CPlace`] is where a value lives:
//! SSA variables (one per component) or memory at an address (stack slot, heap object,
//! global, element of an array or slice).
//!
//! An in-memory `CValue` refers to bytes that its consumer must copy before the place
//! they came from is overwritten; statements that read and write the same places
//! (`a, b = b, a`) first copy such values into temporaries.

use cranelift_codegen::ir::{InstBuilder, Value};
use cranelift_frontend::Variable;
use golift_hir::Ty;

use crate::abi::{repr, Repr};
use crate::func::FnCx;

#[derive(Clone, Debug)]
pub(crate) enum CValue {
    Flat(Vec<Value>),
    Mem(Value),
}

#[derive(Clone, Debug)]
pub(crate) enum CPlace {
    Vars(Vec<Variable>),
    Addr(Value),
}

impl CValue {
    /// The single scalar of a one-component value.
    pub(crate) fn scalar(&self) -> Option<Value> {
        match self {
            CValue::Flat(v) if v.len() == 1 => Some(v[0]),
            _ => None,
        }
    }
}

impl FnCx<'_> {
    /// Loads a value of type `ty` from memory at `addr`.
    pub(crate) fn load_value(&mut self, addr: Value, ty: &Ty) -> CValue {
        match repr(self.db, ty) {
            Repr::Flat(parts) => CValue::Flat(
                parts
                    .iter()
                    .map(|&(off, t)| self.b.ins().load(t, Self::flags(), addr, off as i32))
                    .collect(),
            ),
            Repr::Mem => CValue::Mem(addr),
        }
    }

    /// Stores `v` (of type `ty`) to memory at `addr`.
    pub(crate) fn store_value(&mut self, addr: Value, ty: &Ty, v: CValue) {
        match (repr(self.db, ty), v) {
            (Repr::Flat(parts), CValue::Flat(vals)) => {
                for (&(off, _), val) in parts.iter().zip(vals) {
                    self.b.ins().store(Self::flags(), val, addr, off as i32);
                }
            }
            (Repr::Mem, CValue::Mem(src)) => {
                let size = golift_hir::layout_of(self.db, ty).size;
                self.copy_mem(addr, src, size);
            }
            (Repr::Flat(parts), CValue::Mem(src)) => {
                // A flat value seen through memory: copy component by component.
                for &(off, t) in &parts {
                    let x = self.b.ins().load(t, Self::flags(), src, off as i32);
                    self.b.ins().store(Self::flags(), x, addr, off as i32);
                }
            }
            (Repr::Mem, CValue::Flat(_)) => {}
        }
    }

    pub(crate) fn read_place(&mut self, place: &CPlace, ty: &Ty) -> CValue {
        match place {
            CPlace::Vars(vs) => CValue::Flat(vs.iter().map(|&v| self.b.use_var(v)).collect()),
            CPlace::Addr(a) => self.load_value(*a, ty),
        }
    }

    pub(crate) fn write_place(&mut self, place: &CPlace, ty: &Ty, v: CValue) {
        match place {
            CPlace::Vars(vs) => {
                let vals = self.flat_values(ty, v);
                for (&var, val) in vs.iter().zip(vals) {
                    self.b.def_var(var, val);
                }
            }
            CPlace::Addr(a) => self.store_value(*a, ty, v),
        }
    }

    /// The components of a flat value (loading them if it is given by address).
    pub(crate) fn flat_values(&mut self, ty: &Ty, v: CValue) -> Vec<Value> {
        match v {
            CValue::Flat(vals) => vals,
            CValue::Mem(addr) => match repr(self.db, ty) {
                Repr::Flat(parts) => parts
                    .iter()
                    .map(|&(off, t)| self.b.ins().load(t, Self::flags(), addr, off as i32))
                    .collect(),
                Repr::Mem => vec![addr],
            },
        }
    }

    /// The components of a flat value, padded with zero words to at least three so
    /// that callers can index the words of strings and slices even for ill-typed input.
    pub(crate) fn words(&mut self, ty: &Ty, v: CValue) -> Vec<Value> {
        let mut vals = self.flat_values(ty, v);
        while vals.len() < 3 {
            vals.push(self.b.ins().iconst(crate::abi::PTR, 0));
        }
        vals
    }

    /// The address of a value: in-memory values are already; flat ones are spilled to a
    /// fresh stack temporary.
    pub(crate) fn value_addr(&mut self, ty: &Ty, v: CValue) -> Value {
        match v {
            CValue::Mem(a) => a,
            CValue::Flat(_) => {
                let addr = self.temp(ty);
                self.store_value(addr, ty, v);
                addr
            }
        }
    }

    /// A copy of `v` that later writes to its source do not affect.
    pub(crate) fn stabilize(&mut self, ty: &Ty, v: CValue) -> CValue {
        match v {
            CValue::Mem(src) => {
                let l = golift_hir::layout_of(self.db, ty);
                let slot = self.new_slot(l.size, l.align);
                let dst = self.b.ins().stack_addr(crate::abi::PTR, slot, 0);
                self.copy_mem(dst, src, l.size);
                CValue::Mem(dst)
            }
            flat => flat,
        }
    }

    /// The zero value of `ty`.
    pub(crate) fn zero_value(&mut self, ty: &Ty) -> CValue {
        match repr(self.db, ty) {
            Repr::Flat(parts) => {
                CValue::Flat(parts.iter().map(|&(_, t)| self.zero_scalar(t)).collect())
            }
            Repr::Mem => CValue::Mem(self.temp(ty)),
        }
    }
}
