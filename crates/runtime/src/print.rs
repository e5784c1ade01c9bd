//! `print`/`println` primitives (`runtime.printint`, ...): gc's formats, written unbuffered
//! to standard error as gc's runtime does. The number formatters are pure functions that
//! never allocate, so the signal handler and panic paths can use them too.

use crate::sys::write_err;
use crate::types::bytes;

/// A small fixed-capacity byte buffer for formatting numbers without allocating.
#[derive(Clone, Copy)]
pub struct Small {
    buf: [u8; 128],
    len: usize,
}

impl Default for Small {
    fn default() -> Self {
        Self::new()
    }
}

impl Small {
    pub const fn new() -> Self {
        Small {
            buf: [0; 128],
            len: 0,
        }
    }

    /// Appends bytes, silently dropping what does not fit (never happens for numbers).
    pub fn push(&mut self, b: &[u8]) {
        for &c in b {
            if self.len < self.buf.len() {
                self.buf[self.len] = c;
                self.len += 1;
            }
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Decimal digits of an unsigned value.
pub fn format_uint(mut v: u64) -> Small {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let mut s = Small::new();
    s.push(&digits[i..]);
    s
}

/// Decimal digits of a signed value, `-` first when negative.
pub fn format_int(v: i64) -> Small {
    if v < 0 {
        let mut s = Small::new();
        s.push(b"-");
        s.push(format_uint(v.unsigned_abs()).as_bytes());
        s
    } else {
        format_uint(v as u64)
    }
}

/// `0x` and lower-case hex digits, as gc's `printhex` (and `%p`).
pub fn format_hex(mut v: u64) -> Small {
    let mut digits = [0u8; 16];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b"0123456789abcdef"[(v % 16) as usize];
        v /= 16;
        if v == 0 {
            break;
        }
    }
    let mut s = Small::new();
    s.push(b"0x");
    s.push(&digits[i..]);
    s
}

#[export_name = "runtime.printint"]
pub extern "C" fn printint(v: i64) {
    write_err(format_int(v).as_bytes());
}

#[export_name = "runtime.printuint"]
pub extern "C" fn printuint(v: u64) {
    write_err(format_uint(v).as_bytes());
}

#[export_name = "runtime.printhex"]
pub extern "C" fn printhex(v: u64) {
    write_err(format_hex(v).as_bytes());
}

#[export_name = "runtime.printbool"]
pub extern "C" fn printbool(v: u8) {
    write_err(if v != 0 { b"true" } else { b"false" });
}

/// # Safety
/// `ptr` must point at `len` readable bytes (or be null with `len == 0`).
#[export_name = "runtime.printstring"]
pub unsafe extern "C" fn printstring(ptr: *const u8, len: i64) {
    // SAFETY: guaranteed by the caller.
    write_err(unsafe { bytes(ptr, len) });
}

#[export_name = "runtime.printpointer"]
pub extern "C" fn printpointer(p: *const u8) {
    write_err(format_hex(p as u64).as_bytes());
}

#[export_name = "runtime.printslice"]
pub extern "C" fn printslice(ptr: *const u8, len: i64, cap: i64) {
    let mut s = Small::new();
    s.push(b"[");
    s.push(format_int(len).as_bytes());
    s.push(b"/");
    s.push(format_int(cap).as_bytes());
    s.push(b"]");
    s.push(format_hex(ptr as u64).as_bytes());
    write_err(s.as_bytes());
}

#[export_name = "runtime.printsp"]
pub extern "C" fn printsp() {
    write_err(b" ");
}

#[export_name = "runtime.printnl"]
pub extern "C" fn printnl() {
    write_err(b"\n");
}

/// Output is unbuffered and single-threaded: locking is a no-op.
#[export_name = "runtime.printlock"]
pub extern "C" fn printlock() {}

#[export_name = "runtime.printunlock"]
pub extern "C" fn printunlock() {}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: Small) -> String {
        String::from_utf8_lossy(x.as_bytes()).into_owned()
    }

    #[test]
    fn ints_as_gc() {
        // Expected values: gc 1.19.8 `println(...)`.
        assert_eq!(s(format_int(i64::MIN)), "-9223372036854775808");
        assert_eq!(s(format_uint(u64::MAX)), "18446744073709551615");
        assert_eq!(s(format_int(0)), "0");
        assert_eq!(s(format_int(-42)), "-42");
        assert_eq!(s(format_hex(0)), "0x0");
        assert_eq!(s(format_hex(0xc000012345)), "0xc000012345");
    }
}
