//! strconv's quoting as fmt uses it (`%q`, `%#q`, `%+q`, `%#U`): `Quote`,
//! `QuoteToASCII`, `QuoteRune`, `QuoteRuneToASCII`, `CanBackquote` and `IsPrint`
//! (from the table generated out of gc's strconv). Not the graphic-only variants.

use crate::fmt_isprint_table::PRINT_RANGES;
use crate::strings::decode;

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// strconv.IsPrint.
pub fn is_print(r: u32) -> bool {
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// utf8.ValidRune.
pub fn valid_rune(r: u32) -> bool {
    r <= 0x10FFFF && !(0xD800..=0xDFFF).contains(&r)
}

/// utf8.AppendRune: the UTF-8 encoding of `r`, U+FFFD for an invalid rune.
pub fn push_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut b = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// strconv's appendEscapedRune.
fn push_escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) {
        push_rune(out, r);
        return;
    }
    match r {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0B => out.extend_from_slice(b"\\v"),
        _ if r < u32::from(b' ') || r == 0x7F => {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(r >> 4) as usize & 0xF]);
            out.push(LOWER_HEX[r as usize & 0xF]);
        }
        _ => {
            let r = if valid_rune(r) { r } else { 0xFFFD };
            let (prefix, shift): (&[u8], i32) = if r < 0x10000 {
                (b"\\u", 12)
            } else {
                (b"\\U", 28)
            };
            out.extend_from_slice(prefix);
            let mut s = shift;
            while s >= 0 {
                out.push(LOWER_HEX[(r >> s) as usize & 0xF]);
                s -= 4;
            }
        }
    }
}

/// strconv.Quote (`ascii_only`: QuoteToASCII) of the bytes `s`.
pub fn push_quoted(out: &mut Vec<u8>, s: &[u8], ascii_only: bool) {
    out.push(b'"');
    let mut rest = s;
    while let Some(&b0) = rest.first() {
        let (r, width) = decode(rest);
        if width == 1 && r == 0xFFFD && b0 >= 0x80 {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(b0 >> 4) as usize]);
            out.push(LOWER_HEX[(b0 & 0xF) as usize]);
        } else {
            push_escaped_rune(out, r, b'"', ascii_only);
        }
        rest = &rest[width..];
    }
    out.push(b'"');
}

/// strconv.QuoteRune (`ascii_only`: QuoteRuneToASCII).
pub fn push_quoted_rune(out: &mut Vec<u8>, r: u32, ascii_only: bool) {
    let r = if valid_rune(r) { r } else { 0xFFFD };
    out.push(b'\'');
    push_escaped_rune(out, r, b'\'', ascii_only);
    out.push(b'\'');
}

/// strconv.CanBackquote.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        let (r, width) = decode(rest);
        rest = &rest[width..];
        if width > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == 0xFFFD {
            return false;
        }
        if (r < u32::from(b' ') && r != u32::from(b'\t')) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(s: &[u8], ascii: bool) -> String {
        let mut v = Vec::new();
        push_quoted(&mut v, s, ascii);
        String::from_utf8_lossy(&v).into_owned()
    }

    // Expected values: gc 1.19.8 strconv.Quote / QuoteToASCII / QuoteRune.
    #[test]
    fn quotes_as_gc() {
        assert_eq!(
            quote(b"a\"b\\\n\x00\x7f\xff", false),
            r#""a\"b\\\n\x00\x7f\xff""#
        );
        assert_eq!(
            quote("héllo\u{2028}😀".as_bytes(), false),
            "\"héllo\\u2028😀\""
        );
        assert_eq!(
            quote("héllo😀".as_bytes(), true),
            r#""h\u00e9llo\U0001f600""#
        );
        let mut v = Vec::new();
        push_quoted_rune(&mut v, 0xD800, false);
        push_quoted_rune(&mut v, u32::from(b'\''), false);
        assert_eq!(String::from_utf8_lossy(&v), r"'�''\''");
        assert!(can_backquote(b"a\tb"));
        assert!(!can_backquote(b"a`b"));
        assert!(!can_backquote(b"\xff"));
        assert!(is_print(0xE9) && !is_print(0xAD) && !is_print(0x2028));
    }
}
