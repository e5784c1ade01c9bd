//! Package `math`'s hyperbolic functions `Sinh`, `Cosh`, `Tanh`, `Asinh`, `Acosh` and
//! `Atanh`, computed the way gc 1.19 computes them (math's Go code on both targets,
//! fused on arm64, `gomath_fuse`), on this target's `Exp`, `Log` and `Log1p`.

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_exp::exp;
use crate::gomath_float::{INF, NAN};
use crate::gomath_fuse::{add_prod, prod_sub};
use crate::gomath_log::{log, log1p};

/// `Ln2` as Go's constant arithmetic rounds it.
const LN2: f64 = f64::from_bits(0x3FE6_2E42_FEFA_39EF);

pub(crate) fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.6307673640497716991184787251e+6,
        -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4,
        -0.2630563213397497062819489e+2,
    ];
    const Q: [f64; 3] = [
        -0.6307673640497716991212077277e+6,
        0.1521517378790019070696485176e+5,
        -0.173678953558233699533450911e+3,
    ];
    let mut x = x;
    let sign = x < 0.0;
    if sign {
        x = -x;
    }
    let temp = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        let num = add_prod(P[0], add_prod(P[1], add_prod(P[2], P[3], sq), sq), sq) * x;
        // (sq + Q2): sq's product x*x is fused.
        let den = add_prod(Q[0], add_prod(Q[1], add_prod(Q[2], x, x), sq), sq);
        num / den
    };
    if sign {
        -temp
    } else {
        temp
    }
}

pub(crate) fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

pub(crate) fn tanh(x: f64) -> f64 {
    const P: [f64; 3] = [
        -9.64399179425052238628e-1,
        -9.92877231001918586564e1,
        -1.61468768441708447952e3,
    ];
    const Q: [f64; 3] = [
        1.12811678491632931402e2,
        2.23548839060100448583e3,
        4.84406305325125486048e3,
    ];
    /// `0.5*MAXLOG` (log(2**127)/2) as Go's constant arithmetic rounds it.
    const HALF_MAXLOG: f64 = f64::from_bits(0x4046_01E6_78FC_457B);
    let z = x.abs();
    if z > HALF_MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(z + z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    let num = add_prod(P[2], add_prod(P[1], P[0], s), s);
    // (s + Q0): s's product x*x is fused.
    let den = add_prod(Q[2], add_prod(Q[1], add_prod(Q[0], x, x), s), s);
    x + x * s * num / den
}

pub(crate) fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut x = x;
    let sign = x < 0.0;
    if sign {
        x = -x;
    }
    let temp = if x > LARGE {
        log(x) + LN2
    } else if x > 2.0 {
        log((x + x) + 1.0 / (add_prod(1.0, x, x).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + add_prod(1.0, x, x).sqrt()))
    };
    if sign {
        -temp
    } else {
        temp
    }
}

pub(crate) fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return NAN;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + LN2;
    }
    if x > 2.0 {
        return log((x + x) - 1.0 / (x + prod_sub(x, x, 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + add_prod(t + t, t, t).sqrt())
}

pub(crate) fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    // Outside [-1, 1], NaN included.
    if !(-1.0..=1.0).contains(&x) {
        return NAN;
    }
    if x == 1.0 {
        return INF;
    }
    if x == -1.0 {
        return -INF;
    }
    let mut x = x;
    let sign = x < 0.0;
    if sign {
        x = -x;
    }
    let temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign {
        -temp
    } else {
        temp
    }
}
