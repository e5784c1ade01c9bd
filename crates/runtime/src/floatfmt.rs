//! Formatting of floating-point and complex numbers: `print`/`println`'s
//! `+1.500000e+000` (`print_float`, which never allocates, so panic paths can use it),
//! and strconv's `FormatFloat` for fmt (`format_float`: `%e`, `%E`, `%f`, `%g`, `%G`
//! with a precision or the shortest digits that read back as the same float32 or
//! float64, ties rounded to even; `%v` is `'g'` shortest). Complex numbers in both
//! forms. fmt's verbs, widths and flags are fmt's business, not this module's.

use crate::print::Small;

/// gc's `printfloat`: `+1.500000e+000`, `NaN`, `+Inf`, `-Inf` (a port of runtime/print.go).
pub fn print_float(mut v: f64) -> Small {
    let mut s = Small::new();
    if v.is_nan() {
        s.push(b"NaN");
        return s;
    }
    if v + v == v && v > 0.0 {
        s.push(b"+Inf");
        return s;
    }
    if v + v == v && v < 0.0 {
        s.push(b"-Inf");
        return s;
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let d = v as i64;
        buf[i + 2] = (d as u8).wrapping_add(b'0');
        v -= d as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = ((e / 10) % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    s.push(&buf);
    s
}

/// gc's `printcomplex`: `(+1.000000e+000+2.000000e+000i)`.
pub fn print_complex(re: f64, im: f64) -> Small {
    let mut s = Small::new();
    s.push(b"(");
    s.push(print_float(re).as_bytes());
    s.push(print_float(im).as_bytes());
    s.push(b"i)");
    s
}

/// Decimal digits of a finite non-negative value: `digits` (no leading or trailing
/// zeros) and the decimal point position `dp` (value = 0.d1d2... * 10**dp).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

fn parse_sci(sci: &str) -> Digits {
    let (mant, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// The shortest digits that read back as `v` (as a float32 with `single`); among
/// equally short candidates the one nearest `v`, ties to even, as strconv picks.
fn shortest(v: f64, single: bool) -> Digits {
    let sci = if single {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let d = parse_sci(&sci);
    if d.d.is_empty() {
        return d;
    }
    // The correctly rounded number of the same length, if it reads back too.
    let n = d.d.len();
    let exact = if single {
        format!("{:.*e}", n - 1, v as f32)
    } else {
        format!("{:.*e}", n - 1, v)
    };
    let back_ok = if single {
        exact.parse::<f32>().ok() == Some(v as f32)
    } else {
        exact.parse::<f64>().ok() == Some(v)
    };
    if back_ok {
        let e = parse_sci(&exact);
        if e.d.len() <= n {
            return e;
        }
    }
    d
}

/// `v` rounded to `n` significant digits (`n >= 1`).
fn significant(v: f64, n: usize, single: bool) -> Digits {
    if single {
        parse_sci(&format!("{:.*e}", n - 1, v as f32))
    } else {
        parse_sci(&format!("{:.*e}", n - 1, v))
    }
}

/// `v` rounded to `p` digits after the decimal point.
fn fixed(v: f64, p: usize, single: bool) -> Digits {
    let s = if single {
        format!("{:.*}", p, v as f32)
    } else {
        format!("{:.*}", p, v)
    };
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let int = int.trim_start_matches('0');
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i32;
    while d.first() == Some(&b'0') {
        d.remove(0);
        dp -= 1;
    }
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// strconv's `FormatFloat(v, fmt, prec, bitSize)` for `fmt` in `e E f F g G`; `prec`
/// -1 is the shortest representation. `bit_size` 32 formats `v` as a float32.
pub fn format_float(v: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let single = bit_size == 32;
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    let shortest_mode = prec < 0;
    let mut prec = prec;
    let digs = if shortest_mode {
        let d = shortest(a, single);
        prec = match fmt {
            b'e' | b'E' => d.d.len().max(1) as i32 - 1,
            b'f' | b'F' => (d.d.len() as i32 - d.dp).max(0),
            _ => d.d.len().max(1) as i32,
        };
        d
    } else {
        match fmt {
            b'e' | b'E' => significant(a, prec as usize + 1, single),
            b'f' | b'F' => fixed(a, prec as usize, single),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                significant(a, prec as usize, single)
            }
        }
    };
    let mut out = Vec::new();
    match fmt {
        b'e' | b'E' => fmt_e(&mut out, neg, &digs, prec, fmt),
        b'f' | b'F' => fmt_f(&mut out, neg, &digs, prec),
        _ => {
            let mut eprec = prec;
            let nd = digs.d.len() as i32;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest_mode {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                let p = if prec > nd { nd } else { prec };
                fmt_e(&mut out, neg, &digs, p - 1, fmt + b'e' - b'g');
            } else {
                let p = if prec > digs.dp { nd } else { prec };
                fmt_f(&mut out, neg, &digs, (p - digs.dp).max(0));
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `-d.dddde±dd`.
fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec as usize {
            out.push(d.d.get(i).copied().unwrap_or(b'0'));
        }
    }
    out.push(fmt);
    let exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(e.to_string().as_bytes());
}

/// `-ddd.dddd`.
fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        for i in 0..d.dp as usize {
            out.push(d.d.get(i).copied().unwrap_or(b'0'));
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            let c = if j >= 0 {
                d.d.get(j as usize).copied()
            } else {
                None
            };
            out.push(c.unwrap_or(b'0'));
        }
    }
}

/// fmt's `%v` of a float: `'g'` with the shortest digits (`1e+06`, `0.1`, `+Inf`);
/// `single` formats a float32.
pub fn format_float_v(v: f64, single: bool) -> String {
    format_float(v, b'g', -1, if single { 32 } else { 64 })
}

/// fmt's `%v` of a complex number: `(1+2i)`, `(0-1i)`, `(NaN+Infi)`.
pub fn format_complex_v(re: f64, im: f64, single: bool) -> String {
    let mut s = String::from("(");
    s.push_str(&format_float_v(re, single));
    let i = format_float_v(im, single);
    if !i.starts_with(['+', '-']) {
        s.push('+');
    }
    s.push_str(&i);
    s.push_str("i)");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: Small) -> String {
        String::from_utf8_lossy(x.as_bytes()).into_owned()
    }

    #[test]
    fn floats_as_gc() {
        // gc 1.19.8: println(1.5, -2.25, 0.0, 1e100, 3.0/7, float32(0.1)), println(+Inf, -Inf, NaN)
        assert_eq!(s(print_float(1.5)), "+1.500000e+000");
        assert_eq!(s(print_float(-2.25)), "-2.250000e+000");
        assert_eq!(s(print_float(0.0)), "+0.000000e+000");
        assert_eq!(s(print_float(1e100)), "+1.000000e+100");
        assert_eq!(s(print_float(3.0 / 7.0)), "+4.285714e-001");
        assert_eq!(s(print_float(0.1f32 as f64)), "+1.000000e-001");
        assert_eq!(s(print_float(f64::INFINITY)), "+Inf");
        assert_eq!(s(print_float(f64::NEG_INFINITY)), "-Inf");
        assert_eq!(s(print_float(f64::NAN)), "NaN");
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
            assert_eq!(format_float_v(v, false), want, "{v}");
        }
        let singles: &[(f32, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (16777216.0, "1.6777216e+07"),
            (1e10, "1e+10"),
            (3.4028235e38, "3.4028235e+38"),
        ];
        for &(v, want) in singles {
            assert_eq!(format_float_v(f64::from(v), true), want, "{v}");
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
            let prec: i32 = f[2].parse().expect("prec");
            let bits: u32 = f[3].parse().expect("bits");
            assert_eq!(format_float(v, fmt, prec, bits), f[4], "{line}");
            n += 1;
        }
        assert!(n > 1000);
    }

    #[test]
    fn complex_v_as_gc() {
        // gc 1.19.8: fmt.Println(complex(1, 2), complex(0, -1), complex(NaN, +Inf),
        // complex64(complex(0.1, 1e7))).
        assert_eq!(format_complex_v(1.0, 2.0, false), "(1+2i)");
        assert_eq!(format_complex_v(0.0, -1.0, false), "(0-1i)");
        assert_eq!(
            format_complex_v(f64::NAN, f64::INFINITY, false),
            "(NaN+Infi)"
        );
        assert_eq!(
            format_complex_v(f64::from(0.1f32), 1e7, true),
            "(0.1+1e+07i)"
        );
    }
}
