//! Maps in compiled code: `make(map[K]V, hint)` and map literals (a header in a stack
//! slot when escape analysis keeps the site on the stack), `m[k]` read (the zero value
//! when absent, `v, ok` tests the entry pointer), stores into `m[k]` (the map and key
//! evaluated where the destination is, `runtime.mapassign` at the store), `delete`,
//! `len` and `for range` over a runtime iterator in the frame. The table itself is the
//! runtime's (`crates/runtime/src/map.rs`, docs/runtime-abi.md "Maps").
//!
//! Not here: `fmt` printing of maps (the runtime's), `print(m)` (a pointer, `calls.rs`).

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_hir::body::{AllocSiteId, ExprId};
use golift_hir::{layout_of, underlying, Ty, TyKind};

use crate::abi::PTR;
use crate::func::FnCx;
use crate::place::CValue;
use golift_escape::Placement;

/// Bytes of a map header (`runtime::map::HMAP_SIZE`) and of an iterator (`HITER_SIZE`).
const HMAP_SIZE: u64 = 128;
const HITER_SIZE: u64 = 96;
/// The runtime's zero area (`runtime.zeroVal`): a missing entry's value is read from it.
const ZERO_VAL_SIZE: u64 = 1024;

/// A map entry about to be stored: the map's descriptor, the map, the key's address
/// (a stable copy) and the element type.
#[derive(Clone)]
pub(crate) struct MapEntry {
    desc: Value,
    map: Value,
    key: Value,
    elem: Ty,
}

impl FnCx<'_> {
    /// The key and element types of map type `ty`.
    fn map_types(&self, ty: &Ty) -> Option<(Ty, Ty)> {
        match underlying(self.db, ty).kind() {
            TyKind::Map(k, v) => Some((k.clone(), v.clone())),
            _ => None,
        }
    }

    /// A new map of type `ty` with room for `hint` entries.
    fn new_map(&mut self, ty: &Ty, hint: Value, site: AllocSiteId) -> Value {
        let desc = self.type_desc_addr(ty);
        let buf = if self.placement(site) == Placement::Stack {
            self.raw_temp(HMAP_SIZE)
        } else {
            self.b.ins().iconst(PTR, 0)
        };
        match self.call_rt("runtime.makemap", &[desc, hint, buf]).first() {
            Some(&m) => m,
            None => self.b.ins().iconst(PTR, 0),
        }
    }

    /// `make(map[K]V[, hint])`.
    pub(crate) fn lower_make_map(
        &mut self,
        hint: Option<ExprId>,
        site: AllocSiteId,
        ty: &Ty,
    ) -> CValue {
        let at = self.cur_loc;
        let hint = match hint {
            Some(h) => self.index_value(h).0,
            None => self.b.ins().iconst(types::I64, 0),
        };
        self.set_loc(at);
        let m = self.new_map(ty, hint, site);
        self.by_scalar(ty, m)
    }

    /// `map[K]V{k: v, ...}`: a new map, then each entry stored in order.
    pub(crate) fn lower_map_lit(
        &mut self,
        entries: &[(ExprId, ExprId)],
        site: AllocSiteId,
        ty: &Ty,
    ) -> CValue {
        let at = self.cur_loc;
        let Some((_, elem)) = self.map_types(ty) else {
            return self.fail(at, "this map literal", ty);
        };
        let hint = self.b.ins().iconst(types::I64, entries.len() as i64);
        let m = self.new_map(ty, hint, site);
        let desc = self.type_desc_addr(ty);
        for &(k, v) in entries {
            let key = self.key_addr(k);
            let val = self.expr(v);
            self.set_loc(at);
            let entry = MapEntry {
                desc,
                map: m,
                key,
                elem: elem.clone(),
            };
            self.map_store(&entry, val);
        }
        self.by_scalar(ty, m)
    }

    /// The address of a stable copy of key `k`'s value.
    fn key_addr(&mut self, k: ExprId) -> Value {
        let v = self.expr(k).stabilize(self);
        v.addr(self)
    }

    /// The map and key of `m[key]`, evaluated for a store or a read.
    pub(crate) fn map_entry(&mut self, x: ExprId, key: ExprId) -> Option<MapEntry> {
        let mty = self.ty_of(x);
        let (_, elem) = self.map_types(&mty)?;
        let map = self.pointer_value(x);
        let key = self.key_addr(key);
        let desc = self.type_desc_addr(&mty);
        Some(MapEntry {
            desc,
            map,
            key,
            elem,
        })
    }

    /// The entry's value pointer, null when absent (`runtime.mapaccess1`).
    fn map_access(&mut self, e: &MapEntry) -> Value {
        match self
            .call_rt("runtime.mapaccess1", &[e.desc, e.map, e.key])
            .first()
        {
            Some(&p) => p,
            None => self.b.ins().iconst(PTR, 0),
        }
    }

    /// The value at entry pointer `p` (copied out of the map), or the zero value when
    /// `p` is null.
    fn map_value(&mut self, p: Value, elem: &Ty) -> CValue {
        let size = layout_of(self.db, elem).size;
        let zero = if size <= ZERO_VAL_SIZE {
            self.data_addr("runtime.zeroVal")
        } else {
            self.temp(elem)
        };
        let addr = self.b.ins().select(p, p, zero);
        self.load_value(addr, elem).stabilize(self)
    }

    /// `m[k]` as a value.
    pub(crate) fn lower_map_index(&mut self, x: ExprId, key: ExprId, ty: &Ty) -> CValue {
        let at = self.cur_loc;
        let Some(e) = self.map_entry(x, key) else {
            return self.fail(at, "this map index", ty);
        };
        self.set_loc(at);
        let p = self.map_access(&e);
        self.map_value(p, &e.elem)
    }

    /// `v, ok := m[k]`: the value (zero when absent) and whether it was there.
    pub(crate) fn lower_map_index_ok(
        &mut self,
        x: ExprId,
        key: ExprId,
        bool_ty: &Ty,
    ) -> Option<(CValue, CValue)> {
        let at = self.cur_loc;
        let e = self.map_entry(x, key)?;
        self.set_loc(at);
        let p = self.map_access(&e);
        let v = self.map_value(p, &e.elem);
        let ok = self.b.ins().icmp_imm_u(IntCC::NotEqual, p, 0);
        Some((v, self.by_scalar(bool_ty, ok)))
    }

    /// Stores `v` into the entry (inserting it when absent; a nil map panics).
    pub(crate) fn map_store(&mut self, e: &MapEntry, v: CValue) {
        let v = v.stabilize(self);
        let p = match self
            .call_rt("runtime.mapassign", &[e.desc, e.map, e.key])
            .first()
        {
            Some(&p) => p,
            None => return,
        };
        let v = v.cast(self, &e.elem.clone());
        self.store_value(p, v);
    }

    /// `m[k] op= y`: one lookup of the map and key, then the store.
    pub(crate) fn lower_map_op_assign(
        &mut self,
        op: golift_hir::body::BinOp,
        x: ExprId,
        key: ExprId,
        rhs: ExprId,
        at: u32,
    ) {
        let Some(e) = self.map_entry(x, key) else {
            return;
        };
        self.set_loc(at);
        let p = self.map_access(&e);
        let cur = self.map_value(p, &e.elem);
        let rv = self.expr(rhs);
        self.set_loc(at);
        let v = self.binary_op_values(op, &e.elem.clone(), cur, rv, at);
        self.map_store(&e, v);
    }

    /// `delete(m, k)`.
    pub(crate) fn lower_map_delete(&mut self, m: ExprId, key: ExprId) {
        let mty = self.ty_of(m);
        let mv = self.pointer_value(m);
        let k = self.key_addr(key);
        let desc = self.type_desc_addr(&mty);
        self.call_rt("runtime.mapdelete", &[desc, mv, k]);
    }

    /// `len(m)`: the header's count, 0 for a nil map.
    pub(crate) fn map_len(&mut self, m: Value) -> Value {
        let zero = self.data_addr("runtime.zeroVal");
        let addr = self.b.ins().select(m, m, zero);
        self.b.ins().load(types::I64, Self::flags(), addr, 0)
    }

    /// Starts a `for range` over map `x`: the iterator's address, positioned at the
    /// first entry.
    pub(crate) fn map_iter_start(&mut self, x: ExprId) -> Value {
        let mty = self.ty_of(x);
        let m = self.pointer_value(x);
        let desc = self.type_desc_addr(&mty);
        let it = self.raw_temp(HITER_SIZE);
        self.call_rt("runtime.mapiterinit", &[desc, m, it]);
        it
    }

    /// The iterator's current key pointer (null when done) and value pointer.
    pub(crate) fn map_iter_entry(&mut self, it: Value) -> (Value, Value) {
        let k = self.b.ins().load(PTR, Self::flags(), it, 0);
        let v = self.b.ins().load(PTR, Self::flags(), it, 8);
        (k, v)
    }

    /// Moves the iterator on.
    pub(crate) fn map_iter_next(&mut self, it: Value) {
        self.call_rt("runtime.mapiternext", &[it]);
    }
}
