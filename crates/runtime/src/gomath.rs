//! Package `math`'s exact functions (see hir's `stdlib/math.rs`), under gc's symbol
//! names and golift's Go calling convention (float64 in a float register, `int` as
//! `i64`, `bool` as a byte). Each is an IEEE operation or bit manipulation with one
//! correct result, so these give gc's bits; special cases (NaN, infinities, signed
//! zeros) follow the Go documentation of each function. The computed functions (`Sin`,
//! `Exp`, ...) are `gomath_entry.rs`'s.

#[export_name = "math.Abs"]
pub extern "C" fn abs(x: f64) -> f64 {
    x.abs()
}

#[export_name = "math.Ceil"]
pub extern "C" fn ceil(x: f64) -> f64 {
    x.ceil()
}

#[export_name = "math.Floor"]
pub extern "C" fn floor(x: f64) -> f64 {
    x.floor()
}

#[export_name = "math.Trunc"]
pub extern "C" fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// Half away from zero.
#[export_name = "math.Round"]
pub extern "C" fn round(x: f64) -> f64 {
    x.round()
}

#[export_name = "math.RoundToEven"]
pub extern "C" fn round_to_even(x: f64) -> f64 {
    x.round_ties_even()
}

#[export_name = "math.Sqrt"]
pub extern "C" fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

#[export_name = "math.Copysign"]
pub extern "C" fn copysign(f: f64, sign: f64) -> f64 {
    f.copysign(sign)
}

/// `max(x-y, 0)`; NaN if either is NaN; `Dim(+Inf, +Inf)` is NaN.
#[export_name = "math.Dim"]
pub extern "C" fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        0.0
    } else {
        v
    }
}

/// Go's `Max`: +Inf wins over NaN, NaN over numbers, `Max(+0, -0)` is +0.
#[export_name = "math.Max"]
pub extern "C" fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        f64::INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && x == y {
        if x.is_sign_negative() {
            y
        } else {
            x
        }
    } else if x > y {
        x
    } else {
        y
    }
}

/// Go's `Min`: -Inf wins over NaN, NaN over numbers, `Min(+0, -0)` is -0.
#[export_name = "math.Min"]
pub extern "C" fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        f64::NEG_INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && x == y {
        if x.is_sign_negative() {
            x
        } else {
            y
        }
    } else if x < y {
        x
    } else {
        y
    }
}

/// The remainder of `x/y` with `x`'s sign; exact (C's `fmod`, which Go's `Mod` equals,
/// special cases included).
#[export_name = "math.Mod"]
pub extern "C" fn modulo(x: f64, y: f64) -> f64 {
    x % y
}

/// `x*y + z` rounded once.
#[export_name = "math.FMA"]
pub extern "C" fn fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

/// +Inf for `sign >= 0`, -Inf otherwise.
#[export_name = "math.Inf"]
pub extern "C" fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

/// gc's NaN: `Float64frombits(0x7FF8000000000001)`.
#[export_name = "math.NaN"]
pub extern "C" fn nan() -> f64 {
    f64::from_bits(0x7FF8_0000_0000_0001)
}

#[export_name = "math.IsNaN"]
pub extern "C" fn is_nan(f: f64) -> bool {
    f.is_nan()
}

/// Whether `f` is an infinity of the sign of `sign` (either for 0).
#[export_name = "math.IsInf"]
pub extern "C" fn is_inf(f: f64, sign: i64) -> bool {
    (sign >= 0 && f == f64::INFINITY) || (sign <= 0 && f == f64::NEG_INFINITY)
}

#[export_name = "math.Signbit"]
pub extern "C" fn signbit(x: f64) -> bool {
    x.is_sign_negative()
}

#[export_name = "math.Float64bits"]
pub extern "C" fn float64bits(f: f64) -> u64 {
    f.to_bits()
}

#[export_name = "math.Float64frombits"]
pub extern "C" fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

#[export_name = "math.Float32bits"]
pub extern "C" fn float32bits(f: f32) -> u32 {
    f.to_bits()
}

#[export_name = "math.Float32frombits"]
pub extern "C" fn float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}
