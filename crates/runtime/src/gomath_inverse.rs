//! Package `math`'s inverse circular functions `Asin`, `Acos`, `Atan` and `Atan2`,
//! computed the way gc 1.19 computes them (math's Go code, Cephes' method, on both
//! targets; fused on arm64, `gomath_fuse`).

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_float::NAN;
use crate::gomath_fuse::{add_prod, sub_prod};

/// `Pi`, `Pi/2`, `Pi/4` and `3*Pi/4` as Go's constant arithmetic rounds them.
const PI: f64 = f64::from_bits(0x4009_21FB_5444_2D18);
const PI_2: f64 = f64::from_bits(0x3FF9_21FB_5444_2D18);
const PI_4: f64 = f64::from_bits(0x3FE9_21FB_5444_2D18);
const PI3_4: f64 = f64::from_bits(0x4002_D97C_7F33_21D2);

/// Arctangent of `x` in [0, 0.66] by a rational approximation.
fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750608600031904122785e-01,
        -1.615753718733365076637e+01,
        -7.500855792314704667340e+01,
        -1.228866684490136173410e+02,
        -6.485021904942025371773e+01,
    ];
    const Q: [f64; 5] = [
        2.485846490142306297962e+01,
        1.650270098316988542046e+02,
        4.328810604912902668951e+02,
        4.853903996359136964868e+02,
        1.945506571482613964425e+02,
    ];
    let z = x * x;
    let mut p = P[0];
    for &c in &P[1..] {
        p = add_prod(c, p, z);
    }
    // (z + Q0): z's product x*x is fused.
    let mut q = add_prod(Q[0], x, x);
    for &c in &Q[1..] {
        q = add_prod(c, q, z);
    }
    let z = z * p / q;
    add_prod(x, x, z)
}

/// Arctangent of `x >= 0` (or NaN), reduced to [0, 0.66].
fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const HALF_MOREBITS: f64 = f64::from_bits(0x3C81_A626_3314_5C07);
    const TAN3PIO8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    PI_4 + xatan((x - 1.0) / (x + 1.0)) + HALF_MOREBITS
}

pub(crate) fn atan(x: f64) -> f64 {
    if x.is_nan() {
        // gc's arithmetic carries x through, quieted, its sign restored by
        // `-satan(-x)`; Rust's optimizer does not keep NaN signs through arithmetic.
        return f64::from_bits(x.to_bits() | 1 << 51);
    }
    if x == 0.0 {
        return x;
    }
    if x > 0.0 {
        return satan(x);
    }
    -satan(-x)
}

pub(crate) fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let mut x = x;
    let sign = x < 0.0;
    if sign {
        x = -x;
    }
    if x > 1.0 {
        return NAN;
    }
    let mut temp = sub_prod(1.0, x, x).sqrt();
    if x > 0.7 {
        temp = PI_2 - satan(temp / x);
    } else {
        temp = satan(x / temp);
    }
    if sign {
        -temp
    } else {
        temp
    }
}

pub(crate) fn acos(x: f64) -> f64 {
    PI_2 - asin(x)
}

pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return NAN;
    }
    if y == 0.0 {
        if x >= 0.0 && !x.is_sign_negative() {
            return 0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    if x == 0.0 {
        return PI_2.copysign(y);
    }
    if x.is_infinite() {
        if x == f64::INFINITY {
            return if y.is_infinite() {
                PI_4.copysign(y)
            } else {
                0f64.copysign(y)
            };
        }
        return if y.is_infinite() {
            PI3_4.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    if y.is_infinite() {
        return PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}
