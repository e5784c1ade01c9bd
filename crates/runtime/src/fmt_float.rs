//! fmt's float verbs (`%e %E %f %F %g %G %b %x %X` and `%v`, with flags, width and
//! precision): strconv.AppendFloat's layouts (gc's `strconv/ftoa.go`) over decimal
//! digits from Rust's exact formatting (shortest round-trip, or correctly rounded to a
//! precision, half to even as strconv), then fmt's `fmtFloat` sign, `#` and padding
//! rules (gc's `fmt/format.go`). Not complex numbers.

use crate::fmt_format::Fmt;

/// Decimal digits of |v| without trailing zeros, and the decimal point position:
/// the value is `0.d[0]d[1]... * 10^dp` (strconv's decimalSlice). Zero has none.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// Splits Rust's `{:e}` text (`1.25e-3`) into digits and the point position.
fn from_sci(s: &str) -> Digits {
    let s = s.trim_start_matches('-');
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// The shortest digits that read back as `v` at its size and, among those, the closest
/// to `v` (ties to even), as strconv's Ryu: Rust's shortest gives the length, its exact
/// rounding the digits (kept only if they still read back as `v`).
fn shortest(v: f64, single: bool) -> Digits {
    let rust = if single {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let d = from_sci(&rust);
    if d.d.is_empty() {
        return d;
    }
    let closest = format!("{:.*e}", d.d.len() - 1, v);
    let reads_back = if single {
        closest
            .parse::<f32>()
            .is_ok_and(|x| x.to_bits() == (v as f32).to_bits())
    } else {
        closest
            .parse::<f64>()
            .is_ok_and(|x| x.to_bits() == v.to_bits())
    };
    if reads_back {
        from_sci(&closest)
    } else {
        d
    }
}

/// `n >= 1` significant digits, correctly rounded.
fn significant(v: f64, n: usize) -> Digits {
    from_sci(&format!("{:.*e}", n - 1, v))
}

/// Rounded at `prec` digits after the decimal point.
fn fixed(v: f64, prec: usize) -> Digits {
    let s = format!("{:.*}", prec, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let int = int.trim_start_matches('0');
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i64;
    if int.is_empty() {
        // 0.00123: leading zeros of the fraction move the point.
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp = -(lead as i64);
    }
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// strconv's `%e`: `d.ddddde±dd`.
fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i64, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let m = d.d.len().min(prec as usize + 1);
        if m > 1 {
            out.extend_from_slice(&d.d[1..m]);
        }
        for _ in m.max(1)..=prec as usize {
            out.push(b'0');
        }
    }
    out.push(fmt);
    let mut exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// strconv's `%f`: `ddd.dddd`.
fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i64) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        let m = d.d.len().min(d.dp as usize);
        out.extend_from_slice(&d.d[..m]);
        for _ in m..d.dp as usize {
            out.push(b'0');
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            let ch = if 0 <= j && (j as usize) < d.d.len() {
                d.d[j as usize]
            } else {
                b'0'
            };
            out.push(ch);
        }
    }
}

/// The IEEE fields of `v` at its size: (negative, mantissa, unbiased exponent,
/// mantissa bits), as strconv's genericFtoa computes them.
fn fields(v: f64, single: bool) -> (bool, u64, i64, u32) {
    let (bits, mantbits, expbits, bias) = if single {
        (u64::from((v as f32).to_bits()), 23u32, 8u32, -127i64)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (expbits + mantbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mantbits;
    }
    exp += bias;
    (neg, mant, exp, mantbits)
}

/// strconv's `%b`: `mantissa p±exponent`.
fn fmt_b(out: &mut Vec<u8>, v: f64, single: bool) {
    let (neg, mant, exp, mantbits) = fields(v, single);
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(mant.to_string().as_bytes());
    out.push(b'p');
    let exp = exp - i64::from(mantbits);
    if exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// strconv's `%x`/`%X`: `-0x1.yyyyp±dd`.
fn fmt_x(out: &mut Vec<u8>, v: f64, single: bool, prec: i64, fmt: u8) {
    let (neg, mut mant, mut exp, mantbits) = fields(v, single);
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// strconv.AppendFloat(v, fmt, prec, 32 or 64) for fmt in `e E f g G b x X`.
pub fn append_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i64, single: bool) {
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    match fmt {
        b'b' => return fmt_b(out, v, single),
        b'x' | b'X' => return fmt_x(out, v, single, prec, fmt),
        _ => {}
    }
    let neg = v.is_sign_negative();
    let shortest_mode = prec < 0;
    let mut prec = prec;
    let d = if shortest_mode {
        let d = shortest(v, single);
        let nd = d.d.len() as i64;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        d
    } else {
        match fmt {
            b'e' | b'E' => significant(v, prec as usize + 1),
            b'f' => fixed(v, prec as usize),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                significant(v, prec as usize)
            }
        }
    };
    let nd = d.d.len() as i64;
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, &d, prec, fmt),
        b'f' => fmt_f(out, neg, &d, prec),
        _ => {
            let mut eprec = prec;
            if eprec > nd && nd >= d.dp {
                eprec = nd;
            }
            if shortest_mode {
                eprec = 6;
            }
            let exp = d.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(out, neg, &d, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > d.dp {
                    prec = nd;
                }
                fmt_f(out, neg, &d, (prec - d.dp).max(0));
            }
        }
    }
}

impl Fmt {
    /// fmt's `fmtFloat`: `verb` is strconv's format byte, `prec` its default precision
    /// (overridden by an explicit one).
    pub fn fmt_float(&mut self, v: f64, single: bool, verb: u8, prec: i64) {
        let f = self.f;
        let prec = if f.prec_present { f.prec } else { prec };
        let mut num = vec![b'+'];
        append_float(&mut num, v, verb, prec, single);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if f.space && num[0] == b'+' && !f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !f.space && !f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if f.sharp && verb != b'b' {
            let mut digits: i64 = match verb {
                b'v' | b'g' | b'G' | b'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail: Vec<u8> = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if f.plus || num[0] != b'+' {
            if f.zero && f.wid_present && f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn af(v: f64, fmt: u8, prec: i64, single: bool) -> String {
        let mut o = Vec::new();
        append_float(&mut o, v, fmt, prec, single);
        String::from_utf8(o).unwrap_or_default()
    }

    // Expected values: gc 1.19.8 strconv.FormatFloat.
    #[test]
    fn append_float_as_gc() {
        assert_eq!(af(1.5, b'e', -1, false), "1.5e+00");
        assert_eq!(af(0.0, b'e', 3, false), "0.000e+00");
        assert_eq!(af(123456.0, b'g', -1, false), "123456");
        assert_eq!(af(1234567.0, b'g', -1, false), "1.234567e+06");
        assert_eq!(af(1.5, b'g', 5, false), "1.5");
        assert_eq!(af(100.0, b'g', 3, false), "100");
        assert_eq!(af(1000.0, b'g', 3, false), "1e+03");
        assert_eq!(af(0.000012345, b'f', -1, false), "0.000012345");
        assert_eq!(af(0.00123, b'f', 2, false), "0.00");
        assert_eq!(af(0.0051, b'f', 2, false), "0.01");
        assert_eq!(af(-2.5, b'f', 0, false), "-2");
        assert_eq!(af(1.0, b'b', -1, false), "4503599627370496p-52");
        assert_eq!(af(1.0, b'x', -1, false), "0x1p+00");
        assert_eq!(af(3.0, b'X', 3, false), "0X1.800P+01");
        assert_eq!(af(0.1, b'g', -1, true), "0.1");
        assert_eq!(af(-0.0, b'g', -1, false), "-0");
        assert_eq!(af(-268689.625, b'g', -1, true), "-268689.62");
        assert_eq!(af(5e-324, b'g', -1, false), "5e-324");
        assert_eq!(af(16777216.0, b'g', -1, true), "1.6777216e+07");
    }

    /// `%v` of a float, as fmt.Println prints it.
    fn fmt_v(v: f64, single: bool) -> String {
        let mut f = Fmt::default();
        f.fmt_float(v, single, b'g', -1);
        String::from_utf8(f.buf).unwrap_or_default()
    }

    // Expected values: gc 1.19.8 fmt.Println of the same values.
    #[test]
    fn floats_v_as_gc() {
        let cases: &[(f64, &str)] = &[
            (1.5, "1.5"),
            (2.0, "2"),
            (1e6, "1e+06"),
            (123456.0, "123456"),
            (1234567.0, "1.234567e+06"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1e21, "1e+21"),
            (1e20, "1e+20"),
            (3.0 / 7.0, "0.42857142857142855"),
            (0.0, "0"),
            (-0.0, "-0"),
            (100.0, "100"),
            (1e-7, "1e-07"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789.0, "1.23456789e+08"),
            (12345678.9, "1.23456789e+07"),
            (0.000123, "0.000123"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
            (f64::NAN, "NaN"),
        ];
        for &(v, want) in cases {
            assert_eq!(fmt_v(v, false), want, "{v}");
        }
        let singles: &[(f32, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (16777216.0, "1.6777216e+07"),
            (1e10, "1e+10"),
            (3.4028235e38, "3.4028235e+38"),
        ];
        for &(v, want) in singles {
            assert_eq!(fmt_v(f64::from(v), true), want, "{v}");
        }
    }

    /// strconv.FormatFloat's results from gc 1.19.8 (`floatfmt_gc/main.go`).
    #[test]
    fn format_float_as_strconv() {
        let cases = include_str!("../floatfmt_gc/cases.txt");
        let mut n = 0;
        for line in cases.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 5, "{line}");
            let v: f64 = f[0].parse().expect("value");
            let fmt = f[1].as_bytes()[0];
            let prec: i64 = f[2].parse().expect("prec");
            let bits: u32 = f[3].parse().expect("bits");
            // strconv rounds the value to float32 first; fmt's float32 operands are.
            let v = if bits == 32 { f64::from(v as f32) } else { v };
            assert_eq!(af(v, fmt, prec, bits == 32), f[4], "{line}");
            n += 1;
        }
        assert!(n > 1000);
    }
}
