//! Package `math`: the Go types of the functions golift provides, and the constants,
//! written as `math/const.go` defines them. The runtime implements the functions: the
//! exact ones (`Sqrt`, `Floor`, `FMA`, `Float64bits`, ...) as IEEE operations, the
//! computed ones (`Sin`, `Exp`, `Log`, `Pow`, ...) as gc 1.19's algorithms on each target,
//! bit for bit. Not provided yet: the Bessel functions (`J0`, `J1`, `Jn`, `Y0`, `Y1`,
//! `Yn`).

use golift_syntax::ast::{BinaryOp, LitKind, UnaryOp};

use super::{func, Member};
use crate::consts::{binary, literal_value, unary};
use crate::{BasicKind, ConstValue, Ty};

pub(super) fn member(name: &str) -> Option<Member> {
    use BasicKind::*;
    Some(match name {
        "Abs" | "Ceil" | "Floor" | "Trunc" | "Round" | "RoundToEven" | "Sqrt" => {
            func(&[Float64], &[Float64])
        }
        "Copysign" | "Dim" | "Max" | "Min" | "Mod" => func(&[Float64, Float64], &[Float64]),
        "FMA" => func(&[Float64, Float64, Float64], &[Float64]),
        "Sin" | "Cos" | "Tan" | "Asin" | "Acos" | "Atan" | "Sinh" | "Cosh" | "Tanh" | "Asinh"
        | "Acosh" | "Atanh" | "Exp" | "Exp2" | "Expm1" | "Log" | "Log2" | "Log10" | "Log1p"
        | "Cbrt" | "Logb" | "Erf" | "Erfc" | "Erfinv" | "Erfcinv" | "Gamma" => {
            func(&[Float64], &[Float64])
        }
        "Atan2" | "Pow" | "Hypot" | "Remainder" | "Nextafter" => {
            func(&[Float64, Float64], &[Float64])
        }
        "Nextafter32" => func(&[Float32, Float32], &[Float32]),
        "Pow10" => func(&[Int], &[Float64]),
        "Ldexp" => func(&[Float64, Int], &[Float64]),
        "Ilogb" => func(&[Float64], &[Int]),
        "Sincos" | "Modf" => func(&[Float64], &[Float64, Float64]),
        "Frexp" | "Lgamma" => func(&[Float64], &[Float64, Int]),
        "Inf" => func(&[Int], &[Float64]),
        "NaN" => func(&[], &[Float64]),
        "IsNaN" | "Signbit" => func(&[Float64], &[Bool]),
        "IsInf" => func(&[Float64, Int], &[Bool]),
        "Float64bits" => func(&[Float64], &[Uint64]),
        "Float64frombits" => func(&[Uint64], &[Float64]),
        "Float32bits" => func(&[Float32], &[Uint32]),
        "Float32frombits" => func(&[Uint32], &[Float32]),
        _ => return constant(name).map(|(kind, v)| Member::Const(Ty::basic(kind), v)),
    })
}

/// A constant of `math/const.go`: its untyped kind and value.
fn constant(name: &str) -> Option<(BasicKind, ConstValue)> {
    let float = |digits: &str| literal_value(LitKind::Float, digits);
    let int = |digits: &str| literal_value(LitKind::Int, digits);
    let neg = |v: Option<ConstValue>| unary(UnaryOp::Neg, &v?, None).ok();
    let recip = |v: Option<ConstValue>| binary(BinaryOp::Div, &float("1.0")?, &v?).ok();
    const LN2: &str = "0.693147180559945309417232121458176568075500134360255254120680009";
    const LN10: &str = "2.30258509299404568401799145468436420760110148862877297603332790";
    let value = match name {
        "E" => float("2.71828182845904523536028747135266249775724709369995957496696763"),
        "Pi" => float("3.14159265358979323846264338327950288419716939937510582097494459"),
        "Phi" => float("1.61803398874989484820458683436563811772030917980576286213544862"),
        "Sqrt2" => float("1.41421356237309504880168872420969807856967187537694807317667974"),
        "SqrtE" => float("1.64872127070012814684865078831848849806061266006536813224004306"),
        "SqrtPi" => float("1.77245385090551602729816748334114518279754945612238712821380779"),
        "SqrtPhi" => float("1.27201964951406896425242246173749149171560804184009624861664038"),
        "Ln2" => float(LN2),
        "Log2E" => recip(float(LN2)),
        "Ln10" => float(LN10),
        "Log10E" => recip(float(LN10)),
        "MaxFloat32" => float("0x1.fffffep127"),
        "SmallestNonzeroFloat32" => float("0x1p-149"),
        "MaxFloat64" => float("0x1.fffffffffffffp1023"),
        "SmallestNonzeroFloat64" => float("0x1p-1074"),
        "MaxInt" | "MaxInt64" => int("9223372036854775807"),
        "MinInt" | "MinInt64" => neg(int("9223372036854775808")),
        "MaxInt8" => int("127"),
        "MinInt8" => neg(int("128")),
        "MaxInt16" => int("32767"),
        "MinInt16" => neg(int("32768")),
        "MaxInt32" => int("2147483647"),
        "MinInt32" => neg(int("2147483648")),
        "MaxUint" | "MaxUint64" => int("18446744073709551615"),
        "MaxUint8" => int("255"),
        "MaxUint16" => int("65535"),
        "MaxUint32" => int("4294967295"),
        _ => return None,
    }?;
    let kind = match value {
        ConstValue::Int(_) => BasicKind::UntypedInt,
        _ => BasicKind::UntypedFloat,
    };
    Some((kind, value))
}
