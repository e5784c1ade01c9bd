//! Multiply-adds as gc compiles package math's pure-Go code: on arm64 gc fuses a product
//! into an adjacent addition or subtraction (`FMADDD`, `FMSUBD`, `FNMSUBD`, rounding
//! once; the rule is described in codegen's `fma.rs`), on amd64 it never does. The
//! runtime is compiled per target, so each helper is fused exactly on aarch64. The
//! translations in the `gomath_*` modules call these wherever gc's arm64 code has a fused
//! instruction (checked against `go tool objdump` of gc's math package) and plain
//! operators elsewhere. Rust itself never contracts `a*b + c`. Where both operands of an
//! addition are products, which one gc fuses depends on the order its CSE pass gave the
//! commutative operands (`Log`'s `t1 + t2` and `Log1p`'s `hfsq + R` fuse the first,
//! `Lgamma`'s `y*p1 + p2` the second), so those sites follow the objdump, with a comment.

/// `z + x*y`.
#[inline(always)]
pub(crate) fn add_prod(z: f64, x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "aarch64")]
    {
        x.mul_add(y, z)
    }
    #[cfg(not(target_arch = "aarch64"))]
    {
        z + x * y
    }
}

/// `z - x*y`.
#[inline(always)]
pub(crate) fn sub_prod(z: f64, x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "aarch64")]
    {
        (-x).mul_add(y, z)
    }
    #[cfg(not(target_arch = "aarch64"))]
    {
        z - x * y
    }
}

/// `x*y - z`.
#[inline(always)]
pub(crate) fn prod_sub(x: f64, y: f64, z: f64) -> f64 {
    #[cfg(target_arch = "aarch64")]
    {
        x.mul_add(y, -z)
    }
    #[cfg(not(target_arch = "aarch64"))]
    {
        x * y - z
    }
}
