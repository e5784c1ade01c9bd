//! Locals: where each variable lives, decided from the escape analysis, and their
//! declaration.
//!
//! - `moved to heap` locals: a pointer (an SSA variable) to `runtime.newobject` memory,
//!   allocated where the variable is declared (each loop iteration gets a new one);
//! - locals whose address is taken, and structs and arrays: an explicit stack slot,
//!   zeroed (or initialised) where the variable is declared;
//! - everything else: SSA `Variable`s, one per scalar component.

use std::collections::HashSet;

use cranelift_codegen::ir::{self, types, InstBuilder, Value};
use golift_hir::body::{ExprId, ExprKind};
use golift_hir::{LocalId, TyKind};

use crate::abi::{repr_of, Repr, PTR};
use crate::func::{FnCx, LocalStore, ESCAPE_LANDED};
use crate::place::{CPlace, CValue};

impl FnCx<'_> {
    /// Locals whose address is taken somewhere in the body (`&x`, `&x.f`, `x[:]` of an
    /// array, `&x[i]` of an array): the body's explicit [`ExprKind::Addr`] nodes.
    pub(crate) fn find_addr_taken(&self) -> HashSet<LocalId> {
        let mut set = HashSet::new();
        // Variables captured by reference: the closure holds their address.
        for (_, c) in self.body.closures.iter() {
            for &l in &c.captures {
                if !self.esc.byval.contains(&l) {
                    set.insert(l);
                }
            }
        }
        for (_, e) in self.body.exprs.iter() {
            if let ExprKind::Addr(x) = e.kind {
                if let Some(l) = self.place_root(x) {
                    set.insert(l);
                }
            }
        }
        set
    }

    /// The local a place expression is part of, when it is stored in that local
    /// (fields of struct values, elements of arrays).
    pub(crate) fn place_root(&self, e: ExprId) -> Option<LocalId> {
        match &self.body.exprs[e].kind {
            ExprKind::Local(l) => Some(*l),
            ExprKind::Field { x, .. } | ExprKind::Index { x, .. } => {
                let t = golift_hir::underlying(self.db, &self.ty_of(*x));
                match t.kind() {
                    TyKind::Struct(_) | TyKind::Array(..) => self.place_root(*x),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    pub(crate) fn is_heap_local(&self, l: LocalId) -> bool {
        self.esc.heap_locals.contains(&l) || (!ESCAPE_LANDED && self.addr_taken.contains(&l))
    }

    /// Declares local `l` here, initialised with `init` (or zero).
    pub(crate) fn declare_local(&mut self, l: LocalId, init: Option<CValue>) {
        let ty = self.local_ty(l);
        let lay = self.layout(&ty);
        let r = repr_of(&lay);
        let store = if self.is_heap_local(l) {
            let v = self.b.declare_var(PTR);
            let p = self.heap_alloc(lay.size);
            self.b.def_var(v, p);
            LocalStore::Heap(v)
        } else if matches!(r, Repr::Mem) || self.addr_taken.contains(&l) {
            let slot = match self.locals.get(&l) {
                Some(LocalStore::Slot(s)) => *s,
                _ => self.new_slot(lay.size, lay.align),
            };
            if init.is_none() {
                let addr = self.b.ins().stack_addr(PTR, slot, 0);
                self.zero_mem(addr, lay.size);
            }
            LocalStore::Slot(slot)
        } else {
            let vars = match (self.locals.get(&l), &r) {
                (Some(LocalStore::Vars(vs)), _) => vs.clone(),
                (_, Repr::Flat(parts)) => {
                    parts.iter().map(|&(_, t)| self.b.declare_var(t)).collect()
                }
                _ => Vec::new(),
            };
            if init.is_none() {
                if let Repr::Flat(parts) = &r {
                    for (v, &(_, t)) in vars.iter().zip(parts) {
                        let z = self.zero_scalar(t);
                        self.b.def_var(*v, z);
                    }
                }
            }
            LocalStore::Vars(vars)
        };
        self.locals.insert(l, store);
        if let Some(v) = init {
            let place = self.local_place(l);
            place.write(self, v);
        }
    }

    /// The place of local `l` (declaring it zeroed if it was not declared yet).
    pub(crate) fn local_place(&mut self, l: LocalId) -> CPlace {
        if !self.locals.contains_key(&l) {
            self.declare_local(l, None);
        }
        let ty = self.local_ty(l);
        let layout = self.layout(&ty);
        match self.locals.get(&l) {
            Some(LocalStore::Vars(vs)) => CPlace::vars(vs.clone(), ty, layout),
            Some(LocalStore::Slot(s)) => {
                let s = *s;
                CPlace::for_addr(self.b.ins().stack_addr(PTR, s, 0), ty, layout)
            }
            Some(LocalStore::Heap(v)) => {
                let v = *v;
                CPlace::for_addr(self.b.use_var(v), ty, layout)
            }
            None => CPlace::vars(Vec::new(), ty, layout),
        }
    }

    pub(crate) fn zero_scalar(&mut self, t: ir::Type) -> Value {
        if t == types::F32 {
            self.b.ins().f32const(0.0)
        } else if t == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(t, 0)
        }
    }
}
