//! Package `math`'s `Pow`, `Hypot` and `Cbrt`, computed the way gc 1.19 computes them
//! on each target: `Pow` and `Cbrt` are Go code on both (fused on arm64, `gomath_fuse`),
//! `Pow` built on this target's `Exp`, `Log` and `Modf`; `Hypot` is assembly on amd64
//! (`hypot_amd64.s`, unfused) and Go code on arm64.

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_exp::exp;
use crate::gomath_float::{frexp, ldexp, modf, INF, NAN};
use crate::gomath_fuse::add_prod;
use crate::gomath_log::log;

/// Whether `x` is an odd integer.
fn is_odd_int(x: f64) -> bool {
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

pub(crate) fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return NAN;
    }
    if x == 0.0 {
        if y < 0.0 {
            return if is_odd_int(y) { INF.copysign(x) } else { INF };
        }
        if y > 0.0 {
            return if is_odd_int(y) { x } else { 0.0 };
        }
    } else if y.is_infinite() {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y == INF) {
            0.0
        } else {
            INF
        };
    } else if x.is_infinite() {
        if x == -INF {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return INF;
        }
    } else if y == 0.5 {
        return x.sqrt();
    } else if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return NAN;
    }
    if yi >= 9.223372036854775808e18 {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            INF
        };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae = ae.wrapping_add(xe);
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae = ae.wrapping_add(xe);
        }
        let square = x1 * x1;
        xe = xe.wrapping_shl(1);
        if square < 0.5 {
            // x1 += x1, with x1's product fused on arm64 (exact either way).
            x1 = add_prod(square, x1, x1);
            xe = xe.wrapping_sub(1);
        } else {
            x1 = square;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = ae.wrapping_neg();
    }
    ldexp(a1, ae)
}

/// `Hypot` on amd64 (`hypot_amd64.s`).
#[cfg(not(target_arch = "aarch64"))]
pub(crate) fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.to_bits() >= INF.to_bits() || q.to_bits() >= INF.to_bits() {
        return if p == INF || q == INF { INF } else { NAN };
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p > q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (r * r + 1.0).sqrt()
}

/// `Hypot` on arm64 (math's Go code).
#[cfg(target_arch = "aarch64")]
pub(crate) fn hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return INF;
    }
    if p.is_nan() || q.is_nan() {
        return NAN;
    }
    let (mut p, mut q) = (p.abs(), q.abs());
    if p < q {
        std::mem::swap(&mut p, &mut q);
    }
    if p == 0.0 {
        return 0.0;
    }
    let q = q / p;
    p * add_prod(1.0, q, q).sqrt()
}

pub(crate) fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut x = x;
    let sign = x < 0.0;
    if sign {
        x = -x;
    }
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let r = t * t / x;
    let s = add_prod(C, r, t);
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFC << 28)) + (1 << 30));
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    let t = add_prod(t, t, r);
    if sign {
        -t
    } else {
        t
    }
}
