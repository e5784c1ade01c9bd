//! Memory of one function: stack slots (explicit, zeroed), heap allocations as escape
//! analysis placed them, zeroing and copying.

use cranelift_codegen::ir::{
    types, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Type, Value,
};
use golift_escape::Placement;
use golift_hir::body::AllocSiteId;
use golift_hir::Ty;

use crate::abi::PTR;
use crate::func::FnCx;

/// The loads or stores, widest first, that cover `size` bytes: `(offset, type)` with 8-,
/// 4-, 2- and 1-byte integers.
fn pieces(size: u64) -> impl Iterator<Item = (u64, Type)> {
    let mut off = 0;
    std::iter::from_fn(move || {
        let (t, n) = match size.checked_sub(off)? {
            0 => return None,
            r if r >= 8 => (types::I64, 8),
            r if r >= 4 => (types::I32, 4),
            r if r >= 2 => (types::I16, 2),
            _ => (types::I8, 1),
        };
        let at = off;
        off += n;
        Some((at, t))
    })
}

impl FnCx<'_> {
    pub(crate) fn flags() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    pub(crate) fn new_slot(&mut self, size: u64, align: u64) -> StackSlot {
        let shift = align.max(1).trailing_zeros().min(4) as u8;
        // The frame's real size, for gc's frame limit (a slot itself cannot pass 4 GB).
        self.out.frame_bytes = self.out.frame_bytes.saturating_add(size);
        let size = u32::try_from(size).unwrap_or(u32::MAX);
        self.b
            .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, shift))
    }

    /// A fresh zeroed stack temporary of `ty`'s layout; returns its address.
    pub(crate) fn temp(&mut self, ty: &Ty) -> Value {
        let l = golift_hir::layout_of(self.db, ty);
        let slot = self.new_slot(l.size, l.align);
        let addr = self.b.ins().stack_addr(PTR, slot, 0);
        self.non_nil.insert(addr);
        self.zero_mem(addr, l.size);
        addr
    }

    /// A fresh uninitialised stack temporary of `size` bytes (8-aligned).
    pub(crate) fn raw_temp(&mut self, size: u64) -> Value {
        let slot = self.new_slot(size, 8);
        self.b.ins().stack_addr(PTR, slot, 0)
    }

    /// Zeroes `size` bytes at `addr`.
    pub(crate) fn zero_mem(&mut self, addr: Value, size: u64) {
        if size <= 128 {
            for (off, t) in pieces(size) {
                let z = self.b.ins().iconst(t, 0);
                self.b.ins().store(Self::flags(), z, addr, off as i32);
            }
        } else {
            let zero = self.b.ins().iconst(types::I32, 0);
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.call_rt("memset", &[addr, zero, n]);
        }
    }

    /// Copies `size` bytes from `src` to `dst` (may overlap).
    pub(crate) fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size <= 64 {
            // Load everything first, then store: correct for overlapping ranges.
            let parts: Vec<(u64, Value)> = pieces(size)
                .map(|(off, t)| (off, self.b.ins().load(t, Self::flags(), src, off as i32)))
                .collect();
            for (off, v) in parts {
                self.b.ins().store(Self::flags(), v, dst, off as i32);
            }
        } else {
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.call_rt("memmove", &[dst, src, n]);
        }
    }

    /// Allocates `size` zeroed bytes on the heap.
    pub(crate) fn heap_alloc(&mut self, size: u64) -> Value {
        let n = self.b.ins().iconst(types::I64, size as i64);
        let p = match self.call_rt("runtime.newobject", &[n]).first() {
            Some(&p) => p,
            None => self.b.ins().iconst(PTR, 0),
        };
        self.non_nil.insert(p);
        p
    }

    /// Storage for one zeroed object of `ty` at allocation site `site`, as escape
    /// analysis decided: a stack slot or `runtime.newobject`.
    pub(crate) fn alloc_object(&mut self, site: AllocSiteId, ty: &Ty) -> Value {
        if self.placement(site) == Placement::Stack {
            self.temp(ty)
        } else {
            let size = golift_hir::layout_of(self.db, ty).size;
            self.heap_alloc(size)
        }
    }

    /// Escape analysis's decision for an allocation site. A site without a decision is
    /// an internal compiler error (reported; the heap is used to keep going).
    pub(crate) fn placement(&mut self, site: AllocSiteId) -> Placement {
        match self.placements.get(&site).copied() {
            Some(p) => p,
            None => {
                let s = &self.body.sites[site];
                let msg = format!(
                    "internal compiler error: no escape decision for allocation site {} ({:?} of {})",
                    site.into_raw(),
                    s.kind,
                    golift_hir::type_string(&s.ty),
                );
                self.out.diags.push((s.pos, msg));
                Placement::Heap
            }
        }
    }
}
