//! Package `math`'s circular functions `Sin`, `Cos`, `Tan` and `Sincos`, computed the
//! way gc 1.19 computes them (math's Go code, Cephes' method, on both targets; fused on
//! arm64, `gomath_fuse`), including the Payne-Hanek reduction of huge arguments.

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_float::NAN;
use crate::gomath_fuse::{add_prod, sub_prod};

/// Pi/4 split into three parts for extended-precision reduction.
const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;
/// `4/Pi` and `Pi/4` as Go's constant arithmetic rounds them.
const FOUR_OVER_PI: f64 = f64::from_bits(0x3FF4_5F30_6DC9_C883);
const PI_4: f64 = f64::from_bits(0x3FE9_21FB_5444_2D18);
/// From here on arguments are reduced with [`trig_reduce`].
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];
const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

/// `c[0]*zz^5 + ... + c[5]` by Horner's rule.
fn horner(c: &[f64; 6], zz: f64) -> f64 {
    let mut p = c[0];
    for &ci in &c[1..] {
        p = add_prod(ci, p, zz);
    }
    p
}

/// The sine polynomial on [-Pi/4, Pi/4].
fn sin_poly(z: f64) -> f64 {
    let zz = z * z;
    add_prod(z, z * zz, horner(&SIN, zz))
}

/// The cosine polynomial on [-Pi/4, Pi/4].
fn cos_poly(z: f64) -> f64 {
    let zz = z * z;
    add_prod(sub_prod(1.0, 0.5, zz), zz * zz, horner(&COS, zz))
}

/// The octant `j` of `x >= 0` (even: zeros mapped to the origin) and the remainder `z`
/// in [-Pi/4, Pi/4]; `mod8` says whether `j` is taken modulo 8 (not by `Tan`).
fn reduce(x: f64, mod8: bool) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    if mod8 {
        j &= 7;
    }
    (
        j,
        sub_prod(sub_prod(sub_prod(x, y, PI4A), y, PI4B), y, PI4C),
    )
}

pub(crate) fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return NAN;
    }
    let mut sign = x < 0.0;
    let (mut j, z) = reduce(x.abs(), true);
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let y = if j == 1 || j == 2 {
        cos_poly(z)
    } else {
        sin_poly(z)
    };
    if sign {
        -y
    } else {
        y
    }
}

pub(crate) fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return NAN;
    }
    let mut sign = false;
    let (mut j, z) = reduce(x.abs(), true);
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let y = if j == 1 || j == 2 {
        sin_poly(z)
    } else {
        cos_poly(z)
    };
    if sign {
        -y
    } else {
        y
    }
}

pub(crate) fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.30936939181383777646e4,
        1.15351664838587416140e6,
        -1.79565251976484877988e7,
    ];
    const Q: [f64; 5] = [
        1.0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return NAN;
    }
    let sign = x < 0.0;
    let (j, z) = reduce(x.abs(), false);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        let num = zz * add_prod(P[2], add_prod(P[1], P[0], zz), zz);
        // (zz + Q1): zz's product z*z is fused.
        let mut den = add_prod(Q[1], z, z);
        den = add_prod(Q[2], den, zz);
        den = add_prod(Q[3], den, zz);
        den = add_prod(Q[4], den, zz);
        add_prod(z, z, num / den)
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        -y
    } else {
        y
    }
}

pub(crate) fn sincos(x: f64) -> (f64, f64) {
    if x == 0.0 {
        return (x, 1.0);
    }
    if x.is_nan() || x.is_infinite() {
        return (NAN, NAN);
    }
    let mut sin_sign = x < 0.0;
    let mut cos_sign = false;
    let (mut j, z) = reduce(x.abs(), true);
    if j > 3 {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if j > 1 {
        cos_sign = !cos_sign;
    }
    let (mut s, mut c) = (sin_poly(z), cos_poly(z));
    if j == 1 || j == 2 {
        std::mem::swap(&mut s, &mut c);
    }
    if cos_sign {
        c = -c;
    }
    if sin_sign {
        s = -s;
    }
    (s, c)
}

/// The binary expansion of 4/Pi as a 64.1216 fixed-point number, computed with Machin's
/// formula in integer arithmetic.
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Payne-Hanek reduction of a huge finite `x >= 0`: the octant (even) and the remainder
/// in [-Pi/4, Pi/4], from the bits of 4/Pi that matter for `x`'s exponent.
fn trig_reduce(x: f64) -> (u64, f64) {
    if x < PI_4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = ((ix >> 52) & 0x7FF) as i64 - 1023 - 52;
    ix &= !(0x7FF << 52);
    ix |= 1 << 52;
    let digit = ((exp + 61) as u64 / 64) as usize;
    let shift = (exp + 61) as u64 % 64;
    // Go's shifts by 64 give 0.
    let shl = |v: u64, s: u64| if s >= 64 { 0 } else { v << s };
    let shr = |v: u64, s: u64| if s >= 64 { 0 } else { v >> s };
    let word = |i: usize| shl(M_PI4[digit + i], shift) | shr(M_PI4[digit + i + 1], 64 - shift);
    let (z0, z1, z2) = (word(0), word(1), word(2));
    let mul = |a: u64, b: u64| {
        let p = a as u128 * b as u128;
        ((p >> 64) as u64, p as u64)
    };
    let (z2hi, _) = mul(z2, ix);
    let (z1hi, z1lo) = mul(z1, ix);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(carry as u64);
    let mut j = hi >> 61;
    let hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros() as u64;
    let e = 1023 - (lz + 1);
    let hi = (shl(hi, lz + 1) | shr(lo, 64 - (lz + 1))) >> (64 - 52);
    let mut z = f64::from_bits(hi | e << 52);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI_4)
}
