//! Package `math`'s logarithms `Log`, `Log2`, `Log10` and `Log1p`, computed the way gc
//! 1.19 computes them on each target: `Log` is assembly on amd64 (`log_amd64.s`, which
//! does not normalize subnormal arguments and returns NaN for every negative-signed
//! argument, NaNs included) and Go code on arm64 (fused, `gomath_fuse`); the others are
//! Go code on both, built on that `Log`.

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_float::{frexp, INF, NAN};
use crate::gomath_fuse::{add_prod, prod_sub, sub_prod};

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const L1: f64 = 6.666666666666735130e-01;
const L2: f64 = 3.999999999940941908e-01;
const L3: f64 = 2.857142874366239149e-01;
const L4: f64 = 2.222219843214978396e-01;
const L5: f64 = 1.818357216161805012e-01;
const L6: f64 = 1.531383769920937332e-01;
const L7: f64 = 1.479819860511658591e-01;
/// `Sqrt2/2` as Go's constant arithmetic rounds it.
const SQRT2_2: f64 = f64::from_bits(0x3FE6_A09E_667F_3BCD);

/// `Log` on amd64 (`log_amd64.s`).
#[cfg(not(target_arch = "aarch64"))]
pub(crate) fn log(x: f64) -> f64 {
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return -INF;
    }
    if (bits as i64) < 0 {
        return NAN;
    }
    if bits >= INF.to_bits() {
        return x;
    }
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0.5f64.to_bits());
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    // CMPSD not-less-than: `f1 <= Sqrt2/2` (NaN impossible here).
    let adjust = if SQRT2_2 < f1 { 0.0 } else { 1.0 };
    k -= adjust;
    f1 *= adjust + 1.0;
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let v = s * (hfsq + r) + k * LN2_LO;
    k * LN2_HI - ((hfsq - v) - f)
}

/// `Log` on arm64 (math's Go code, FreeBSD's method).
#[cfg(target_arch = "aarch64")]
pub(crate) fn log(x: f64) -> f64 {
    if x.is_nan() || x == INF {
        return x;
    }
    if x < 0.0 {
        return NAN;
    }
    if x == 0.0 {
        return -INF;
    }
    let (mut f1, mut ki) = frexp(x);
    if f1 < SQRT2_2 {
        f1 += f1;
        ki -= 1;
    }
    let f = f1 - 1.0;
    let k = ki as f64;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    // t1 = s2*p1, t2 = s4*p2; in R = t1 + t2, gc's CSE ordered the operands so that
    // t1's product is the fused one.
    let p1 = add_prod(L1, s4, add_prod(L3, s4, add_prod(L5, s4, L7)));
    let t2 = s4 * add_prod(L2, s4, add_prod(L4, s4, L6));
    let r = add_prod(t2, s2, p1);
    let hf = 0.5 * f;
    // hfsq = hf*f is fused into hfsq + R.
    let sum = add_prod(r, hf, f);
    // s*(hfsq+R) + k*Ln2Lo: the first product is the fused one.
    let v = add_prod(k * LN2_LO, s, sum);
    let w = prod_sub(hf, f, v);
    prod_sub(k, LN2_HI, w - f)
}

/// `log10(x)`: `Log(x) * (1/Ln10)`.
pub(crate) fn log10(x: f64) -> f64 {
    log(x) * f64::from_bits(0x3FDB_CB7B_1526_E50E)
}

/// `log2(x)`, exact for powers of two.
pub(crate) fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return exp.wrapping_sub(1) as f64;
    }
    add_prod(exp as f64, log(frac), f64::from_bits(0x3FF7_1547_652B_82FE))
}

/// `log(1+x)`, accurate near 0 (math's Go code, FreeBSD's method).
pub(crate) fn log1p(x: f64) -> f64 {
    const SQRT2_M1: f64 = 4.142135623730950488017e-01;
    const SQRT2_HALF_M1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    if x < -1.0 || x.is_nan() {
        return NAN;
    }
    if x == -1.0 {
        return -INF;
    }
    if x == INF {
        return INF;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2_M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return sub_prod(x, x * x, 0.5);
        }
        if x > SQRT2_HALF_M1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = ((iu >> 52) as i64).wrapping_sub(1023);
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = ((iu >> 52) as i64).wrapping_sub(1023);
            c = 0.0;
        }
        iu &= 0x000f_ffff_ffff_ffff;
        if iu < 0x0006_a09e_667f_3bcd {
            u = f64::from_bits(iu | 0x3ff0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hf = 0.5 * f;
    let hfsq = hf * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c = add_prod(c, kf, LN2_LO);
            return add_prod(c, kf, LN2_HI);
        }
        let q = sub_prod(1.0, 0.66666666666666666, f);
        if k == 0 {
            // f - R, R = hfsq*q.
            return sub_prod(f, hfsq, q);
        }
        let v = add_prod(c, kf, LN2_LO);
        return prod_sub(kf, LN2_HI, prod_sub(hfsq, q, v) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let mut p = add_prod(LP6, z, LP7);
    p = add_prod(LP5, z, p);
    p = add_prod(LP4, z, p);
    p = add_prod(LP3, z, p);
    p = add_prod(LP2, z, p);
    p = add_prod(LP1, z, p);
    // R = z*p; in hfsq + R, gc's CSE ordered the operands so that hfsq's product is the
    // fused one.
    let sum = add_prod(z * p, hf, f);
    if k == 0 {
        return f - sub_prod(hfsq, s, sum);
    }
    let v = add_prod(c, kf, LN2_LO);
    let w = add_prod(v, s, sum);
    prod_sub(kf, LN2_HI, prod_sub(hf, f, w) - f)
}

const LP1: f64 = 6.666666666666735130e-01;
const LP2: f64 = 3.999999999940941908e-01;
const LP3: f64 = 2.857142874366239149e-01;
const LP4: f64 = 2.222219843214978396e-01;
const LP5: f64 = 1.818357216161805012e-01;
const LP6: f64 = 1.531383769920937332e-01;
const LP7: f64 = 1.479819860511658591e-01;
