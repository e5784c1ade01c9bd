//! String operations compiled code calls (owned by codegen; see docs/runtime-abi.md,
//! "Strings"): concatenation, comparison, conversions and rune decoding. Results that
//! are strings or slices are written through an out-pointer.

use crate::alloc::{newobject, roundupsize};

/// A Go string as compiled code lays it out.
#[repr(C)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: i64,
}

/// A `[]byte` as compiled code lays it out.
#[repr(C)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: i64,
    pub cap: i64,
}

/// The bytes of `(ptr, len)`; empty for a null pointer or non-positive length.
///
/// # Safety
/// `ptr` must point at `len` readable bytes when `len > 0`.
unsafe fn bytes<'a>(ptr: *const u8, len: i64) -> &'a [u8] {
    if ptr.is_null() || len <= 0 {
        &[]
    } else {
        // SAFETY: the caller guarantees `len` readable bytes at `ptr`.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    }
}

/// A new string holding `parts` concatenated (no allocation when empty).
pub(crate) fn new_string(parts: &[&[u8]]) -> GoString {
    let total: usize = parts.iter().map(|p| p.len()).sum();
    if total == 0 {
        return GoString {
            ptr: std::ptr::null(),
            len: 0,
        };
    }
    let p = newobject(total as i64);
    let mut at = 0;
    for part in parts {
        // SAFETY: `p` has `total` bytes; the parts add up to `total`.
        unsafe { std::ptr::copy_nonoverlapping(part.as_ptr(), p.add(at), part.len()) };
        at += part.len();
    }
    GoString {
        ptr: p,
        len: total as i64,
    }
}

/// `a + b`. As gc, an empty operand yields the other without allocating.
///
/// # Safety
/// `out` must be writable; the strings valid.
#[export_name = "runtime.concatstring2"]
pub unsafe extern "C" fn concatstring2(
    out: *mut GoString,
    ap: *const u8,
    al: i64,
    bp: *const u8,
    bl: i64,
) {
    let r = if al <= 0 {
        GoString {
            ptr: bp,
            len: bl.max(0),
        }
    } else if bl <= 0 {
        GoString { ptr: ap, len: al }
    } else {
        // SAFETY: valid Go strings.
        new_string(&[unsafe { bytes(ap, al) }, unsafe { bytes(bp, bl) }])
    };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe { out.write(r) };
}

/// Whether a string's bytes lie on the Go stack (gc's stringDataOnStack): a result built
/// in a caller's stack buffer.
fn data_on_stack(p: *const u8) -> bool {
    let here = 0u8;
    let sp = std::hint::black_box(&here) as *const u8 as usize;
    let top = crate::gc::stack_top();
    (sp..top).contains(&(p as usize))
}

/// `a + b + ...` (gc's concatstrings): the `n` strings at `parts` concatenated into
/// `buf` (a 32-byte stack buffer the caller passes when the result does not escape)
/// if they fit, else into a new heap string. A single non-empty operand is the result
/// itself unless it lives on the stack and the result may escape.
///
/// # Safety
/// `out` must be writable; `parts` points at `n` valid strings; `buf` null or 32
/// writable bytes.
#[export_name = "runtime.concatstrings"]
pub unsafe extern "C" fn concatstrings(
    out: *mut GoString,
    buf: *mut u8,
    parts: *const GoString,
    n: i64,
) {
    let parts = if parts.is_null() || n <= 0 {
        &[][..]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(parts, n as usize) }
    };
    let mut total = 0usize;
    let mut count = 0;
    let mut last = 0;
    for (i, p) in parts.iter().enumerate() {
        if p.len > 0 {
            total += p.len as usize;
            count += 1;
            last = i;
        }
    }
    let r = if count == 0 {
        GoString {
            ptr: std::ptr::null(),
            len: 0,
        }
    } else if count == 1 && (!buf.is_null() || !data_on_stack(parts[last].ptr)) {
        GoString {
            ptr: parts[last].ptr,
            len: parts[last].len,
        }
    } else {
        // SAFETY: valid Go strings.
        let slices: Vec<&[u8]> = parts
            .iter()
            .map(|p| unsafe { bytes(p.ptr, p.len) })
            .collect();
        if !buf.is_null() && total <= TMP_BUF {
            let mut at = 0;
            for part in &slices {
                // SAFETY: `buf` has 32 bytes; the parts add up to `total <= 32`.
                unsafe { std::ptr::copy_nonoverlapping(part.as_ptr(), buf.add(at), part.len()) };
                at += part.len();
            }
            GoString {
                ptr: buf,
                len: total as i64,
            }
        } else {
            new_string(&slices)
        }
    };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe { out.write(r) };
}

/// Compares two strings: -1, 0 or 1.
///
/// # Safety
/// The strings must be valid.
#[export_name = "runtime.cmpstring"]
pub unsafe extern "C" fn cmpstring(ap: *const u8, al: i64, bp: *const u8, bl: i64) -> i64 {
    // SAFETY: valid Go strings.
    let (a, b) = unsafe { (bytes(ap, al), bytes(bp, bl)) };
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `n` bytes for a new string: `buf` (a caller's 32-byte stack buffer, or null) when
/// they fit, as gc's rawstringtmp, else a new heap object of exactly `n` bytes.
fn string_space(buf: *mut u8, n: usize) -> *mut u8 {
    if !buf.is_null() && n <= TMP_BUF {
        buf
    } else {
        newobject(n as i64)
    }
}

/// Every byte value, for one-byte strings that need no allocation (gc's staticuint64s).
static ONE_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

/// `string(r)` for an integer `r`: its UTF-8 encoding, U+FFFD when not a valid rune;
/// in `buf` (4 bytes on the caller's stack, or null: 4 new heap bytes), as gc's.
///
/// # Safety
/// `out` must be writable; `buf` null or 4 writable bytes.
#[export_name = "runtime.intstring"]
pub unsafe extern "C" fn intstring(out: *mut GoString, buf: *mut u8, v: i64) {
    let c = u32::try_from(v)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    let s = c.encode_utf8(&mut tmp).as_bytes();
    let p = if buf.is_null() { newobject(4) } else { buf };
    // SAFETY: `p` has 4 bytes; an encoding has at most 4.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len()) };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe {
        out.write(GoString {
            ptr: p,
            len: s.len() as i64,
        })
    };
}

/// `string(b)` for a `[]byte`: empty and one-byte strings allocate nothing; otherwise
/// a copy in `buf` (32 bytes on the caller's stack, or null) when it fits, else on the
/// heap.
///
/// # Safety
/// `out` must be writable; `buf` null or 32 writable bytes; `(ptr, len)` valid.
#[export_name = "runtime.slicebytetostring"]
pub unsafe extern "C" fn slicebytetostring(
    out: *mut GoString,
    buf: *mut u8,
    ptr: *const u8,
    len: i64,
) {
    // SAFETY: a valid slice.
    let src = unsafe { bytes(ptr, len) };
    let p = match src {
        [] => std::ptr::null(),
        [b] => &ONE_BYTE[*b as usize] as *const u8,
        _ => {
            let p = string_space(buf, src.len());
            // SAFETY: `p` has room for `src.len()` bytes.
            unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), p, src.len()) };
            p.cast_const()
        }
    };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe {
        out.write(GoString {
            ptr: p,
            len: src.len() as i64,
        })
    };
}

/// `[]byte(s)`: a copy. Into `buf` (32 bytes, capacity 32) when the caller passes a
/// non-escaping stack buffer and the string fits, as gc's `tmpBuf`; otherwise on the
/// heap, its capacity rounded up to gc's size class.
///
/// # Safety
/// `out` must be writable; `buf` null or 32 writable bytes; `(ptr, len)` a valid string.
#[export_name = "runtime.stringtoslicebyte"]
pub unsafe extern "C" fn stringtoslicebyte(
    out: *mut GoSlice,
    buf: *mut u8,
    ptr: *const u8,
    len: i64,
) {
    // SAFETY: a valid string.
    let src = unsafe { bytes(ptr, len) };
    let (p, cap) = if !buf.is_null() && src.len() <= TMP_BUF {
        (buf, TMP_BUF as u64)
    } else {
        let cap = roundupsize(src.len() as u64);
        (newobject(cap as i64), cap)
    };
    // SAFETY: `p` has at least `src.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), p, src.len()) };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe {
        out.write(GoSlice {
            ptr: p,
            len: src.len() as i64,
            cap: cap as i64,
        })
    };
}

/// gc's `tmpStringBufSize`: the stack buffer of a non-escaping conversion (bytes or runes).
const TMP_BUF: usize = 32;

/// `[]rune(s)`: the decoded runes (U+FFFD per invalid byte). Into `buf` (32 runes) when
/// the caller passes a non-escaping stack buffer and they fit; otherwise on the heap,
/// the capacity rounded up to gc's size class.
///
/// # Safety
/// `out` must be writable; `buf` null or 128 writable bytes; `(ptr, len)` a valid string.
#[export_name = "runtime.stringtoslicerune"]
pub unsafe extern "C" fn stringtoslicerune(
    out: *mut GoSlice,
    buf: *mut u8,
    ptr: *const u8,
    len: i64,
) {
    // SAFETY: a valid string.
    let mut rest = unsafe { bytes(ptr, len) };
    let mut runes = Vec::new();
    while !rest.is_empty() {
        let (r, n) = decode(rest);
        runes.push(r);
        rest = &rest[n..];
    }
    let (p, cap) = if !buf.is_null() && runes.len() <= TMP_BUF {
        (buf, TMP_BUF as u64)
    } else {
        let bytes = roundupsize(runes.len() as u64 * 4);
        (newobject(bytes as i64), bytes / 4)
    };
    // SAFETY: `p` has room for `cap >= runes.len()` 4-byte-aligned runes.
    unsafe { std::ptr::copy_nonoverlapping(runes.as_ptr(), p.cast::<u32>(), runes.len()) };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe {
        out.write(GoSlice {
            ptr: p,
            len: runes.len() as i64,
            cap: cap as i64,
        })
    };
}

/// `string(r)` for a `[]rune`: the UTF-8 encodings (U+FFFD for invalid runes), in
/// `buf` (32 bytes on the caller's stack, or null) when they fit with gc's 3 spare
/// bytes, else in a new heap object of that size (gc's rawstringtmp).
///
/// # Safety
/// `out` must be writable; `buf` null or 32 writable bytes; `(ptr, len)` a valid `[]rune`.
#[export_name = "runtime.slicerunetostring"]
pub unsafe extern "C" fn slicerunetostring(
    out: *mut GoString,
    buf: *mut u8,
    ptr: *const i32,
    len: i64,
) {
    let runes: &[i32] = if ptr.is_null() || len <= 0 {
        &[]
    } else {
        // SAFETY: a valid slice of `len` runes.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    };
    let mut s = String::new();
    for &r in runes {
        s.push(
            u32::try_from(r)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}'),
        );
    }
    let p = string_space(buf, s.len() + 3);
    // SAFETY: `p` has room for `s.len() + 3` bytes.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len()) };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe {
        out.write(GoString {
            ptr: p,
            len: s.len() as i64,
        })
    };
}

/// Decodes the rune at byte `k` of a string: writes `[rune, next k]` to `out`, as Go's
/// `for range` over a string does (U+FFFD and one byte for invalid encodings).
///
/// # Safety
/// `out` must point at two writable `i64`s; the string valid.
#[export_name = "runtime.decoderune"]
pub unsafe extern "C" fn decoderune(out: *mut [i64; 2], ptr: *const u8, len: i64, k: i64) {
    // SAFETY: a valid string.
    let s = unsafe { bytes(ptr, len) };
    let k = k.max(0) as usize;
    let rest = s.get(k..).unwrap_or(&[]);
    let (r, n) = decode(rest);
    // SAFETY: the caller passes a writable out-pointer.
    unsafe { out.write([r as i64, (k + n) as i64]) };
}

/// One UTF-8 sequence at the start of `b`: (rune, length), Go's rules.
pub(crate) fn decode(b: &[u8]) -> (u32, usize) {
    const BAD: (u32, usize) = (0xFFFD, 1);
    let Some(&b0) = b.first() else {
        return BAD;
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let n = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return BAD,
    };
    let Some(seq) = b.get(..n) else {
        return BAD;
    };
    match std::str::from_utf8(seq) {
        Ok(s) => match s.chars().next() {
            Some(c) => (c as u32, n),
            None => BAD,
        },
        Err(_) => BAD,
    }
}

/// The `[]string` of `os.Args`, built on first use (the strings point into `argv`).
static OS_ARGS: std::sync::atomic::AtomicPtr<u8> =
    std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// `os.Args`: writes the `[]string` of the command-line arguments to `out`.
///
/// # Safety
/// `out` must be writable.
#[export_name = "runtime.osargs"]
pub unsafe extern "C" fn osargs(out: *mut GoSlice) {
    use std::sync::atomic::Ordering;
    let (argc, argv) = crate::os::args();
    let mut arr = OS_ARGS.load(Ordering::Relaxed);
    if arr.is_null() && argc > 0 && !argv.is_null() {
        arr = newobject((argc * 16) as i64);
        for i in 0..argc {
            // SAFETY: the C runtime passes `argc` NUL-terminated strings in `argv`.
            unsafe {
                let s = *argv.add(i);
                let mut n = 0usize;
                while !s.is_null() && *s.add(n) != 0 {
                    n += 1;
                }
                arr.add(i * 16)
                    .cast::<GoString>()
                    .write_unaligned(GoString {
                        ptr: s,
                        len: n as i64,
                    });
            }
        }
        OS_ARGS.store(arr, Ordering::Relaxed);
    }
    let len = if arr.is_null() { 0 } else { argc as i64 };
    // SAFETY: the caller passes a writable out-pointer.
    unsafe {
        out.write(GoSlice {
            ptr: arr,
            len,
            cap: len,
        })
    };
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode(b"a"), ('a' as u32, 1));
        assert_eq!(decode("é".as_bytes()), ('é' as u32, 2));
        assert_eq!(decode(&[0xE2, 0x82]), (0xFFFD, 1));
        assert_eq!(decode(&[0xFF]), (0xFFFD, 1));
        assert_eq!(decode("😀".as_bytes()), ('😀' as u32, 4));
    }
}
