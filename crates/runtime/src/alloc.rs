//! Zeroed allocation (`runtime.newobject`, `makeslice`, `growslice`, `convT`) with
//! counters for `GOLIFT_ALLOCSTATS`. Memory comes from the collected heap (`gc.rs`,
//! `heap.rs`), which frees what is no longer reachable. `growslice` follows gc 1.19's growth rule and rounds to
//! gc's size classes (runtime/sizeclasses.go) so `cap()` after `append` matches gc.

use crate::panic::panic_runtime_error;
pub use crate::sizeclass::roundupsize;
use crate::types::{Slice, TypeDesc};

/// The base address of every zero-size allocation (gc's `zerobase`).
static ZEROBASE: u64 = 0;

/// gc's `maxAlloc` on 64-bit Linux.
const MAX_ALLOC: u64 = 1 << 48;

/// Number of runtime allocations so far.
pub fn alloc_count() -> u64 {
    crate::gc::alloc_stats().0
}

/// Bytes allocated so far.
pub fn alloc_bytes() -> u64 {
    crate::gc::alloc_stats().1
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

/// Allocates `size` zeroed bytes from the collected heap (`gc.rs`), counted; a fatal
/// error when memory runs out.
#[inline]
fn alloc_zeroed(size: u64) -> *mut u8 {
    if size == 0 {
        return std::ptr::addr_of!(ZEROBASE).cast_mut().cast();
    }
    crate::gc::alloc(size as usize)
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
}
