//! go/constant's arithmetic, checked against values gc 1.19.8 computes.

use golift_syntax::ast::{BinaryOp, LitKind};

use super::{binary, literal_value, representable, value_string};
use crate::{BasicKind, ConstValue};

fn lit(s: &str) -> ConstValue {
    let kind = if s.contains(['.', 'e', 'p']) && !s.starts_with("0x") || s.contains('p') {
        LitKind::Float
    } else {
        LitKind::Int
    };
    literal_value(kind, s).expect("literal")
}

fn f64_of(v: &ConstValue) -> f64 {
    representable(v, BasicKind::Float64)
        .and_then(|v| v.as_f64())
        .expect("float64")
}

#[test]
fn untyped_float_arithmetic_is_exact() {
    let s = binary(BinaryOp::Add, &lit("0.1"), &lit("0.2")).unwrap();
    assert_eq!(
        binary(BinaryOp::Eq, &s, &lit("0.3")),
        Ok(ConstValue::Bool(true))
    );
    // gc: const c = 5e-324 / 2; println(c == 0) with float64(c) printing 5e-324.
    let h = binary(BinaryOp::Div, &lit("5e-324"), &lit("2.0")).unwrap();
    assert_eq!(f64_of(&h), 5e-324);
    let h = binary(BinaryOp::Div, &lit("4.9406564584124654e-324"), &lit("2.0")).unwrap();
    assert_eq!(f64_of(&h), 0.0);
}

#[test]
fn huge_exponents_stay_cheap() {
    // fixedbugs/issue11326b.go.
    let q = binary(BinaryOp::Div, &lit("1e646456992"), &lit("1e646456991")).unwrap();
    assert_eq!(f64_of(&q), 10.0);
    assert_eq!(value_string(&lit("1e646456992")), "1e+646456992");
    assert_eq!(representable(&lit("1e646456992"), BasicKind::Float64), None);
}

#[test]
fn float32_rounding() {
    let v = representable(&lit("0.1"), BasicKind::Float32).unwrap();
    assert_eq!(f64_of(&v), 0.10000000149011612);
    assert_eq!(representable(&lit("1e39"), BasicKind::Float32), None);
    let z = super::unary(golift_syntax::ast::UnaryOp::Neg, &lit("0.0"), None).unwrap();
    let m = representable(&z, BasicKind::Float64).unwrap();
    assert!(f64_of(&m).is_sign_positive());
}

#[test]
fn big_integers() {
    let one = lit("1");
    let s = lit("511");
    let big = binary(BinaryOp::Shl, &one, &s).unwrap();
    assert!(!super::int_too_big(&big));
    let bigger = binary(BinaryOp::Mul, &big, &lit("2")).unwrap();
    assert!(super::int_too_big(&bigger));
    let back = binary(BinaryOp::Shr, &bigger, &lit("512")).unwrap();
    assert_eq!(back, one);
    assert_eq!(
        binary(BinaryOp::Div, &ConstValue::int(-7), &lit("2")),
        Ok(ConstValue::int(-3))
    );
    assert_eq!(
        binary(BinaryOp::Rem, &ConstValue::int(-7), &lit("2")),
        Ok(ConstValue::int(-1))
    );
    assert_eq!(
        binary(BinaryOp::Shr, &ConstValue::int(-7), &lit("1")),
        Ok(ConstValue::int(-4))
    );
    assert_eq!(
        representable(&lit("1e3"), BasicKind::Int8),
        None,
        "1000 overflows int8"
    );
    assert_eq!(
        representable(&lit("1e2"), BasicKind::Int8),
        Some(ConstValue::int(100))
    );
}

#[test]
fn value_strings_as_go_constant() {
    assert_eq!(value_string(&lit("1.5")), "1.5");
    assert_eq!(value_string(&lit("1e100")), "1e+100");
    assert_eq!(value_string(&lit("0.1234567")), "0.123457");
    assert_eq!(value_string(&lit("1e-7")), "1e-07");
}
