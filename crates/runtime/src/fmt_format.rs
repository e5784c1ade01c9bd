//! fmt's formatter state and its primitive writers (gc's `fmt/format.go`): flags,
//! width and precision, padding, integers in every base, strings, quoted strings and
//! runes, hex encodings, `%U`, booleans. It knows nothing about Go types; that is
//! `fmt_value`'s job. Floats are in `fmt_float`.

use crate::fmt_quote::{can_backquote, is_print, push_quoted, push_quoted_rune, push_rune};
use crate::strings::decode;

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one verb (gc's `fmtFlags`, plus width and precision).
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: field names.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
    pub wid: i64,
    pub prec: i64,
}

/// The output buffer and the current verb's flags (gc's `fmt` inside `pp`).
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

/// Number of runes in `b` (invalid bytes count one each, as utf8.RuneCount).
fn rune_count(b: &[u8]) -> i64 {
    let mut n = 0;
    let mut rest = b;
    while !rest.is_empty() {
        let (_, w) = decode(rest);
        rest = &rest[w..];
        n += 1;
    }
    n
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    /// `n` bytes of padding: zeros when the zero flag is set, else spaces.
    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(b, n as usize));
    }

    /// `b` padded to the width, on the left or (minus flag) on the right.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b);
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// `pad` with the zero flag off.
    fn pad_spaces(&mut self, b: &[u8]) {
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = old;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%b %o %O %d %x %X` of an integer (`u` holds the two's-complement bits when
    /// `signed`).
    pub fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: u32, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let f = self.f;
        let mut prec: i64 = 0;
        if f.prec_present {
            prec = f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(f.wid);
                self.f.zero = old;
                return;
            }
        } else if f.zero && f.wid_present {
            prec = f.wid;
            if negative || f.plus || f.space {
                prec -= 1;
            }
        }
        // Digits right to left, then reversed.
        let mut rev: Vec<u8> = Vec::with_capacity(68);
        while u >= base {
            rev.push(digits[(u % base) as usize]);
            u /= base;
        }
        rev.push(digits[u as usize]);
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == u32::from(b'O') {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if f.plus {
            rev.push(b'+');
        } else if f.space {
            rev.push(b' ');
        }
        rev.reverse();
        self.pad_spaces(&rev);
    }

    /// `%U`: `U+0041`, with `%#U` adding ` 'A'` for a printable rune.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec: i64 = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut hex: Vec<u8> = Vec::new();
        let mut v = u;
        while v >= 16 {
            hex.push(UDIGITS[(v & 0xF) as usize]);
            prec -= 1;
            v >>= 4;
        }
        hex.push(UDIGITS[v as usize]);
        prec -= 1;
        while prec > 0 {
            hex.push(b'0');
            prec -= 1;
        }
        hex.extend_from_slice(b"+U");
        hex.reverse();
        if self.f.sharp && u <= 0x10FFFF && is_print(u as u32) {
            hex.extend_from_slice(b" '");
            push_rune(&mut hex, u as u32);
            hex.push(b'\'');
        }
        self.pad_spaces(&hex);
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as u32 };
        let mut b = Vec::new();
        push_rune(&mut b, r);
        self.pad(&b);
    }

    /// `%q` of an integer: a quoted rune.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as u32 };
        let mut b = Vec::new();
        push_quoted_rune(&mut b, r, self.f.plus);
        self.pad(&b);
    }

    /// `s` cut to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += decode(&s[i..]).1;
            }
        }
        s
    }

    /// `%s`.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%q` of a string: Go-quoted, or back-quoted with `#` when possible.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut b = Vec::with_capacity(s.len() + 2);
            b.push(b'`');
            b.extend_from_slice(s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let mut b = Vec::new();
        push_quoted(&mut b, s, self.f.plus);
        self.pad(&b);
    }

    /// `%x`/`%X` of a string or byte slice (gc's fmtSbx).
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let f = self.f;
        let mut length = s.len() as i64;
        if f.prec_present && f.prec < length {
            length = f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if f.space {
                if f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if f.sharp {
                width += 2;
            }
        } else {
            if f.wid_present {
                self.write_padding(f.wid);
            }
            return;
        }
        if f.wid_present && f.wid > width && !f.minus {
            self.write_padding(f.wid - width);
        }
        if f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if f.space && i > 0 {
                self.buf.push(b' ');
                if f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if f.wid_present && f.wid > width && f.minus {
            self.write_padding(f.wid - width);
        }
    }
}
