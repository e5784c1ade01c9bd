//! Complex division, gc's `runtime.complex128div` (Smith's algorithm with C99's
//! corrections for infinities and zeros, as runtime/complex.go computes it, with the
//! multiply-adds gc fuses on arm64 fused here too). The other complex operations are
//! inline code; complex64 division is done in complex128.

/// `a + x*y`, rounded once on arm64 (where gc emits `FMADDD`) and twice elsewhere.
fn madd(a: f64, x: f64, y: f64) -> f64 {
    if cfg!(target_arch = "aarch64") {
        x.mul_add(y, a)
    } else {
        a + x * y
    }
}

/// `a - x*y` (arm64: `FMSUBD`).
fn msub(a: f64, x: f64, y: f64) -> f64 {
    if cfg!(target_arch = "aarch64") {
        (-x).mul_add(y, a)
    } else {
        a - x * y
    }
}

/// `x*y - a` (arm64: `FNMSUBD`).
fn nmsub(a: f64, x: f64, y: f64) -> f64 {
    if cfg!(target_arch = "aarch64") {
        x.mul_add(y, -a)
    } else {
        x * y - a
    }
}

fn inf_or_zero(x: bool, sign_of: f64) -> f64 {
    (if x { 1.0f64 } else { 0.0 }).copysign(sign_of)
}

/// `n / m`.
pub fn complex128div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (e, f);
    if m.0.abs() >= m.1.abs() {
        let ratio = m.1 / m.0;
        let denom = madd(m.0, ratio, m.1);
        e = madd(n.0, n.1, ratio) / denom;
        f = msub(n.1, n.0, ratio) / denom;
    } else {
        let ratio = m.0 / m.1;
        let denom = madd(m.1, ratio, m.0);
        e = madd(n.1, n.0, ratio) / denom;
        f = nmsub(n.0, n.1, ratio) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let (mut a, mut b) = n;
        let (mut c, mut d) = m;
        let inf = f64::INFINITY;
        if m.0 == 0.0 && m.1 == 0.0 && (!a.is_nan() || !b.is_nan()) {
            return (inf.copysign(c) * a, inf.copysign(c) * b);
        }
        if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf_or_zero(a.is_infinite(), a);
            b = inf_or_zero(b.is_infinite(), b);
            return (inf * madd(a * c, b, d), inf * msub(b * c, a, d));
        }
        if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf_or_zero(c.is_infinite(), c);
            d = inf_or_zero(d.is_infinite(), d);
            return (0.0 * madd(a * c, b, d), 0.0 * msub(b * c, a, d));
        }
    }
    (e, f)
}

/// `runtime.complex128div(out, nre, nim, mre, mim)`: writes the quotient to `out`.
///
/// # Safety
/// `out` must point at 16 writable bytes.
#[export_name = "runtime.complex128div"]
pub unsafe extern "C" fn complex128div_abi(out: *mut f64, nr: f64, ni: f64, mr: f64, mi: f64) {
    let (e, f) = complex128div((nr, ni), (mr, mi));
    // SAFETY: the caller passes a 16-byte temporary.
    unsafe {
        out.write(e);
        out.add(1).write(f);
    }
}

#[cfg(test)]
mod tests {
    use super::complex128div;

    // gc 1.19.8 on amd64 (testdata/run/complex_ops.go): 1/0, 0/0, (3+4i)/(+Inf),
    // (+Inf)/(3+4i), (1+1i)/1i, (3+4i)/(1-2i).
    #[test]
    fn division_as_gc() {
        let inf = f64::INFINITY;
        let (e, f) = complex128div((1.0, 0.0), (0.0, 0.0));
        assert!(e == inf && f.is_nan());
        let (e, f) = complex128div((0.0, 0.0), (0.0, 0.0));
        assert!(e.is_nan() && f.is_nan());
        assert_eq!(complex128div((3.0, 4.0), (inf, 0.0)), (0.0, 0.0));
        assert_eq!(complex128div((inf, 0.0), (3.0, 4.0)), (inf, -inf));
        assert_eq!(complex128div((1.0, 1.0), (0.0, 1.0)), (1.0, -1.0));
        assert_eq!(complex128div((3.0, 4.0), (1.0, -2.0)), (-1.0, 2.0));
    }
}
