//! Package `math`'s exponentials `Exp`, `Exp2` and `Expm1`, computed the way gc 1.19
//! computes them on each target: `Exp` is assembly on both (amd64: Shibata's method,
//! with FMA instructions when the CPU has AVX and FMA, as gc decides at start-up from
//! `cpu.X86`; arm64: the FreeBSD method with fused steps), `Exp2` is assembly on arm64
//! and Go code on amd64, `Expm1` is Go code on both (fused on arm64, `gomath_fuse`).

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_float::INF;
use crate::gomath_fuse::{add_prod, prod_sub, sub_prod};

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;

/// `Exp` on amd64 (`exp_amd64.s`), on this CPU's path.
#[cfg(not(target_arch = "aarch64"))]
pub(crate) fn exp(x: f64) -> f64 {
    exp_amd64(x, x86_fma())
}

/// `Exp` on amd64: `fma` says whether gc takes its FMA path.
#[cfg(not(target_arch = "aarch64"))]
fn exp_amd64(x: f64, fma: bool) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    // Taylor coefficients 1/9! .. 1/3!, then 1/2 and 1.
    const C: [f64; 8] = [
        2.4801587301587301587e-5,
        1.9841269841269841270e-4,
        1.3888888888888888889e-3,
        8.3333333333333333333e-3,
        4.1666666666666666667e-2,
        1.6666666666666666667e-1,
        0.5,
        1.0,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) >= INF.to_bits() {
        return if bits == (-INF).to_bits() { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return INF;
    }
    // CVTSD2SL: round to nearest even; out of range is the "integer indefinite" value.
    let t = (LOG2E * x).round_ties_even();
    let mut k = if (-2147483648.0..=2147483647.0).contains(&t) {
        t as i32
    } else {
        i32::MIN
    };
    let kf = k as f64;
    let mut r;
    if fma {
        r = (-kf).mul_add(LN2U, x);
        r = (-kf).mul_add(LN2L, r);
        r *= 0.0625;
        let mut p = C[0];
        for &c in &C[1..] {
            p = p.mul_add(r, c);
        }
        r *= p;
        for _ in 0..3 {
            r *= r + 2.0;
        }
        r = r.mul_add(r + 2.0, 1.0);
    } else {
        r = x - LN2U * kf;
        r -= LN2L * kf;
        r *= 0.0625;
        let mut p = C[0];
        for &c in &C[1..] {
            p = p * r + c;
        }
        r *= p;
        for _ in 0..4 {
            r *= r + 2.0;
        }
        r += 1.0;
    }
    k += 0x3FF;
    if k <= 0 {
        if k < -52 {
            return 0.0;
        }
        r *= f64::from_bits(((k + 0x3FE) as u64) << 52);
        k = 1;
    } else if k >= 0x7FF {
        return INF;
    }
    r * f64::from_bits((k as u64) << 52)
}

/// Whether gc's amd64 `Exp` takes its FMA path (`useFMA = cpu.X86.HasAVX && HasFMA`).
#[cfg(not(target_arch = "aarch64"))]
fn x86_fma() -> bool {
    std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
}

/// The polynomial and reconstruction of arm64's `Exp` and `Exp2` (`exp_arm64.s`):
/// `2^k × e^(hi-lo)`, `k` added to the result's exponent without checks.
#[cfg(target_arch = "aarch64")]
fn exp_arm64_tail(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let mut p = add_prod(P4, P5, t);
    p = add_prod(P3, p, t);
    p = add_prod(P2, p, t);
    p = add_prod(P1, p, t);
    let c = sub_prod(r, p, t);
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    let bits = y.to_bits();
    let mut e = ((bits >> 52) as i64).wrapping_add(k);
    let mut m = 1.0;
    if e < 1 {
        e += 52;
        m = f64::from_bits(0x3CB0_0000_0000_0000);
    }
    f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | ((e as u64) << 52)) * m
}

/// `Exp` on arm64 (`exp_arm64.s`).
#[cfg(target_arch = "aarch64")]
pub(crate) fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.44269504088896338700e+00;
    const OVERFLOW: f64 = 7.09782712893383973096e+02;
    const UNDERFLOW: f64 = -7.45133219101941108420e+02;
    const NEAR_ZERO: f64 = f64::from_bits(0x3E30_0000_0000_0000);
    if x.is_nan() {
        return x;
    }
    if x > OVERFLOW {
        return INF;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    if x.abs() < NEAR_ZERO {
        return x + 1.0;
    }
    let k = if x < 0.0 {
        prod_sub(LOG2E, x, 0.5)
    } else {
        add_prod(0.5, LOG2E, x)
    };
    let k = k as i64;
    let kf = k as f64;
    let hi = sub_prod(x, kf, LN2_HI);
    let lo = kf * LN2_LO;
    exp_arm64_tail(hi, lo, k)
}

/// `Exp2` on arm64 (`exp_arm64.s`).
#[cfg(target_arch = "aarch64")]
pub(crate) fn exp2(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 1.0239999999999999e+03 {
        return INF;
    }
    if x < -1.0740e+03 {
        return 0.0;
    }
    let k = if x < 0.0 { x - 0.5 } else { x + 0.5 } as i64;
    let t = x - k as f64;
    let hi = t * LN2_HI;
    let lo = -(t * LN2_LO);
    exp_arm64_tail(hi, lo, k)
}

/// `Exp2` on amd64 (math's Go code).
#[cfg(not(target_arch = "aarch64"))]
pub(crate) fn exp2(x: f64) -> f64 {
    if x.is_nan() || x == INF {
        return x;
    }
    if x == -INF {
        return 0.0;
    }
    if x > 1.0239999999999999e+03 {
        return INF;
    }
    if x < -1.0740e+03 {
        return 0.0;
    }
    let k: i64 = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    expmulti(t * LN2_HI, -t * LN2_LO, k)
}

/// `2^k × e^(hi-lo)` (math's `expmulti`; amd64 only, unfused).
#[cfg(not(target_arch = "aarch64"))]
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    crate::gomath_float::ldexp(y, k)
}

/// `e^x - 1`, accurate near 0 (math's Go code, FreeBSD's method).
pub(crate) fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2_X56: f64 = 3.88162421113569373274e+01;
    const LN2_HALF_X3: f64 = 1.03972077083991796413e+00;
    const LN2_HALF: f64 = 3.46573590279972654709e-01;
    const INV_LN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    if x == INF || x.is_nan() {
        return x;
    }
    if x == -INF {
        return -1.0;
    }
    let mut x = x;
    let sign = x < 0.0;
    let absx = if sign { -x } else { x };
    if absx >= LN2_X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return INF;
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2_HALF {
        let (hi, lo);
        if absx < LN2_HALF_X3 {
            if !sign {
                hi = x - LN2_HI;
                lo = LN2_LO;
                k = 1;
            } else {
                hi = x + LN2_HI;
                lo = -LN2_LO;
                k = -1;
            }
        } else {
            k = if !sign {
                add_prod(0.5, INV_LN2, x)
            } else {
                prod_sub(INV_LN2, x, 0.5)
            } as i64;
            let t = k as f64;
            hi = sub_prod(x, t, LN2_HI);
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let mut p = add_prod(Q4, hxs, Q5);
    p = add_prod(Q3, hxs, p);
    p = add_prod(Q2, hxs, p);
    p = add_prod(Q1, hxs, p);
    let r1 = add_prod(1.0, hxs, p);
    let t = sub_prod(3.0, r1, hfx);
    let q = (r1 - t) / sub_prod(6.0, x, t);
    // e = hxs*q; on arm64 its later uses fuse this product.
    let e = hxs * q;
    if k == 0 {
        // x*e - hxs: hxs's product (x*hfx) is the fused one.
        return x - sub_prod(x * e, x, hfx);
    }
    let e = prod_sub(x, prod_sub(hxs, q, c), c);
    let e = sub_prod(e, x, hfx);
    match k {
        -1 => return prod_sub(0.5, x - e, 0.5),
        1 => {
            if x < -0.25 {
                return -2.0 * (e - (x + 0.5));
            }
            let d = x - e;
            return 1.0 + (d + d);
        }
        _ => {}
    }
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        let y = f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
        return y - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0000000000000 - (0x20000000000000 >> k as u64));
        let y = t - (e - x);
        return f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52))
}

#[cfg(all(test, not(target_arch = "aarch64")))]
mod tests {
    /// Both amd64 paths against gc's `Exp` with and without `GODEBUG=cpu.fma=off`
    /// (`gomath_gc/gen.sh`).
    #[test]
    fn exp_amd64_paths_match_gc() {
        let cases = include_str!("../gomath_gc/cases.txt");
        let mut n = 0;
        let mut differ = 0;
        for line in cases.lines() {
            let w: Vec<u64> = line
                .split(' ')
                .map(|h| u64::from_str_radix(h, 16).expect("hex word"))
                .collect();
            let x = f64::from_bits(w[0]);
            assert_eq!(
                super::exp_amd64(x, true).to_bits(),
                w[1],
                "Exp({x:e}) with FMA"
            );
            assert_eq!(
                super::exp_amd64(x, false).to_bits(),
                w[2],
                "Exp({x:e}) without"
            );
            n += 1;
            differ += usize::from(w[1] != w[2]);
        }
        assert_eq!(n, 3000);
        // The two paths do differ in last bits: the test sees both.
        assert!(differ > 100, "{differ} cases tell the paths apart");
    }
}
