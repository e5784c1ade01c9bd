//! Decoding of Go string and rune literals (the raw text kept in `BasicLit::raw`):
//! escapes, and carriage returns stripped from raw strings. Numbers are not handled.

/// The bytes of a string literal (`"..."` or `` `...` ``), or `None` if malformed.
pub fn unquote_string(raw: &str) -> Option<Vec<u8>> {
    let b = raw.as_bytes();
    if b.len() >= 2 && b[0] == b'`' && b[b.len() - 1] == b'`' {
        return Some(
            b[1..b.len() - 1]
                .iter()
                .copied()
                .filter(|&c| c != b'\r')
                .collect(),
        );
    }
    if b.len() < 2 || b[0] != b'"' || b[b.len() - 1] != b'"' {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 1;
    let end = b.len() - 1;
    while i < end {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let (v, n, is_byte) = escape(&b[i + 1..end], b'"')?;
        push_value(&mut out, v, is_byte)?;
        i += 1 + n;
    }
    Some(out)
}

/// The code point of a rune literal (`'x'`), or `None` if malformed.
pub fn unquote_rune(raw: &str) -> Option<u32> {
    let b = raw.as_bytes();
    if b.len() < 3 || b[0] != b'\'' || b[b.len() - 1] != b'\'' {
        return None;
    }
    let body = &b[1..b.len() - 1];
    if body[0] == b'\\' {
        let (v, n, _) = escape(&body[1..], b'\'')?;
        return (n + 1 == body.len()).then_some(v);
    }
    let s = std::str::from_utf8(body).ok()?;
    let mut it = s.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c as u32)
}

fn push_value(out: &mut Vec<u8>, v: u32, is_byte: bool) -> Option<()> {
    if is_byte {
        out.push(v as u8);
    } else {
        let c = char::from_u32(v)?;
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    Some(())
}

/// Decodes the escape after a backslash: (value, bytes consumed, is a byte escape).
fn escape(b: &[u8], quote: u8) -> Option<(u32, usize, bool)> {
    let c = *b.first()?;
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(0xC),
        b'n' => Some(0xA),
        b'r' => Some(0xD),
        b't' => Some(9),
        b'v' => Some(0xB),
        b'\\' => Some(0x5C),
        _ if c == quote => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, 1, false));
    }
    let (n, base, skip, is_byte) = match c {
        b'0'..=b'7' => (3, 8, 0, true),
        b'x' => (2, 16, 1, true),
        b'u' => (4, 16, 1, false),
        b'U' => (8, 16, 1, false),
        _ => return None,
    };
    let digits = b.get(skip..skip + n)?;
    let mut v: u32 = 0;
    for &d in digits {
        v = v
            .checked_mul(base)?
            .checked_add((d as char).to_digit(base)?)?;
    }
    if is_byte && v > 255 {
        return None;
    }
    Some((v, skip + n, is_byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_runes() {
        assert_eq!(
            unquote_string(r#""a\n\x41\101\u00e9""#).unwrap(),
            "a\nAAé".as_bytes()
        );
        assert_eq!(unquote_string("`a\r\nb`").unwrap(), b"a\nb");
        assert_eq!(unquote_rune(r"'\''"), Some(39));
        assert_eq!(unquote_rune("'é'"), Some(0xE9));
        assert_eq!(unquote_rune("'ab'"), None);
    }
}
