//! Struct and array literals written where their value goes, never built in a stack
//! temporary of the whole literal and copied: gc's SSA backend ends up the same way
//! (its temporary is elided), so a literal of a 1 GB array moved to the heap needs no
//! 1 GB frame, and a literal whose value is dropped (`_ = []byte{1 << 30: 1}`) needs no
//! storage at all.
//!
//! - [`FnCx::fill_literal`]: the elements of a literal stored into zeroed memory, a
//!   nested literal filled in place in turn;
//! - [`FnCx::declare_with_literal`]: `x := T{...}` for a variable kept in memory (its
//!   fresh storage cannot be read by the elements);
//! - [`FnCx::assign_literal`]: `p = T{...}` to a place in memory: every element is
//!   evaluated first (Go assigns after evaluating the operands, and an element may read
//!   the place), then the place is zeroed (a package variable `main.init` initialises
//!   is still zero) and the values stored;
//! - [`FnCx::discard`]: `_ = e` evaluates `e` for its effects only: a literal's
//!   elements, no storage for a literal that escape analysis left on the stack.
//!
//! What it does not do: decide where anything lives (escape analysis's placements and
//! the locals module), or lower the element expressions themselves.

use cranelift_codegen::ir::{InstBuilder, Value};
use golift_escape::Placement;
use golift_hir::body::{ExprId, ExprKind};
use golift_hir::{layout_of, underlying, LocalId, Ty, TyKind};

use crate::abi::{repr_of, Repr};
use crate::func::FnCx;
use crate::place::{CPlace, CValue};

/// One element of a (possibly nested) literal that is not itself a struct or array
/// literal: its offset from the start of the outermost literal, its type, its value.
struct Leaf {
    off: u64,
    ty: Ty,
    value: ExprId,
}

impl FnCx<'_> {
    /// Whether `e` is a struct or array literal (the literals a value of memory holds).
    pub(crate) fn is_value_literal(&self, e: ExprId) -> bool {
        matches!(
            self.body.exprs[e].kind,
            ExprKind::StructLit { .. } | ExprKind::ArrayLit { .. }
        )
    }

    /// Stores the elements of struct or array literal `e` into zeroed memory at `addr`,
    /// in evaluation order; a nested struct or array literal is filled in place.
    pub(crate) fn fill_literal(&mut self, e: ExprId, addr: Value) {
        let mut leaves = Vec::new();
        if !self.literal_leaves(e, 0, &mut leaves) {
            return;
        }
        for leaf in leaves {
            let v = self.expr(leaf.value);
            let dst = self.b.ins().iadd_imm_s(addr, leaf.off as i64);
            self.addr_place(&leaf.ty, dst).write(self, v);
        }
    }

    /// `local := e` with `e` a struct or array literal, when the variable is kept in
    /// memory (moved to the heap, or in a stack slot): its storage is allocated zeroed
    /// and the literal filled into it. Returns false (nothing done) otherwise.
    pub(crate) fn declare_with_literal(&mut self, local: LocalId, e: ExprId) -> bool {
        if !self.is_value_literal(e) {
            return false;
        }
        let ty = self.local_ty(local);
        let in_memory = self.is_heap_local(local)
            || self.addr_taken.contains(&local)
            || matches!(repr_of(&self.layout(&ty)), Repr::Mem);
        if !in_memory {
            return false;
        }
        self.declare_local(local, None);
        match self.local_place(local).addr() {
            Some(addr) => {
                self.fill_literal(e, addr);
                true
            }
            None => {
                self.internal_error("a variable kept in memory without an address".into());
                true
            }
        }
    }

    /// `dest = e` with `e` a struct or array literal and `dest`'s `place` in memory:
    /// the elements are evaluated (and copied out of memory they were read from), then
    /// the place is zeroed and they are stored. Returns false (nothing done) otherwise.
    pub(crate) fn assign_literal(&mut self, dest: ExprId, place: &CPlace, e: ExprId) -> bool {
        let Some(addr) = place.addr() else {
            return false;
        };
        if !self.is_value_literal(e) {
            return false;
        }
        let mut leaves = Vec::new();
        if !self.literal_leaves(e, 0, &mut leaves) {
            return true;
        }
        let mut vals: Vec<(u64, Ty, CValue)> = Vec::with_capacity(leaves.len());
        for leaf in leaves {
            let v = self.expr(leaf.value).stabilize(self);
            vals.push((leaf.off, leaf.ty, v));
        }
        let fresh_global =
            self.initialising_globals && matches!(self.body.exprs[dest].kind, ExprKind::Global(_));
        if !fresh_global {
            let size = self.layout(place.ty()).size;
            self.zero_mem(addr, size);
        }
        for (off, ty, v) in vals {
            let dst = self.b.ins().iadd_imm_s(addr, off as i64);
            self.addr_place(&ty, dst).write(self, v);
        }
        true
    }

    /// Evaluates `e` for its effects only (`_ = e`). A struct or array literal, and a
    /// slice literal or `&T{...}` escape analysis placed on the stack, allocate
    /// nothing: only their elements are evaluated.
    pub(crate) fn discard(&mut self, e: ExprId) {
        let saved = self.cur_loc;
        self.set_loc(self.body.exprs[e].pos);
        match self.body.exprs[e].kind.clone() {
            ExprKind::StructLit { .. } | ExprKind::ArrayLit { .. } => {
                for x in self.body.exprs[e].kind.children() {
                    self.discard(x);
                }
            }
            ExprKind::SliceLit { elems, site, .. } if self.placement(site) == Placement::Stack => {
                for (_, x) in elems {
                    self.discard(x);
                }
            }
            ExprKind::PtrLit { lit, site } if self.placement(site) == Placement::Stack => {
                self.discard(lit)
            }
            _ => {
                self.expr_multi(e);
            }
        }
        self.set_loc(saved);
    }

    /// Appends the leaves of struct or array literal `e` (at offset `base`) in
    /// evaluation order. False, with the construct reported, for a literal whose type
    /// does not match its kind.
    fn literal_leaves(&mut self, e: ExprId, base: u64, out: &mut Vec<Leaf>) -> bool {
        let ty = self.ty_of(e);
        let under = underlying(self.db, &ty);
        let elems: Vec<(u64, Ty, ExprId)> = match (&self.body.exprs[e].kind, under.kind()) {
            (ExprKind::StructLit { fields: elems }, TyKind::Struct(fields)) => {
                let offsets = &layout_of(self.db, &under).field_offsets;
                elems
                    .iter()
                    .filter_map(|&(idx, v)| {
                        let f = fields.get(idx as usize)?;
                        let off = *offsets.get(idx as usize)?;
                        Some((off, f.ty.clone(), v))
                    })
                    .collect()
            }
            (ExprKind::ArrayLit { elems }, TyKind::Array(_, elem)) => {
                let esize = layout_of(self.db, elem).size;
                elems
                    .iter()
                    .map(|&(idx, v)| (idx.wrapping_mul(esize), elem.clone(), v))
                    .collect()
            }
            _ => {
                let at = self.body.exprs[e].pos;
                self.unsupported(at, "this composite literal");
                return false;
            }
        };
        for (off, ty, value) in elems {
            let off = base.wrapping_add(off);
            if self.is_value_literal(value) {
                if !self.literal_leaves(value, off, out) {
                    return false;
                }
            } else {
                out.push(Leaf { off, ty, value });
            }
        }
        true
    }
}
