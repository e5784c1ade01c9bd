//! The entry points of package `math`'s computed functions (`Sin`, `Exp`, `Pow`,
//! `Frexp`, ...) under gc's symbol names and golift's Go calling convention; the
//! computations are in the other `gomath_*` modules. Two float64 results are returned
//! as a `#[repr(C)]` pair (xmm0/xmm1, d0/d1); the (float64, int) of `Frexp` and `Lgamma`
//! is returned in xmm0 and rax on x86-64, and on aarch64 a small assembly shim moves the
//! C-ABI pair (x0, x1) into d0 and x0, where golift's calls expect them.

use crate::gomath_trig as t;
use crate::{gomath_exp as e, gomath_float as f, gomath_hyper as h, gomath_inverse as i};
use crate::{gomath_lgamma as lg, gomath_log as l, gomath_pow as p, gomath_special as sp};

/// Two float64 results.
#[repr(C)]
pub struct F64Pair(pub f64, pub f64);

macro_rules! unary {
    ($($sym:literal => $name:ident = $path:path;)*) => {$(
        #[export_name = $sym]
        pub extern "C" fn $name(x: f64) -> f64 {
            $path(x)
        }
    )*};
}

unary! {
    "math.Sin" => sin = t::sin;
    "math.Cos" => cos = t::cos;
    "math.Tan" => tan = t::tan;
    "math.Asin" => asin = i::asin;
    "math.Acos" => acos = i::acos;
    "math.Atan" => atan = i::atan;
    "math.Sinh" => sinh = h::sinh;
    "math.Cosh" => cosh = h::cosh;
    "math.Tanh" => tanh = h::tanh;
    "math.Asinh" => asinh = h::asinh;
    "math.Acosh" => acosh = h::acosh;
    "math.Atanh" => atanh = h::atanh;
    "math.Exp" => exp = e::exp;
    "math.Exp2" => exp2 = e::exp2;
    "math.Expm1" => expm1 = e::expm1;
    "math.Log" => log = l::log;
    "math.Log2" => log2 = l::log2;
    "math.Log10" => log10 = l::log10;
    "math.Log1p" => log1p = l::log1p;
    "math.Cbrt" => cbrt = p::cbrt;
    "math.Logb" => logb = f::logb;
    "math.Erf" => erf = sp::erf;
    "math.Erfc" => erfc = sp::erfc;
    "math.Erfinv" => erfinv = sp::erfinv;
    "math.Erfcinv" => erfcinv = sp::erfcinv;
    "math.Gamma" => gamma = sp::gamma;
}

#[export_name = "math.Atan2"]
pub extern "C" fn atan2(y: f64, x: f64) -> f64 {
    i::atan2(y, x)
}

#[export_name = "math.Pow"]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    p::pow(x, y)
}

#[export_name = "math.Hypot"]
pub extern "C" fn hypot(p: f64, q: f64) -> f64 {
    p::hypot(p, q)
}

#[export_name = "math.Remainder"]
pub extern "C" fn remainder(x: f64, y: f64) -> f64 {
    f::remainder(x, y)
}

#[export_name = "math.Nextafter"]
pub extern "C" fn nextafter(x: f64, y: f64) -> f64 {
    f::nextafter(x, y)
}

#[export_name = "math.Nextafter32"]
pub extern "C" fn nextafter32(x: f32, y: f32) -> f32 {
    f::nextafter32(x, y)
}

#[export_name = "math.Pow10"]
pub extern "C" fn pow10(n: i64) -> f64 {
    f::pow10(n)
}

#[export_name = "math.Ldexp"]
pub extern "C" fn ldexp(frac: f64, exp: i64) -> f64 {
    f::ldexp(frac, exp)
}

#[export_name = "math.Ilogb"]
pub extern "C" fn ilogb(x: f64) -> i64 {
    f::ilogb(x)
}

#[export_name = "math.Sincos"]
pub extern "C" fn sincos(x: f64) -> F64Pair {
    let (s, c) = t::sincos(x);
    F64Pair(s, c)
}

#[export_name = "math.Modf"]
pub extern "C" fn modf(x: f64) -> F64Pair {
    let (int, frac) = f::modf(x);
    F64Pair(int, frac)
}

/// A (float64, int) result as x86-64's C ABI returns the pair: xmm0 and rax, where
/// golift's calls expect them.
#[cfg(not(target_arch = "aarch64"))]
#[repr(C)]
pub struct FloatInt(pub f64, pub i64);

#[cfg(not(target_arch = "aarch64"))]
#[export_name = "math.Frexp"]
pub extern "C" fn frexp(x: f64) -> FloatInt {
    let (frac, exp) = f::frexp(x);
    FloatInt(frac, exp)
}

#[cfg(not(target_arch = "aarch64"))]
#[export_name = "math.Lgamma"]
pub extern "C" fn lgamma(x: f64) -> FloatInt {
    let (lgamma, sign) = lg::lgamma(x);
    FloatInt(lgamma, sign)
}

/// A (float64, int) result as words: the float's bits and the int, which AAPCS64
/// returns in x0 and x1; the shims below move them to d0 and x0.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub struct FloatIntWords(pub u64, pub i64);

#[cfg(target_arch = "aarch64")]
#[no_mangle]
pub extern "C" fn golift_math_frexp_words(x: f64) -> FloatIntWords {
    let (frac, exp) = f::frexp(x);
    FloatIntWords(frac.to_bits(), exp)
}

#[cfg(target_arch = "aarch64")]
#[no_mangle]
pub extern "C" fn golift_math_lgamma_words(x: f64) -> FloatIntWords {
    let (lgamma, sign) = lg::lgamma(x);
    FloatIntWords(lgamma.to_bits(), sign)
}

/// `SYMBOL`: a call of `WORDS` whose (x0, x1) result is returned as (d0, x0).
#[cfg(target_arch = "aarch64")]
macro_rules! float_int_shim {
    ($symbol:literal, $words:ident) => {
        std::arch::global_asm!(
            ".text",
            concat!(".globl \"", $symbol, "\""),
            concat!(".type \"", $symbol, "\", %function"),
            ".p2align 2",
            concat!("\"", $symbol, "\":"),
            "stp x29, x30, [sp, #-16]!",
            "mov x29, sp",
            "bl {words}",
            "fmov d0, x0",
            "mov x0, x1",
            "ldp x29, x30, [sp], #16",
            "ret",
            concat!(".size \"", $symbol, "\", . - \"", $symbol, "\""),
            words = sym $words,
        );
    };
}

#[cfg(target_arch = "aarch64")]
float_int_shim!("math.Frexp", golift_math_frexp_words);
#[cfg(target_arch = "aarch64")]
float_int_shim!("math.Lgamma", golift_math_lgamma_words);
