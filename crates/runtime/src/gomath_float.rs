//! Package `math`'s functions on the representation of floats: `Frexp`, `Ldexp`, `Modf`,
//! `Logb`, `Ilogb`, `Remainder`, `Nextafter`, `Nextafter32`, `Pow10`, computed the way
//! gc 1.19's math package computes them on each target (arm64's `Modf` is its assembly
//! version, whose NaN results differ from amd64's pure-Go one). Not the transcendental
//! functions (other `gomath_*` modules).

// The coefficients are written with the digits of their published sources (FreeBSD,
// Cephes, Go); each literal rounds to the same float64 as gc's.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

/// gc's NaN (`math.NaN()`).
pub(crate) const NAN: f64 = f64::from_bits(0x7FF8_0000_0000_0001);
pub(crate) const INF: f64 = f64::INFINITY;
const SMALLEST_NORMAL: f64 = f64::from_bits(0x0010_0000_0000_0000);
const EXP_MASK: u64 = 0x7FF;
const SHIFT: u32 = 52;
const BIAS: i64 = 1023;

/// A subnormal `x` scaled into the normal range, and the power of two taken out.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// `x = frac × 2^exp` with `frac` in [½, 1).
pub(crate) fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> SHIFT) & EXP_MASK) as i64 - BIAS + 1;
    x &= !(EXP_MASK << SHIFT);
    x |= ((BIAS - 1) as u64) << SHIFT;
    (f64::from_bits(x), exp)
}

/// `frac × 2^exp`.
pub(crate) fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.wrapping_add(e);
    let mut x = frac.to_bits();
    exp = exp.wrapping_add(((x >> SHIFT) as i64 & EXP_MASK as i64) - BIAS);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { -INF } else { INF };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(EXP_MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * f64::from_bits(x)
}

/// The integer and fractional parts of `f`, both with its sign (amd64: math's Go code).
#[cfg(not(target_arch = "aarch64"))]
pub(crate) fn modf(f: f64) -> (f64, f64) {
    if f < 1.0 {
        if f < 0.0 {
            let (int, frac) = modf(-f);
            return (-int, -frac);
        }
        if f == 0.0 {
            return (f, f);
        }
        return (0.0, f);
    }
    let mut x = f.to_bits();
    let e = ((x >> SHIFT) & EXP_MASK).wrapping_sub(BIAS as u64);
    if e < 64 - 12 {
        x &= !((1u64 << (64 - 12 - e)) - 1);
    }
    let int = f64::from_bits(x);
    (int, f - int)
}

/// The integer and fractional parts of `f` (arm64: math's assembly, `FRINTZD` and a
/// subtraction given `f`'s sign bit).
#[cfg(target_arch = "aarch64")]
pub(crate) fn modf(f: f64) -> (f64, f64) {
    let int = f.trunc();
    let frac = (f - int).to_bits() | (f.to_bits() & (1 << 63));
    (int, f64::from_bits(frac))
}

/// The binary exponent of a finite nonzero `x`.
fn ilogb_finite(x: f64) -> i64 {
    let (x, exp) = normalize(x);
    ((x.to_bits() >> SHIFT) & EXP_MASK) as i64 - BIAS + exp
}

/// `Ilogb`: `MinInt32` for 0, `MaxInt32` for infinities and NaN.
pub(crate) fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        i32::MIN as i64
    } else if x.is_nan() || x.is_infinite() {
        i32::MAX as i64
    } else {
        ilogb_finite(x)
    }
}

pub(crate) fn logb(x: f64) -> f64 {
    if x == 0.0 {
        -INF
    } else if x.is_infinite() {
        INF
    } else if x.is_nan() {
        x
    } else {
        ilogb_finite(x) as f64
    }
}

/// IEEE 754 `x REM y`.
pub(crate) fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = f64::from_bits(0x0020_0000_0000_0000);
    const HALF_MAX: f64 = f64::from_bits(0x7FDF_FFFF_FFFF_FFFF);
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let (mut x, mut y) = (x, y);
    let sign = x < 0.0;
    if sign {
        x = -x;
    }
    if y < 0.0 {
        y = -y;
    }
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x %= y + y;
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let half = 0.5 * y;
        if x > half {
            x -= y;
            if x >= half {
                x -= y;
            }
        }
    }
    if sign {
        -x
    } else {
        x
    }
}

/// The next float64 after `x` towards `y`.
pub(crate) fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        NAN
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits().wrapping_add(1))
    } else {
        f64::from_bits(x.to_bits().wrapping_sub(1))
    }
}

/// The next float32 after `x` towards `y`.
pub(crate) fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        // gc's `float32(NaN())`.
        f32::from_bits(0x7FC0_0000)
    } else if x == y {
        x
    } else if x == 0.0 {
        f32::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits().wrapping_add(1))
    } else {
        f32::from_bits(x.to_bits().wrapping_sub(1))
    }
}

/// `10^n`, from two tables as gc's `Pow10` (one multiplication or division).
pub(crate) fn pow10(n: i64) -> f64 {
    const SMALL: [f64; 32] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ];
    const POS: [f64; 10] = [
        1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
    ];
    const NEG: [f64; 11] = [
        1e0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
    ];
    if (0..=308).contains(&n) {
        let n = n as usize;
        return POS[n / 32] * SMALL[n % 32];
    }
    if (-323..=0).contains(&n) {
        let n = (-n) as usize;
        return NEG[n / 32] / SMALL[n % 32];
    }
    if n > 0 {
        INF
    } else {
        0.0
    }
}
