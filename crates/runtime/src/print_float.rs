//! `print`/`println`'s forms of floating-point and complex numbers, `+1.500000e+000`
//! and `(+1.000000e+000+2.000000e+000i)` (gc's `printfloat`, `printcomplex`), without
//! allocating, so panic paths can use them. fmt's forms (strconv's `FormatFloat`) are
//! `fmt_float.rs`'s.

use crate::print::Small;
use crate::sys::write_err;

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

#[export_name = "runtime.printfloat"]
pub extern "C" fn printfloat(v: f64) {
    write_err(print_float(v).as_bytes());
}

#[export_name = "runtime.printcomplex"]
pub extern "C" fn printcomplex(re: f64, im: f64) {
    write_err(print_complex(re, im).as_bytes());
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
}
