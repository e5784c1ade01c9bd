//! Package `math`'s `Lgamma`: the natural logarithm and sign of Gamma(x), computed the
//! way gc 1.19 computes it (math's Go code on both targets, FreeBSD's method; fused on
//! arm64, `gomath_fuse`), on this target's `Log`, `Sin` and `Cos`.

// The coefficients are written with the digits of their published source (FreeBSD);
// each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_float::INF;
use crate::gomath_fuse::{add_prod, prod_sub, sub_prod};
use crate::gomath_log::log;
use crate::gomath_special::poly;
use crate::gomath_trig::{cos, sin};

const A: [f64; 12] = [
    7.72156649015328655494e-02,
    3.22467033424113591611e-01,
    6.73523010531292681824e-02,
    2.05808084325167332806e-02,
    7.38555086081402883957e-03,
    2.89051383673415629091e-03,
    1.19270763183362067845e-03,
    5.10069792153511336608e-04,
    2.20862790713908385557e-04,
    1.08011567247583939954e-04,
    2.52144565451257326939e-05,
    4.48640949618915160150e-05,
];
const R: [f64; 7] = [
    1.0,
    1.39200533467621045958e+00,
    7.21935547567138069525e-01,
    1.71933865632803078993e-01,
    1.86459191715652901344e-02,
    7.77942496381893596434e-04,
    7.32668430744625636189e-06,
];
const S: [f64; 7] = [
    -7.72156649015328655494e-02,
    2.14982415960608852501e-01,
    3.25778796408930981787e-01,
    1.46350472652464452805e-01,
    2.66422703033638609560e-02,
    1.84028451407337715652e-03,
    3.19475326584100867617e-05,
];
const T: [f64; 15] = [
    4.83836122723810047042e-01,
    -1.47587722994593911752e-01,
    6.46249402391333854778e-02,
    -3.27885410759859649565e-02,
    1.79706750811820387126e-02,
    -1.03142241298341437450e-02,
    6.10053870246291332635e-03,
    -3.68452016781138256760e-03,
    2.25964780900612472250e-03,
    -1.40346469989232843813e-03,
    8.81081882437654011382e-04,
    -5.38595305356740546715e-04,
    3.15632070903625950361e-04,
    -3.12754168375120860518e-04,
    3.35529192635519073543e-04,
];
const U: [f64; 6] = [
    -7.72156649015328655494e-02,
    6.32827064025093366517e-01,
    1.45492250137234768737e+00,
    9.77717527963372745603e-01,
    2.28963728064692451092e-01,
    1.33810918536787660377e-02,
];
const V: [f64; 6] = [
    1.0,
    2.45597793713041134822e+00,
    2.12848976379893395361e+00,
    7.69285150456672783825e-01,
    1.04222645593369134254e-01,
    3.21709242282423911810e-03,
];
const W: [f64; 7] = [
    4.18938533204672725052e-01,
    8.33333333333329678849e-02,
    -2.77777777728775536470e-03,
    7.93650558643019558500e-04,
    -5.95187557450339963135e-04,
    8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
];
/// `Pi` as Go's constant arithmetic rounds it.
const PI: f64 = f64::from_bits(0x4009_21FB_5444_2D18);
const TWO52: f64 = (1u64 << 52) as f64;
const TWO53: f64 = (1u64 << 53) as f64;

/// Every third coefficient of `c` from `start`.
fn every_third(c: &[f64; 15], start: usize) -> [f64; 5] {
    [
        c[start],
        c[start + 3],
        c[start + 6],
        c[start + 9],
        c[start + 12],
    ]
}

/// `log|Gamma(x)|` and the sign of Gamma(x) (1 or -1).
pub(crate) fn lgamma(x: f64) -> (f64, i64) {
    const YMIN_M1_P27: f64 = 0.731632144968362245; // Ymin - 1 + 0.27
    const YMIN_M1_M27: f64 = 0.191632144968362245; // Ymin - 1 - 0.27
    const YMIN_P27: f64 = 1.731632144968362245; // Ymin + 0.27
    const YMIN_M27: f64 = 1.191632144968362245; // Ymin - 0.27
    const TWO58: f64 = (1u64 << 58) as f64;
    const TINY: f64 = 1.0 / (1u128 << 70) as f64;
    const TC: f64 = 1.46163214496836224576e+00;
    const TC_M1: f64 = 0.46163214496836224576; // Tc - 1
    const TF: f64 = -1.21486290535849611461e-01;
    const TT: f64 = -3.63867699703950536541e-18;
    let mut sign = 1;
    if x.is_nan() || x.is_infinite() {
        return (x, sign);
    }
    if x == 0.0 {
        return (INF, sign);
    }
    let neg = x < 0.0;
    let x = if neg { -x } else { x };
    if x < TINY {
        if neg {
            sign = -1;
        }
        return (-log(x), sign);
    }
    let mut nadj = 0.0;
    if neg {
        if x >= TWO52 {
            return (INF, sign);
        }
        let t = sin_pi(x);
        if t == 0.0 {
            return (INF, sign);
        }
        nadj = log(PI / (t * x).abs());
        if t < 0.0 {
            sign = -1;
        }
    }
    let mut lgamma;
    if x == 1.0 || x == 2.0 {
        return (0.0, sign);
    } else if x < 2.0 {
        let (y, i);
        if x <= 0.9 {
            lgamma = -log(x);
            if x >= YMIN_M1_P27 {
                (y, i) = (1.0 - x, 0);
            } else if x >= YMIN_M1_M27 {
                (y, i) = (x - TC_M1, 1);
            } else {
                (y, i) = (x, 2);
            }
        } else {
            lgamma = 0.0;
            if x >= YMIN_P27 {
                (y, i) = (2.0 - x, 0);
            } else if x >= YMIN_M27 {
                (y, i) = (x - TC, 1);
            } else {
                (y, i) = (x - 1.0, 2);
            }
        }
        match i {
            0 => {
                let z = y * y;
                let p1 = poly(z, &[A[0], A[2], A[4], A[6], A[8], A[10]]);
                let p2 = poly(z, &[A[1], A[3], A[5], A[7], A[9], A[11]]);
                // y*p1 + z*p2: the second product is fused.
                let p = add_prod(y * p1, z, p2);
                lgamma += sub_prod(p, 0.5, y);
            }
            1 => {
                let z = y * y;
                let w = z * y;
                let p1 = poly(w, &every_third(&T, 0));
                let p2 = poly(w, &every_third(&T, 1));
                let p3 = poly(w, &every_third(&T, 2));
                let p = prod_sub(z, p1, sub_prod(TT, w, add_prod(p2, y, p3)));
                lgamma += TF + p;
            }
            _ => {
                let p1 = y * poly(y, &U);
                let p2 = poly(y, &V);
                lgamma += add_prod(p1 / p2, -0.5, y);
            }
        }
    } else if x < 8.0 {
        let i = x as i64;
        let y = x - i as f64;
        let p = y * poly(y, &S);
        let q = poly(y, &R);
        lgamma = add_prod(p / q, 0.5, y);
        if i >= 3 {
            // Lgamma(1+s) = Log(s) + Lgamma(s).
            let mut z = 1.0;
            for k in (2..i).rev() {
                z *= y + k as f64;
            }
            lgamma += log(z);
        }
    } else if x < TWO58 {
        let t = log(x);
        let z = 1.0 / x;
        let y = z * z;
        let w = add_prod(W[0], z, poly(y, &W[1..]));
        lgamma = add_prod(w, x - 0.5, t - 1.0);
    } else {
        lgamma = x * (log(x) - 1.0);
    }
    if neg {
        lgamma = nadj - lgamma;
    }
    (lgamma, sign)
}

/// `sin(Pi*x)` for `x >= 0`, negated (math's `sinPi`).
fn sin_pi(x: f64) -> f64 {
    if x < 0.25 {
        return -sin(PI * x);
    }
    let mut x = x;
    let mut z = x.floor();
    let n: i64;
    if z != x {
        x %= 2.0;
        n = (x * 4.0) as i64;
    } else if x >= TWO53 {
        x = 0.0;
        n = 0;
    } else {
        if x < TWO52 {
            z = x + TWO52;
        }
        let odd = (z.to_bits() & 1) as i64;
        x = odd as f64;
        n = odd << 2;
    }
    let v = match n {
        0 => sin(PI * x),
        1 | 2 => cos(PI * (0.5 - x)),
        3 | 4 => sin(PI * (1.0 - x)),
        5 | 6 => -cos(PI * (x - 1.5)),
        _ => sin(PI * (x - 2.0)),
    };
    -v
}
