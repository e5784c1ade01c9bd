//! Literal tokens: numbers (bases, separators, exponents, imaginary suffixes), rune
//! and string literals, escapes. Checks them and reports gc's lexical errors at gc's
//! positions; the token's text is kept as written. It does not decode values (see
//! `crate::literal`) or scan anything but literals (the rest is in `lexer.rs`).

use super::{fmt_sharp_u, is_decimal, is_hex, lower, quote_rune, Lexer};
use crate::ast::LitKind;

impl Lexer<'_> {
    /// Scans digits of `base`; returns bit 0 = digit seen, bit 1 = `_` seen.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base as i32;
            while is_decimal(self.ch) || self.is(b'_') {
                let mut ds = 1;
                if self.is(b'_') {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.chpos - self.pos as usize);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.is(b'_') {
                digsep |= if self.is(b'_') { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    pub(super) fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;
        if !seen_point {
            // The first character has been consumed already.
            if self.src[self.pos as usize] == b'0' {
                match lower(self.ch) as u8 {
                    b'x' => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            } else {
                digsep = 1;
            }
            digsep |= self.digits(base, &mut invalid);
            if self.is(b'.') {
                if prefix == b'o' || prefix == b'b' {
                    self.errorf(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            self.errorf(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        let e = lower(self.ch);
        if e == b'e' as i32 || e == b'p' as i32 {
            if ok {
                if e == b'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.errorf(format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch as u32)
                    ));
                    ok = false;
                } else if e == b'p' as i32 && prefix != b'x' {
                    self.errorf(format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch as u32)
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.is(b'+') || self.is(b'-') {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.errorf("exponent has no digits".into());
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.errorf("hexadecimal mantissa requires a 'p' exponent".into());
            ok = false;
        }
        if self.is(b'i') {
            kind = LitKind::Imag;
            self.nextch();
        }
        let start = self.pos as usize;
        let lit = &self.src[start..self.chpos];
        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let d = lit[i] as char;
                self.error_at(
                    start + i,
                    format!("invalid digit '{d}' in {} literal", base_name(base)),
                );
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(lit) {
                self.error_at(start + i, "'_' must separate successive digits".into());
                ok = false;
            }
        }
        self.kind = kind;
        self.bad = !ok;
    }

    pub(super) fn rune(&mut self) {
        let mut ok = true;
        let mut n = 0;
        loop {
            if self.is(b'\'') {
                if ok {
                    if n == 0 {
                        self.errorf("empty rune literal or unescaped '".into());
                        ok = false;
                    } else if n != 1 {
                        let p = self.pos as usize;
                        self.error_at(p, "more than one character in rune literal".into());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.is(b'\\') {
                self.nextch();
                if !self.escape(b'\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.is(b'\n') {
                if ok {
                    self.errorf("newline in rune literal".into());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    let p = self.pos as usize;
                    self.error_at(p, "rune literal not terminated".into());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.kind = LitKind::Rune;
        self.bad = !ok;
    }

    pub(super) fn std_string(&mut self) {
        let mut ok = true;
        loop {
            if self.is(b'"') {
                self.nextch();
                break;
            }
            if self.is(b'\\') {
                self.nextch();
                if !self.escape(b'"') {
                    ok = false;
                }
                continue;
            }
            if self.is(b'\n') {
                self.errorf("newline in string".into());
                ok = false;
                break;
            }
            if self.ch < 0 {
                let p = self.pos as usize;
                self.error_at(p, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.kind = LitKind::String;
        self.bad = !ok;
    }

    pub(super) fn raw_string(&mut self) {
        let mut ok = true;
        loop {
            if self.is(b'`') {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                let p = self.pos as usize;
                self.error_at(p, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.kind = LitKind::String;
        self.bad = !ok;
    }

    fn escape(&mut self, quote: u8) -> bool {
        let (n, base, max): (u32, u32, u32);
        let c = self.ch;
        if c == quote as i32 || matches!(c, 0x61 | 0x62 | 0x66 | 0x6E | 0x72 | 0x74 | 0x76 | 0x5C) {
            self.nextch();
            return true;
        }
        match c {
            0x30..=0x37 => {
                n = 3;
                base = 8;
                max = 255;
            }
            0x78 => {
                self.nextch();
                n = 2;
                base = 16;
                max = 255;
            }
            0x75 => {
                self.nextch();
                n = 4;
                base = 16;
                max = 0x10FFFF;
            }
            0x55 => {
                self.nextch();
                n = 8;
                base = 16;
                max = 0x10FFFF;
            }
            _ => {
                if c < 0 {
                    return true;
                }
                self.errorf("unknown escape".into());
                return false;
            }
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true;
            }
            let mut d = base;
            if is_decimal(self.ch) {
                d = (self.ch - b'0' as i32) as u32;
            } else if (b'a' as i32..=b'f' as i32).contains(&lower(self.ch)) {
                d = (lower(self.ch) - b'a' as i32) as u32 + 10;
            }
            if d >= base {
                self.errorf(format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch as u32),
                    base_name(base)
                ));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.errorf(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.errorf(format!(
                "escape is invalid Unicode code point {}",
                fmt_sharp_u(x)
            ));
            return false;
        }
        true
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}
