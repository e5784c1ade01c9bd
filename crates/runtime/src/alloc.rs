//! Zeroed allocation (`runtime.newobject`, `makeslice`, `growslice`, `convT`) with
//! counters for `GOLIFT_ALLOCSTATS`. Memory comes from `calloc`; the conservative
//! collector (`gc.rs`) frees what is no longer reachable. `growslice` follows gc 1.19's growth rule and rounds to
//! gc's size classes (runtime/sizeclasses.go) so `cap()` after `append` matches gc.

use crate::panic::{fatal, panic_runtime_error};
use crate::sys::calloc;
use crate::types::{Slice, TypeDesc};
use std::sync::atomic::{AtomicU64, Ordering};

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

/// The base address of every zero-size allocation (gc's `zerobase`).
static ZEROBASE: u64 = 0;

/// gc's `maxAlloc` on 64-bit Linux.
const MAX_ALLOC: u64 = 1 << 48;
const PAGE_SIZE: u64 = 8192;
const MAX_SMALL_SIZE: u64 = 32768;

/// gc 1.19's `class_to_size` (runtime/sizeclasses.go).
const CLASS_TO_SIZE: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Number of runtime allocations so far.
pub fn alloc_count() -> u64 {
    ALLOCS.load(Ordering::Relaxed)
}

/// Bytes allocated so far.
pub fn alloc_bytes() -> u64 {
    BYTES.load(Ordering::Relaxed)
}

/// gc's `roundupsize`: the size of the block `mallocgc` really hands out for `size` bytes.
pub fn roundupsize(size: u64) -> u64 {
    if size < MAX_SMALL_SIZE {
        // The classes are sorted and gc picks the smallest one that fits.
        match CLASS_TO_SIZE.iter().find(|&&c| u64::from(c) >= size) {
            Some(&c) => u64::from(c),
            None => size,
        }
    } else if size.checked_add(PAGE_SIZE).is_none() {
        size
    } else {
        size.div_ceil(PAGE_SIZE) * PAGE_SIZE
    }
}

/// gc 1.19 `growslice`'s capacity computation: the new capacity (in elements) and the
/// number of bytes to allocate, or `None` when it overflows (`growslice: cap out of range`).
/// `elemsize` must be non-zero.
pub fn grow_capacity(old_cap: u64, newlen: u64, elemsize: u64) -> Option<(u64, u64)> {
    let old_cap = old_cap as i64;
    let cap = newlen as i64;
    let mut newcap = old_cap;
    let doublecap = newcap.wrapping_add(newcap);
    if cap > doublecap {
        newcap = cap;
    } else {
        const THRESHOLD: i64 = 256;
        if old_cap < THRESHOLD {
            newcap = doublecap;
        } else {
            while 0 < newcap && newcap < cap {
                newcap = newcap.wrapping_add((newcap + 3 * THRESHOLD) / 4);
            }
            if newcap <= 0 {
                newcap = cap;
            }
        }
    }
    let newcap = newcap as u64;
    let mem = elemsize.checked_mul(newcap)?;
    if mem > MAX_ALLOC {
        return None;
    }
    let capmem = roundupsize(mem);
    Some((capmem / elemsize, capmem))
}

/// Allocates `size` zeroed bytes, counted; a fatal error when memory runs out.
fn alloc_zeroed(size: u64) -> *mut u8 {
    if size == 0 {
        return std::ptr::addr_of!(ZEROBASE).cast_mut().cast();
    }
    if crate::gc::should_collect(size) {
        crate::gc::collect();
    }
    // SAFETY: calloc has no preconditions; the result is checked.
    let p = unsafe { calloc(1, size as usize) }.cast::<u8>();
    if p.is_null() {
        fatal(b"runtime: out of memory");
    }
    crate::gc::register(p, size);
    ALLOCS.fetch_add(1, Ordering::Relaxed);
    BYTES.fetch_add(size, Ordering::Relaxed);
    p
}

/// `runtime.newobject(size)`: one zeroed object.
#[export_name = "runtime.newobject"]
pub extern "C" fn newobject(size: i64) -> *mut u8 {
    alloc_zeroed(size.max(0) as u64)
}

/// `runtime.makeslice(elemsize, len, cap)`: the zeroed backing array of `make([]T, len, cap)`.
#[export_name = "runtime.makeslice"]
pub extern "C" fn makeslice(elemsize: i64, len: i64, cap: i64) -> *mut u8 {
    let es = elemsize.max(0) as u64;
    let total = |n: i64| -> Option<u64> {
        let m = es.checked_mul(n as u64)?;
        (m <= MAX_ALLOC).then_some(m)
    };
    match total(cap) {
        Some(mem) if len >= 0 && len <= cap => alloc_zeroed(mem),
        _ => {
            if len < 0 || total(len).is_none() {
                panic_runtime_error(&[b"makeslice: len out of range"]);
            }
            panic_runtime_error(&[b"makeslice: cap out of range"]);
        }
    }
}

/// `runtime.growslice(out, ptr, len, cap, newlen, elemsize)`: writes `{ptr', newlen, cap'}`
/// to `out`; the old `len` elements are copied, the rest is zeroed.
///
/// # Safety
/// `out` must be writable; `ptr` must point at `len * elemsize` readable bytes.
#[export_name = "runtime.growslice"]
pub unsafe extern "C" fn growslice(
    out: *mut Slice,
    ptr: *const u8,
    len: i64,
    cap: i64,
    newlen: i64,
    elemsize: i64,
) {
    if newlen < cap || newlen < 0 {
        panic_runtime_error(&[b"growslice: cap out of range"]);
    }
    let result = if elemsize <= 0 {
        Slice {
            ptr: alloc_zeroed(0),
            len: newlen,
            cap: newlen,
        }
    } else {
        let es = elemsize as u64;
        let Some((newcap, capmem)) = grow_capacity(cap.max(0) as u64, newlen as u64, es) else {
            panic_runtime_error(&[b"growslice: cap out of range"]);
        };
        let p = alloc_zeroed(capmem);
        let old = (len.max(0) as u64).saturating_mul(es);
        if old > 0 && !ptr.is_null() {
            // SAFETY: the caller guarantees `old` readable bytes; `p` has `capmem >= old`.
            unsafe { std::ptr::copy_nonoverlapping(ptr, p, old as usize) };
        }
        Slice {
            ptr: p,
            len: newlen,
            cap: newcap as i64,
        }
    };
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(result) };
}

/// `runtime.convT(typ, val)`: a heap copy of `typ.size` bytes at `val`.
///
/// # Safety
/// `typ` must be a valid descriptor and `val` point at `typ.size` readable bytes.
#[export_name = "runtime.convT"]
pub unsafe extern "C" fn conv_t(typ: *const TypeDesc, val: *const u8) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let size = unsafe { (*typ).size };
    let p = alloc_zeroed(size);
    if size > 0 && !val.is_null() {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy_nonoverlapping(val, p, size as usize) };
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The distinct capacities seen while appending one element at a time, 2000 times.
    fn caps(elemsize: u64) -> Vec<u64> {
        let (mut len, mut cap) = (0u64, 0u64);
        let mut seen = Vec::new();
        for _ in 0..2000 {
            if len + 1 > cap {
                cap = grow_capacity(cap, len + 1, elemsize).map_or(0, |c| c.0);
            }
            len += 1;
            if seen.last() != Some(&cap) {
                seen.push(cap);
            }
        }
        seen
    }

    // Expected values: gc 1.19.8, a program appending to []int, []byte and
    // []struct{ a, b, c int64 } and printing each new cap().
    #[test]
    fn append_caps_match_gc() {
        assert_eq!(
            caps(8),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
        assert_eq!(caps(1), [8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048]);
        assert_eq!(
            caps(24),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048]
        );
    }

    #[test]
    fn multi_append_caps_match_gc() {
        // gc: cap(append([]int(nil), 1, 2, 3, 4, 5)) == 6,
        // cap(append([]byte("hello"), " world!"...)) == 16,
        // cap(append(make([]S, 3, 3), 5 more S)) == 8 (S 24 bytes).
        assert_eq!(grow_capacity(0, 5, 8).map(|c| c.0), Some(6));
        assert_eq!(grow_capacity(5, 12, 1).map(|c| c.0), Some(16));
        assert_eq!(grow_capacity(3, 8, 24).map(|c| c.0), Some(8));
        assert_eq!(grow_capacity(1, 2, 1 << 50), None);
    }

    #[test]
    fn roundupsize_classes() {
        assert_eq!(roundupsize(0), 0);
        assert_eq!(roundupsize(1), 8);
        assert_eq!(roundupsize(33), 48);
        assert_eq!(roundupsize(32768), 32768);
        assert_eq!(roundupsize(32769), 40960);
    }
}
