//! Package `math`'s special functions `Erf`, `Erfc`, `Erfinv`, `Erfcinv` and `Gamma`,
//! computed the way gc 1.19 computes them (math's Go code on both targets, FreeBSD's and
//! Cephes' methods; fused on arm64, `gomath_fuse`), on this target's `Exp`, `Log`,
//! `Pow`, `Sin` and `Modf`. Not `Lgamma` (`gomath_lgamma.rs`).

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::gomath_exp::exp;
use crate::gomath_float::{modf, INF, NAN};
use crate::gomath_fuse::{add_prod, prod_sub, sub_prod};
use crate::gomath_log::log;
use crate::gomath_pow::pow;
use crate::gomath_trig::sin;

/// `c[0] + z*(c[1] + z*(... + z*c[n]))`, every step `c + z*p` (fused on arm64).
pub(crate) fn poly(z: f64, c: &[f64]) -> f64 {
    let mut p = c[c.len() - 1];
    for &ci in c[..c.len() - 1].iter().rev() {
        p = add_prod(ci, z, p);
    }
    p
}

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const EFX8: f64 = 1.02703333676410069053e+00;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    1.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    1.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    1.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    1.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

/// `exp(-x*x - 0.5625 + R/S) / x`'s numerator for `x` in [1.25, 28), where `R/S` comes
/// from the coefficients for `x`'s range: `exp(-z*z-0.5625) * exp((z-x)*(z+x) + R/S)`
/// with `z` `x` cut to 20 significant bits.
fn erf_tail(x: f64, rs: f64) -> f64 {
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    exp(add_prod(-0.5625, -z, z)) * exp(add_prod(rs, z - x, z + x))
}

/// `R/S` for `x` in [1.25, 1/0.35) or, `low` false, beyond.
fn erf_rs(x: f64, low: bool) -> f64 {
    let s = 1.0 / (x * x);
    if low {
        poly(s, &RA) / poly(s, &SA)
    } else {
        poly(s, &RB) / poly(s, &SB)
    }
}

pub(crate) fn erf(x: f64) -> f64 {
    const VERY_TINY: f64 = 2.848094538889218e-306;
    const SMALL: f64 = 1.0 / (1u64 << 28) as f64;
    if x.is_nan() {
        return NAN;
    }
    if x == INF {
        return 1.0;
    }
    if x == -INF {
        return -1.0;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    if x < 0.84375 {
        let temp = if x < SMALL {
            if x < VERY_TINY {
                0.125 * add_prod(8.0 * x, EFX8, x)
            } else {
                add_prod(x, EFX, x)
            }
        } else {
            let z = x * x;
            let y = poly(z, &PP) / poly(z, &QQ);
            add_prod(x, x, y)
        };
        return if sign { -temp } else { temp };
    }
    if x < 1.25 {
        let s = x - 1.0;
        let pq = poly(s, &PA) / poly(s, &QA);
        return if sign { -ERX - pq } else { ERX + pq };
    }
    if x >= 6.0 {
        return if sign { -1.0 } else { 1.0 };
    }
    let r = erf_tail(x, erf_rs(x, x < 1.0 / 0.35));
    if sign {
        r / x - 1.0
    } else {
        1.0 - r / x
    }
}

pub(crate) fn erfc(x: f64) -> f64 {
    const TINY: f64 = 1.0 / (1u64 << 56) as f64;
    /// `1 + erx` and `1 - erx`, folded as Go's constant arithmetic does.
    const ONE_PLUS_ERX: f64 = 1.84506291151046752930e+00;
    const ONE_MINUS_ERX: f64 = 1.54937088489532470703e-01;
    if x.is_nan() {
        return NAN;
    }
    if x == INF {
        return 0.0;
    }
    if x == -INF {
        return 2.0;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    if x < 0.84375 {
        let temp = if x < TINY {
            x
        } else {
            let z = x * x;
            let y = poly(z, &PP) / poly(z, &QQ);
            if x < 0.25 {
                add_prod(x, x, y)
            } else {
                0.5 + add_prod(x - 0.5, x, y)
            }
        };
        return if sign { 1.0 + temp } else { 1.0 - temp };
    }
    if x < 1.25 {
        let s = x - 1.0;
        let pq = poly(s, &PA) / poly(s, &QA);
        return if sign {
            ONE_PLUS_ERX + pq
        } else {
            ONE_MINUS_ERX - pq
        };
    }
    if x < 28.0 {
        let low = x < 1.0 / 0.35;
        if !low && sign && x > 6.0 {
            return 2.0;
        }
        let r = erf_tail(x, erf_rs(x, low));
        return if sign { 2.0 - r / x } else { r / x };
    }
    if sign {
        2.0
    } else {
        0.0
    }
}

pub(crate) fn erfinv(x: f64) -> f64 {
    const A: [f64; 8] = [
        1.1975323115670912564578e0,
        4.7072688112383978012285e1,
        6.9706266534389598238465e2,
        4.8548868893843886794648e3,
        1.6235862515167575384252e4,
        2.3782041382114385731252e4,
        1.1819493347062294404278e4,
        8.8709406962545514830200e2,
    ];
    const B: [f64; 8] = [
        1.0000000000000000000e0,
        4.2313330701600911252e1,
        6.8718700749205790830e2,
        5.3941960214247511077e3,
        2.1213794301586595867e4,
        3.9307895800092710610e4,
        2.8729085735721942674e4,
        5.2264952788528545610e3,
    ];
    const C: [f64; 8] = [
        1.42343711074968357734e0,
        4.63033784615654529590e0,
        5.76949722146069140550e0,
        3.64784832476320460504e0,
        1.27045825245236838258e0,
        2.41780725177450611770e-1,
        2.27238449892691845833e-2,
        7.74545014278341407640e-4,
    ];
    const D: [f64; 8] = [
        1.4142135623730950488016887e0,
        2.9036514445419946173133295e0,
        2.3707661626024532365971225e0,
        9.7547832001787427186894837e-1,
        2.0945065210512749128288442e-1,
        2.1494160384252876777097297e-2,
        7.7441459065157709165577218e-4,
        1.4859850019840355905497876e-9,
    ];
    const E: [f64; 8] = [
        6.65790464350110377720e0,
        5.46378491116411436990e0,
        1.78482653991729133580e0,
        2.96560571828504891230e-1,
        2.65321895265761230930e-2,
        1.24266094738807843860e-3,
        2.71155556874348757815e-5,
        2.01033439929228813265e-7,
    ];
    const F: [f64; 8] = [
        1.414213562373095048801689e0,
        8.482908416595164588112026e-1,
        1.936480946950659106176712e-1,
        2.103693768272068968719679e-2,
        1.112800997078859844711555e-3,
        2.611088405080593625138020e-5,
        2.010321207683943062279931e-7,
        2.891024605872965461538222e-15,
    ];
    /// `Ln2` as Go's constant arithmetic rounds it.
    const LN2: f64 = f64::from_bits(0x3FE6_2E42_FEFA_39EF);
    if x.is_nan() || x <= -1.0 || x >= 1.0 {
        if x == -1.0 || x == 1.0 {
            return INF.copysign(x);
        }
        return NAN;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let ans = if x <= 0.85 {
        let r = sub_prod(0.180625, 0.25 * x, x);
        (x * poly(r, &A)) / poly(r, &B)
    } else {
        let mut r = (LN2 - log(1.0 - x)).sqrt();
        if r <= 5.0 {
            r -= 1.6;
            poly(r, &C) / poly(r, &D)
        } else {
            r -= 5.0;
            poly(r, &E) / poly(r, &F)
        }
    };
    if sign {
        -ans
    } else {
        ans
    }
}

pub(crate) fn erfcinv(x: f64) -> f64 {
    erfinv(1.0 - x)
}

const GAM_P: [f64; 7] = [
    1.60119522476751861407e-04,
    1.19135147006586384913e-03,
    1.04213797561761569935e-02,
    4.76367800457137231464e-02,
    2.07448227648435975150e-01,
    4.94214826801497100753e-01,
    9.99999999999999996796e-01,
];
const GAM_Q: [f64; 8] = [
    -2.31581873324120129819e-05,
    5.39605580493303397842e-04,
    -4.45641913851797240494e-03,
    1.18139785222060435552e-02,
    3.58236398605498653373e-02,
    -2.34591795718243348568e-01,
    7.14304917030273074085e-02,
    1.00000000000000000320e+00,
];
const GAM_S: [f64; 5] = [
    7.87311395793093628397e-04,
    -2.29549961613378126380e-04,
    -2.68132617805781232825e-03,
    3.47222221605458667310e-03,
    8.33333333333482257126e-02,
];
/// `Pi` as Go's constant arithmetic rounds it.
const PI: f64 = f64::from_bits(0x4009_21FB_5444_2D18);

/// `(((c[0]*x + c[1])*x + c[2])...)*x + c[n]`, every step fused on arm64.
fn horner(x: f64, c: &[f64]) -> f64 {
    let mut p = c[0];
    for &ci in &c[1..] {
        p = add_prod(ci, p, x);
    }
    p
}

/// Gamma for `x` in (33, 200] by Stirling's formula, as two factors whose product is
/// the result (the second part keeps the first from overflowing).
fn stirling(x: f64) -> (f64, f64) {
    const SQRT_TWO_PI: f64 = 2.506628274631000502417;
    const MAX_STIRLING: f64 = 143.01608;
    if x > 200.0 {
        return (INF, 1.0);
    }
    let w = 1.0 / x;
    let w = add_prod(1.0, w, horner(w, &GAM_S));
    let mut y1 = exp(x);
    let mut y2 = 1.0;
    if x > MAX_STIRLING {
        let v = pow(x, prod_sub(0.5, x, 0.25));
        y2 = v / y1;
        y1 = v;
    } else {
        y1 = pow(x, x - 0.5) / y1;
    }
    (y1, SQRT_TWO_PI * w * y2)
}

fn is_neg_int(x: f64) -> bool {
    x < 0.0 && modf(x).1 == 0.0
}

pub(crate) fn gamma(x: f64) -> f64 {
    const EULER: f64 = 0.57721566490153286060651209008240243104215933593992;
    if is_neg_int(x) || x == -INF || x.is_nan() {
        return NAN;
    }
    if x == INF {
        return INF;
    }
    if x == 0.0 {
        return if x.is_sign_negative() { -INF } else { INF };
    }
    let mut x = x;
    let q = x.abs();
    let mut p = q.floor();
    if q > 33.0 {
        if x >= 0.0 {
            let (y1, y2) = stirling(x);
            return y1 * y2;
        }
        // |x| < 2^52 here (bigger negative floats are integers), so p fits.
        let signgam: f64 = if (p as i64) & 1 == 0 { -1.0 } else { 1.0 };
        let mut z = q - p;
        if z > 0.5 {
            p += 1.0;
            z = q - p;
        }
        z = q * sin(PI * z);
        if z == 0.0 {
            return INF.copysign(signgam);
        }
        let (sq1, sq2) = stirling(q);
        let absz = z.abs();
        let d = absz * sq1 * sq2;
        z = if d.is_infinite() {
            PI / absz / sq1 / sq2
        } else {
            PI / d
        };
        return signgam * z;
    }
    let mut z = 1.0;
    while x >= 3.0 {
        x -= 1.0;
        z *= x;
    }
    let small = 'small: {
        while x < 0.0 {
            if x > -1e-09 {
                break 'small true;
            }
            z /= x;
            x += 1.0;
        }
        while x < 2.0 {
            if x < 1e-09 {
                break 'small true;
            }
            z /= x;
            x += 1.0;
        }
        false
    };
    if small {
        if x == 0.0 {
            return INF;
        }
        return z / (add_prod(1.0, EULER, x) * x);
    }
    if x == 2.0 {
        return z;
    }
    x -= 2.0;
    z * horner(x, &GAM_P) / horner(x, &GAM_Q)
}
