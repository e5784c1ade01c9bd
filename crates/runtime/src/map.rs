//! Go maps: gc's `runtime/map.go` entry points (`makemap`, `mapaccess1`, `mapassign`,
//! `mapdelete`, `mapiterinit`, `mapiternext`) over hashbrown's `HashTable`.
//!
//! A map is a header ([`HMap`], a Go heap object or, for a map that does not escape, a
//! stack slot of compiled code) holding a dense array of entries (a Go heap object:
//! each slot is a tagged hash word, the key, then the value) and a hashbrown table of
//! `u32` slot indices, which hashbrown allocates from the Go heap too ([`GoHeap`]), so
//! the conservative collector sees everything a map holds through its header and frees
//! it with it. Keys are hashed with foldhash, seeded per map from a per-process random
//! seed, by the key's type descriptor (the same walk as `==`, `iface_eq.rs`: floats as
//! IEEE values, NaN hashed at random so it is never found again, strings by content,
//! interfaces by their dynamic value, panicking `hash of unhashable type T` when that is
//! not comparable).
//!
//! A deletion empties its slot; slots are only ever appended, and when the array is
//! full a new one replaces it (twice as large, or as large with only the live entries
//! when at most half of them are). An iterator walks the array it started on from a
//! random slot round to it again; once the map has moved to another array it looks each
//! key up in the current one (gc's iteration over a grown map), so an entry deleted
//! before it is reached is never produced and none is produced twice.
//!
//! Not here: `len(m)` (compiled code loads [`HMap::count`]), fmt's printing (`fmt_map.rs`).

use crate::iface_eq::{comparable, dynamic, equal};
use crate::panic::{panic_runtime_error, panic_with, TraceFrom, RUNTIME_ERROR_FRAMES};
use crate::types::{eface_value_ptr, kind, GoString, TypeDesc};
use allocator_api2::alloc::{AllocError, Allocator};
use hashbrown::HashTable;
use std::alloc::Layout;
use std::hash::{BuildHasher, Hasher};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bytes compiled code reserves for a map header that does not escape (docs/runtime-abi.md).
pub const HMAP_SIZE: usize = 128;
/// Bytes of an iterator ([`HIter`]) in compiled code's frame.
pub const HITER_SIZE: usize = 96;

const _: () = assert!(std::mem::size_of::<HMap>() <= HMAP_SIZE);
const _: () = assert!(std::mem::size_of::<HIter>() <= HITER_SIZE);

/// gc's `runtime.zeroVal`: zero bytes compiled code reads a missing entry's value (up
/// to this size) and a nil map's count from.
#[export_name = "runtime.zeroVal"]
pub static ZERO_VAL: [u64; 128] = [0; 128];

/// Memory for hashbrown's tables: zeroed Go heap objects, never freed explicitly (the
/// collector frees a table once no header points into it).
#[derive(Clone, Copy, Default)]
pub struct GoHeap;

// SAFETY: the blocks are fresh heap objects of at least `layout.size()` bytes at the
// requested alignment, valid until the collector finds them unreachable; hashbrown keeps
// a pointer into its table in the header, which keeps it reachable while it is used.
unsafe impl Allocator for GoHeap {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        let (size, align) = (layout.size().max(1), layout.align());
        let p = if align <= 8 {
            crate::gc::alloc(size)
        } else {
            let raw = crate::gc::alloc(size + align);
            // SAFETY: the object has `align` spare bytes for the adjustment.
            unsafe { raw.add(raw.align_offset(align)) }
        };
        let p = NonNull::new(p).ok_or(AllocError)?;
        Ok(NonNull::slice_from_raw_parts(p, size))
    }

    unsafe fn deallocate(&self, _ptr: NonNull<u8>, _layout: Layout) {}
}

/// How keys are hashed and compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
enum KeyAlg {
    /// By their bytes (integers, booleans, pointers, channels).
    Mem,
    /// A string's bytes.
    Str,
    /// By the descriptor's walk (floats, interfaces, arrays, structs).
    Generic,
}

/// A map's header. `count` is first: compiled code loads it for `len(m)`.
#[repr(C)]
pub struct HMap {
    /// Live entries.
    pub count: u64,
    /// The map type's descriptor (`key` and `elem` set).
    typ: *const TypeDesc,
    /// The dense array of `cap` slots, `used` of them taken (live or deleted).
    entries: *mut u8,
    used: u64,
    cap: u64,
    stride: u64,
    val_off: u64,
    alg: KeyAlg,
    seed: u64,
    table: HashTable<u32, GoHeap>,
}

/// A `for range` over a map, in compiled code's frame: `key` and `val` (offsets 0 and 8)
/// point at the current entry's key and value, `key` is null when the loop is done.
#[repr(C)]
pub struct HIter {
    pub key: *const u8,
    pub val: *const u8,
    h: *mut HMap,
    /// The array being walked, its capacity, and where the walk started.
    entries: *mut u8,
    cap: u64,
    start: u64,
    /// The next slot to look at.
    next: u64,
    /// Whether the walk has gone round from the end to slot 0.
    wrapped: bool,
}

/// The tag that marks a taken slot's hash word (0: an empty or deleted slot). It costs
/// hashbrown one of its seven tag bits.
const LIVE: u64 = 1 << 63;

/// Value offset in a slot is rounded to this (Go values are at most 8-aligned).
const WORD: u64 = 8;

/// The per-process seed every map's seed is derived from.
fn process_seed() -> u64 {
    static SEED: AtomicU64 = AtomicU64::new(0);
    let s = SEED.load(Ordering::Relaxed);
    if s != 0 {
        return s;
    }
    let s = std::collections::hash_map::RandomState::new().hash_one(0x676f_6c69_6674u64) | 1;
    SEED.store(s, Ordering::Relaxed);
    s
}

/// A fresh pseudo-random number (gc's `fastrand`): iteration starts and NaN hashes.
fn fastrand() -> u64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let mut x = STATE.load(Ordering::Relaxed);
    if x == 0 {
        x = process_seed();
    }
    // xorshift64*
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    STATE.store(x, Ordering::Relaxed);
    x.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

fn key_alg(t: &TypeDesc) -> KeyAlg {
    match t.kind {
        kind::STRING => KeyAlg::Str,
        kind::FLOAT32
        | kind::FLOAT64
        | kind::COMPLEX64
        | kind::COMPLEX128
        | kind::INTERFACE
        | kind::ARRAY
        | kind::STRUCT => KeyAlg::Generic,
        _ => KeyAlg::Mem,
    }
}

/// Feeds the key of type `t` at `p` to `s`.
///
/// # Safety
/// `p` points at a readable value of type `t`.
unsafe fn hash_value(t: &TypeDesc, p: *const u8, s: &mut impl Hasher) {
    // SAFETY: guaranteed by the caller, for every read below.
    unsafe {
        match t.kind {
            kind::FLOAT32 => hash_float(f64::from(p.cast::<f32>().read_unaligned()), s),
            kind::FLOAT64 => hash_float(p.cast::<f64>().read_unaligned(), s),
            kind::COMPLEX64 => {
                let [re, im] = p.cast::<[f32; 2]>().read_unaligned();
                hash_float(f64::from(re), s);
                hash_float(f64::from(im), s);
            }
            kind::COMPLEX128 => {
                let [re, im] = p.cast::<[f64; 2]>().read_unaligned();
                hash_float(re, s);
                hash_float(im, s);
            }
            kind::STRING => {
                let g = p.cast::<GoString>().read_unaligned();
                s.write(crate::types::bytes(g.ptr, g.len));
                s.write_u8(0xff);
            }
            kind::INTERFACE => {
                let v = dynamic(t, p);
                let Some(dt) = v.typ.as_ref() else {
                    s.write_u64(0);
                    return;
                };
                if !comparable(dt) {
                    panic_runtime_error(&[b"hash of unhashable type ", dt.name()]);
                }
                s.write_usize(v.typ as usize);
                hash_value(dt, eface_value_ptr(dt, &v.data), s);
            }
            kind::ARRAY => {
                if let Some(elem) = t.elem() {
                    for i in 0..t.len as usize {
                        hash_value(elem, p.add(i * elem.size as usize), s);
                    }
                }
            }
            kind::STRUCT => {
                for f in t.fields() {
                    let Some(ft) = f.typ.as_ref() else { continue };
                    if crate::types::bytes(f.name_ptr, f.name_len as i64) != b"_" {
                        hash_value(ft, p.add(f.offset as usize), s);
                    }
                }
            }
            _ => s.write(std::slice::from_raw_parts(p, t.size as usize)),
        }
    }
}

/// A float key's hash: +0 and -0 alike, every NaN different.
fn hash_float(f: f64, s: &mut impl Hasher) {
    if f == 0.0 {
        s.write_u64(0);
    } else if f.is_nan() {
        s.write_u64(fastrand());
    } else {
        s.write_u64(f.to_bits());
    }
}

impl HMap {
    fn typ(&self) -> &TypeDesc {
        // SAFETY: set by `makemap` to a valid map descriptor.
        unsafe { &*self.typ }
    }

    fn key_type(&self) -> &TypeDesc {
        key_of(self.typ())
    }

    /// The tagged hash of the key at `k`.
    ///
    /// # Safety
    /// `k` points at a readable key of the map's key type.
    unsafe fn hash(&self, k: *const u8) -> u64 {
        let mut s = foldhash::fast::FixedState::with_seed(self.seed).build_hasher();
        let kt = self.key_type();
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self.alg {
                KeyAlg::Mem => match kt.size {
                    8 => s.write_u64(k.cast::<u64>().read_unaligned()),
                    4 => s.write_u32(k.cast::<u32>().read_unaligned()),
                    n => s.write(std::slice::from_raw_parts(k, n as usize)),
                },
                KeyAlg::Str => {
                    let g = k.cast::<GoString>().read_unaligned();
                    s.write(crate::types::bytes(g.ptr, g.len));
                }
                KeyAlg::Generic => hash_value(kt, k, &mut s),
            }
        }
        s.finish() | LIVE
    }

    /// Whether the keys at `a` and `b` are equal.
    ///
    /// # Safety
    /// Both point at readable keys of the map's key type.
    unsafe fn key_eq(&self, a: *const u8, b: *const u8) -> bool {
        let kt = self.key_type();
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self.alg {
                KeyAlg::Mem => match kt.size {
                    8 => a.cast::<u64>().read_unaligned() == b.cast::<u64>().read_unaligned(),
                    n => {
                        let n = n as usize;
                        std::slice::from_raw_parts(a, n) == std::slice::from_raw_parts(b, n)
                    }
                },
                KeyAlg::Str => {
                    let (x, y) = (
                        a.cast::<GoString>().read_unaligned(),
                        b.cast::<GoString>().read_unaligned(),
                    );
                    x.len == y.len
                        && crate::types::bytes(x.ptr, x.len) == crate::types::bytes(y.ptr, y.len)
                }
                KeyAlg::Generic => equal(kt, a, b),
            }
        }
    }

    fn slot(&self, entries: *mut u8, i: u64) -> *mut u8 {
        // SAFETY: callers pass an index below the array's capacity.
        unsafe { entries.add((i * self.stride) as usize) }
    }

    /// The index of the live slot holding key `k` of hash `h`.
    ///
    /// # Safety
    /// `k` points at a readable key.
    unsafe fn find(&self, h: u64, k: *const u8) -> Option<u64> {
        let entries = self.entries;
        self.table
            .find(h, |&i| {
                let s = self.slot(entries, u64::from(i));
                // SAFETY: a slot in the table holds a live key.
                unsafe { s.cast::<u64>().read() == h && self.key_eq(s.add(8), k) }
            })
            .map(|&i| u64::from(i))
    }

    /// Makes room for one more slot.
    fn grow(&mut self) {
        let live = self.count;
        let new_cap = if self.cap == 0 {
            8
        } else if live * 2 <= self.cap {
            self.cap
        } else {
            self.cap * 2
        };
        if new_cap > u64::from(u32::MAX) {
            crate::panic::fatal(b"runtime: map too large");
        }
        let bytes = new_cap
            .checked_mul(self.stride)
            .unwrap_or_else(|| crate::panic::fatal(b"runtime: out of memory"));
        let new = crate::gc::alloc(bytes as usize);
        let (old, used, stride) = (self.entries, self.used, self.stride);
        if live == used {
            // SAFETY: both arrays hold at least `used` slots.
            unsafe { std::ptr::copy_nonoverlapping(old, new, (used * stride) as usize) };
            self.entries = new;
        } else {
            self.table.clear();
            let mut j = 0u64;
            for i in 0..used {
                let s = self.slot(old, i);
                // SAFETY: `s` is one of the old array's slots.
                let h = unsafe { s.cast::<u64>().read() };
                if h == 0 {
                    continue;
                }
                let d = self.slot(new, j);
                // SAFETY: `d` is a slot of the new array, which has room for every live one.
                unsafe { std::ptr::copy_nonoverlapping(s, d, stride as usize) };
                self.table
                    .insert_unique(h, j as u32, |_| unreachable_rehash());
                j += 1;
            }
            self.entries = new;
            self.used = j;
        }
        self.cap = new_cap;
        let entries = self.entries;
        let stride = self.stride;
        self.table.reserve((new_cap - self.used) as usize, |&i| {
            // SAFETY: every index in the table is a live slot of `entries`.
            unsafe {
                entries
                    .add(i as usize * stride as usize)
                    .cast::<u64>()
                    .read()
            }
        });
    }

    /// The value slot of key `k`, inserting a zero value first when it is absent.
    ///
    /// # Safety
    /// `k` points at a readable key.
    unsafe fn assign(&mut self, k: *const u8) -> *mut u8 {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let h = self.hash(k);
            let ksize = self.key_type().size as usize;
            if let Some(i) = self.find(h, k) {
                let s = self.slot(self.entries, i);
                if self.alg != KeyAlg::Mem {
                    // gc's needkeyupdate: `m[-0.0]` after `m[+0.0]` keeps the new key.
                    std::ptr::copy(k, s.add(8), ksize);
                }
                return s.add(self.val_off as usize);
            }
            if self.used == self.cap {
                self.grow();
            }
            let i = self.used;
            let s = self.slot(self.entries, i);
            s.cast::<u64>().write(h);
            std::ptr::copy(k, s.add(8), ksize);
            let (entries, stride) = (self.entries, self.stride as usize);
            self.table.insert_unique(h, i as u32, |&j| {
                entries.add(j as usize * stride).cast::<u64>().read()
            });
            self.used += 1;
            self.count += 1;
            s.add(self.val_off as usize)
        }
    }
}

/// The key type of the map type `t`.
fn key_of(t: &TypeDesc) -> &TypeDesc {
    // SAFETY: codegen emits a key descriptor for every map type.
    match unsafe { t.key.as_ref() } {
        Some(k) => k,
        None => crate::panic::fatal(b"runtime: map type without key type"),
    }
}

/// A rehash while compacting: never happens, the table was cleared and reserved.
fn unreachable_rehash() -> u64 {
    crate::panic::fatal(b"runtime: map table rehashed while compacting")
}

/// Hashes a key looked up in a nil or empty map when hashing may panic (an interface
/// key holding an unhashable value), as gc does.
///
/// # Safety
/// `k` points at a readable key of `t`'s key type.
unsafe fn hash_for_panic(t: &TypeDesc, k: *const u8) {
    let kt = key_of(t);
    if key_alg(kt) == KeyAlg::Generic {
        let mut s = foldhash::fast::FixedState::with_seed(0).build_hasher();
        // SAFETY: guaranteed by the caller.
        unsafe { hash_value(kt, k, &mut s) };
    }
}

/// `make(map[K]V, hint)`: a new map of type `t` (its header at `buf`, a zeroed
/// `HMAP_SIZE`-byte stack slot, when not null; else on the heap), with room for `hint`
/// entries (none for a negative or huge hint, as gc).
///
/// # Safety
/// `t` is a valid map descriptor; `buf` is null or a writable, 8-aligned `HMAP_SIZE`
/// bytes.
#[export_name = "runtime.makemap"]
pub unsafe extern "C" fn makemap(t: *const TypeDesc, hint: i64, buf: *mut u8) -> *mut HMap {
    // SAFETY: guaranteed by the caller.
    let td = unsafe { &*t };
    let kt = key_of(td);
    let vsize = td.elem().map_or(0, |v| v.size);
    let val_off = (8 + kt.size).div_ceil(WORD) * WORD;
    let stride = (val_off + vsize).div_ceil(WORD) * WORD;
    let h: *mut HMap = if buf.is_null() {
        crate::gc::alloc(std::mem::size_of::<HMap>()).cast()
    } else {
        buf.cast()
    };
    let seed = process_seed() ^ fastrand();
    // SAFETY: `h` is writable storage for a header.
    unsafe {
        h.write(HMap {
            count: 0,
            typ: t,
            entries: std::ptr::null_mut(),
            used: 0,
            cap: 0,
            stride,
            val_off,
            alg: key_alg(kt),
            seed,
            table: HashTable::new_in(GoHeap),
        });
        let hint = u64::try_from(hint).unwrap_or(0);
        let max = (1u64 << 40) / stride;
        if hint > 0 && hint <= max {
            let m = &mut *h;
            m.cap = hint;
            m.entries = crate::gc::alloc((hint * stride) as usize);
            m.table.reserve(hint as usize, |_| unreachable_rehash());
        }
    }
    h
}

/// `m[k]`: the value of key `*k`, or null when it is absent or the map is nil (compiled
/// code then uses the zero value; `v, ok := m[k]` tests the pointer).
///
/// # Safety
/// `t` is the map's valid descriptor, `h` null or a map made by `makemap`, `k` a
/// readable key.
#[export_name = "runtime.mapaccess1"]
pub unsafe extern "C" fn mapaccess1(t: *const TypeDesc, h: *mut HMap, k: *const u8) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match h.as_ref() {
            Some(m) if m.count > 0 => match m.find(m.hash(k), k) {
                Some(i) => m.slot(m.entries, i).add(m.val_off as usize),
                None => std::ptr::null(),
            },
            _ => {
                hash_for_panic(&*t, k);
                std::ptr::null()
            }
        }
    }
}

/// `m[k] = ...`: the value slot of key `*k` (inserted with a zero value when absent) for
/// compiled code to store into. Panics `assignment to entry in nil map` for a nil map.
///
/// # Safety
/// As [`mapaccess1`].
#[export_name = "runtime.mapassign"]
pub unsafe extern "C" fn mapassign(t: *const TypeDesc, h: *mut HMap, k: *const u8) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match h.as_mut() {
            Some(m) => m.assign(k),
            None => {
                hash_for_panic(&*t, k);
                // gc: `panic(plainError("assignment to entry in nil map"))`.
                panic_with(
                    crate::rterror::ErrType::Plain,
                    &[b"assignment to entry in nil map"],
                    None,
                    TraceFrom::Here(RUNTIME_ERROR_FRAMES),
                )
            }
        }
    }
}

/// `delete(m, k)`: nothing for a nil map or an absent key.
///
/// # Safety
/// As [`mapaccess1`].
#[export_name = "runtime.mapdelete"]
pub unsafe extern "C" fn mapdelete(t: *const TypeDesc, h: *mut HMap, k: *const u8) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let Some(m) = h.as_mut().filter(|m| m.count > 0) else {
            hash_for_panic(&*t, k);
            return;
        };
        let hash = m.hash(k);
        let Some(i) = m.find(hash, k) else { return };
        let entries = m.entries;
        let stride = m.stride as usize;
        let found = m.table.find_entry(hash, |&j| u64::from(j) == i);
        if let Ok(e) = found {
            e.remove();
            // Empty the slot, so the collector does not keep what it held alive.
            std::ptr::write_bytes(entries.add(i as usize * stride), 0, stride);
            m.count -= 1;
        }
    }
}

/// Starts `for k, v := range m` (`h` may be nil): `it` is compiled code's
/// `HITER_SIZE`-byte iterator, positioned at the first entry (`key` null when none).
///
/// # Safety
/// As [`mapaccess1`]; `it` is writable and 8-aligned.
#[export_name = "runtime.mapiterinit"]
pub unsafe extern "C" fn mapiterinit(_t: *const TypeDesc, h: *mut HMap, it: *mut HIter) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let (entries, cap, used) = match h.as_ref() {
            Some(m) if m.count > 0 => (m.entries, m.cap, m.used),
            _ => (std::ptr::null_mut(), 0, 0),
        };
        let start = if used == 0 { 0 } else { fastrand() % used };
        it.write(HIter {
            key: std::ptr::null(),
            val: std::ptr::null(),
            h,
            entries,
            cap,
            start,
            next: start,
            wrapped: false,
        });
        if used > 0 {
            mapiternext(it);
        }
    }
}

/// Moves `it` to the next entry (`key` null when there is none).
///
/// # Safety
/// `it` was started by [`mapiterinit`] and its map is alive.
#[export_name = "runtime.mapiternext"]
pub unsafe extern "C" fn mapiternext(it: *mut HIter) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let it = &mut *it;
        it.key = std::ptr::null();
        it.val = std::ptr::null();
        let Some(m) = it.h.as_ref() else { return };
        if it.entries.is_null() {
            return;
        }
        loop {
            let same = m.entries == it.entries;
            let end = if it.wrapped {
                it.start
            } else if same {
                m.used
            } else {
                it.cap
            };
            if it.next >= end {
                if it.wrapped {
                    it.entries = std::ptr::null_mut();
                    return;
                }
                it.wrapped = true;
                it.next = 0;
                continue;
            }
            let s = m.slot(it.entries, it.next);
            it.next += 1;
            let h = s.cast::<u64>().read();
            if h == 0 {
                continue;
            }
            let k = s.add(8);
            if same {
                it.key = k;
                it.val = s.add(m.val_off as usize);
                return;
            }
            // The map has moved to another array: the entry's current value, if it is
            // still there.
            if let Some(i) = m.find(h, k) {
                let cur = m.slot(m.entries, i);
                it.key = cur.add(8);
                it.val = cur.add(m.val_off as usize);
                return;
            }
        }
    }
}

/// Every live entry of the map at `h` (nil: none) as (key, value) pointers, in slot
/// order: fmt's printing, which sorts them.
///
/// # Safety
/// `h` is null or a live map.
pub unsafe fn entries(h: *const HMap) -> Vec<(*const u8, *const u8)> {
    // SAFETY: guaranteed by the caller.
    let Some(m) = (unsafe { h.as_ref() }) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(m.count as usize);
    for i in 0..m.used {
        let s = m.slot(m.entries, i);
        // SAFETY: `s` is a slot of the map's array.
        unsafe {
            if s.cast::<u64>().read() != 0 {
                out.push((
                    s.add(8).cast_const(),
                    s.add(m.val_off as usize).cast_const(),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
