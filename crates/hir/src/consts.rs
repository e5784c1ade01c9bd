//! Exact constant evaluation: literal decoding, arithmetic on untyped and typed integer,
//! boolean and string constants (integers held in `i128`; gc allows 512 bits, so values
//! beyond `i128` are reported as an overflow of the operation), and representability of a
//! constant in a basic type, as `go/constant` and types2 decide them.

use std::cmp::Ordering;

use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};
use golift_syntax::ast::{BinaryOp, LitKind, UnaryOp};
use golift_syntax::literal::{unquote_rune, unquote_string};

use crate::{BasicKind, ConstValue};

pub(crate) mod num;

use num::ConstFloat;

/// gc's limit on untyped integer constants, in bits.
const INT_PREC: usize = 512;
/// types2's largest constant shift count (`1023 - 1 + 52`).
pub(crate) const SHIFT_BOUND: u32 = 1023 - 1 + 52;

/// Decodes a literal as written. `None` for malformed literals and for imaginary
/// literals (complex constants are not supported).
pub(crate) fn literal_value(kind: LitKind, raw: &str) -> Option<ConstValue> {
    match kind {
        LitKind::Int => parse_int(raw).map(ConstValue::Int),
        LitKind::Rune => unquote_rune(raw).map(|c| ConstValue::int(c.into())),
        LitKind::String => unquote_string(raw).map(ConstValue::String),
        LitKind::Float => parse_float(raw).map(ConstValue::Float),
        LitKind::Imag => {
            let raw = raw.strip_suffix('i')?;
            // Decimal digits are decimal even with a leading 0 (`0123i`, for backward
            // compatibility); binary and octal prefixes are integers.
            let lower = raw.to_ascii_lowercase();
            let im = if lower.starts_with("0b") || lower.starts_with("0o") {
                ConstFloat::from_int(&parse_int(raw)?)
            } else {
                parse_float(raw)?
            };
            Some(ConstValue::Complex(ConstFloat::zero(), im))
        }
    }
}

fn parse_int(raw: &str) -> Option<IBig> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    UBig::from_str_radix(&digits, radix).ok().map(IBig::from)
}

/// A decimal or hexadecimal floating-point literal (`1.5e3`, `0x1p-2`, `.5`).
fn parse_float(raw: &str) -> Option<ConstFloat> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let exp_at = body.find(|c: char| {
        if hex {
            c == 'p' || c == 'P'
        } else {
            c == 'e' || c == 'E'
        }
    });
    let (mant, exp) = match exp_at {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let exp: isize = if exp.is_empty() {
        0
    } else {
        exp.strip_prefix('+').unwrap_or(exp).parse().ok()?
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac}");
    let m = if digits.is_empty() {
        UBig::ZERO
    } else {
        UBig::from_str_radix(&digits, radix).ok()?
    };
    let nfrac = frac.len() as isize;
    let r = if hex {
        num::from_literal(m, 0, exp - 4 * nfrac)
    } else {
        num::from_literal(m, exp - nfrac, 0)
    };
    r.ok()
}

/// Whether `go/constant` rejects the floating-point (or imaginary, with its `i`)
/// literal `raw`, for which types2 reports `malformed constant: RAW`: `big.Float`'s
/// `SetString` (512 bits) fails when the binary exponent of the mantissa times
/// `2**exp10` leaves `int32`, and a result that overflows to infinity after the
/// multiplication by `5**exp10` is unknown. Underflow to zero is fine.
pub(crate) fn float_literal_malformed(raw: &str) -> bool {
    const MIN_EXP: i128 = i32::MIN as i128;
    const MAX_EXP: i128 = i32::MAX as i128;
    let s: String = raw
        .trim_end_matches('i')
        .chars()
        .filter(|&c| c != '_')
        .collect();
    let (hex, body) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let exp_at = body.find(|c: char| {
        if hex {
            c == 'p' || c == 'P'
        } else {
            c == 'e' || c == 'E'
        }
    });
    let (mant, exp) = match exp_at {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let exp: i128 = if exp.is_empty() {
        0
    } else {
        match exp.parse::<i64>() {
            Ok(e) => e.into(),
            Err(_) => return true,
        }
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let radix = if hex { 16 } else { 10 };
    let digits: Vec<u32> = int_part
        .chars()
        .chain(frac.chars())
        .filter_map(|c| c.to_digit(radix))
        .skip_while(|&d| d == 0)
        .collect();
    if digits.is_empty() {
        return false; // zero, whatever the exponent
    }
    // The mantissa's bit length (to within a bit for long decimal mantissas).
    let bits: i128 = if hex {
        4 * (digits.len() as i128 - 1) + (32 - digits[0].leading_zeros()) as i128
    } else {
        let lead: f64 = digits
            .iter()
            .take(15)
            .fold(0.0, |a, &d| a * 10.0 + f64::from(d));
        let rest = digits.len().saturating_sub(15) as f64;
        (lead.log2() + rest * std::f64::consts::LOG2_10).floor() as i128 + 1
    };
    let frac_digits = frac.chars().filter(|c| c.is_digit(radix)).count() as i128;
    if hex {
        let exp2 = bits + exp - 4 * frac_digits;
        return !(MIN_EXP..=MAX_EXP).contains(&exp2);
    }
    let exp10 = exp - frac_digits;
    let exp2 = bits + exp10;
    if !(MIN_EXP..=MAX_EXP).contains(&exp2) {
        return true;
    }
    exp10 > 0
        && exp2 as f64 + exp10 as f64 * std::f64::consts::LOG2_10 - exp10 as f64 > MAX_EXP as f64
}

/// The value as `go/constant`'s `String` prints it (strings quoted, shortened to 72
/// characters).
pub(crate) fn value_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Float(f) => f.to_string(),
        ConstValue::Complex(re, im) => format!("({re} + {im}i)"),
        ConstValue::String(s) => {
            let q = go_quote(s);
            const MAX: usize = 72;
            if q.chars().count() > MAX {
                let cut: String = q.chars().take(MAX - 3).collect();
                format!("{cut}...")
            } else {
                q
            }
        }
    }
}

/// `strconv.Quote`.
pub(crate) fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in s.utf8_chunks() {
        quote_valid(&mut out, chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

fn quote_valid(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
}

/// Why a constant operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ConstError {
    DivByZero,
    /// The float result is beyond big.Float's exponent range: types2's `constant result
    /// is not representable`.
    NotRepresentable,
    /// Not a constant operation this checker evaluates.
    Unsupported,
}

/// types2's `opName` of a binary operation, for `constant <op> overflow`.
pub(crate) fn binary_op_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "addition",
        BinaryOp::Sub => "subtraction",
        BinaryOp::Xor => "bitwise XOR",
        BinaryOp::Mul => "multiplication",
        BinaryOp::Shl => "shift",
        _ => "",
    }
}

/// types2's `opName` of a unary operation.
pub(crate) fn unary_op_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Complement => "bitwise complement",
        _ => "",
    }
}

/// Whether an untyped integer constant has outgrown gc's 512 bits.
pub(crate) fn int_too_big(v: &ConstValue) -> bool {
    matches!(v, ConstValue::Int(i) if i.unsigned_abs().bit_len() > INT_PREC)
}

/// The value as a float constant (go/constant's `ToFloat` of a number; a complex
/// number only with a zero imaginary part).
fn to_float(v: &ConstValue) -> Option<ConstFloat> {
    match v {
        ConstValue::Int(i) => Some(ConstFloat::from_int(i)),
        ConstValue::Float(f) => Some(f.clone()),
        ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
        _ => None,
    }
}

/// The value as a complex constant (go/constant's `ToComplex`).
fn to_complex(v: &ConstValue) -> Option<(ConstFloat, ConstFloat)> {
    match v {
        ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
        _ => Some((to_float(v)?, ConstFloat::zero())),
    }
}

/// `x op y` on complex constants.
fn complex_binary(
    op: BinaryOp,
    (a, b): (ConstFloat, ConstFloat),
    (c, d): (ConstFloat, ConstFloat),
) -> Result<ConstValue, ConstError> {
    use BinaryOp::*;
    let e =
        |r: Result<ConstFloat, num::NotRepresentable>| r.map_err(|_| ConstError::NotRepresentable);
    Ok(match op {
        Eq => ConstValue::Bool(a.cmp(&c) == Ordering::Equal && b.cmp(&d) == Ordering::Equal),
        Ne => ConstValue::Bool(a.cmp(&c) != Ordering::Equal || b.cmp(&d) != Ordering::Equal),
        Add => ConstValue::Complex(e(a.arith('+', &c))?, e(b.arith('+', &d))?),
        Sub => ConstValue::Complex(e(a.arith('-', &c))?, e(b.arith('-', &d))?),
        Mul => {
            // (ac - bd) + i(bc + ad)
            let ac = e(a.arith('*', &c))?;
            let bd = e(b.arith('*', &d))?;
            let bc = e(b.arith('*', &c))?;
            let ad = e(a.arith('*', &d))?;
            ConstValue::Complex(e(ac.arith('-', &bd))?, e(bc.arith('+', &ad))?)
        }
        Div => {
            // ((ac + bd) + i(bc - ad)) / (cc + dd)
            let cc = e(c.arith('*', &c))?;
            let dd = e(d.arith('*', &d))?;
            let s = e(cc.arith('+', &dd))?;
            if s.is_zero() {
                return Err(ConstError::DivByZero);
            }
            let ac = e(a.arith('*', &c))?;
            let bd = e(b.arith('*', &d))?;
            let bc = e(b.arith('*', &c))?;
            let ad = e(a.arith('*', &d))?;
            let re = e(ac.arith('+', &bd))?;
            let im = e(bc.arith('-', &ad))?;
            ConstValue::Complex(e(re.arith('/', &s))?, e(im.arith('/', &s))?)
        }
        _ => return Err(ConstError::Unsupported),
    })
}

/// `x op y` on constants (an integer operand meeting a float one is converted first),
/// integer division truncating. Whether the result fits a type is the caller's check.
pub(crate) fn binary(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
) -> Result<ConstValue, ConstError> {
    use BinaryOp::*;
    use ConstValue as C;
    if matches!(x, C::Complex(..)) || matches!(y, C::Complex(..)) {
        return match (to_complex(x), to_complex(y)) {
            (Some(a), Some(b)) => complex_binary(op, a, b),
            _ => Err(ConstError::Unsupported),
        };
    }
    if let (C::Int(_), C::Float(_)) | (C::Float(_), C::Int(_)) = (x, y) {
        if let (Some(a), Some(b)) = (to_float(x), to_float(y)) {
            return binary(op, &C::Float(a), &C::Float(b));
        }
    }
    let ordered = match (x, y) {
        (C::Int(a), C::Int(b)) => compare(op, a.cmp(b)),
        (C::String(a), C::String(b)) => compare(op, a.cmp(b)),
        (C::Float(a), C::Float(b)) => compare(op, a.cmp(b)),
        _ => None,
    };
    if let Some(c) = ordered {
        return Ok(C::Bool(c));
    }
    Ok(match (x, y) {
        (C::Int(a), C::Int(b)) => match op {
            Add => C::Int(a + b),
            Sub => C::Int(a - b),
            Mul => C::Int(a * b),
            Div | Rem if *b == IBig::ZERO => return Err(ConstError::DivByZero),
            Div => C::Int(a / b),
            Rem => C::Int(a % b),
            And => C::Int(a & b),
            Or => C::Int(a | b),
            Xor => C::Int(a ^ b),
            AndNot => C::Int(a & (-b - IBig::ONE)),
            Shl | Shr => {
                let s = usize::try_from(b).map_err(|_| ConstError::Unsupported)?;
                if s > SHIFT_BOUND as usize {
                    return Err(ConstError::Unsupported);
                }
                if op == Shl {
                    C::Int(a << s)
                } else {
                    C::Int(a >> s)
                }
            }
            _ => return Err(ConstError::Unsupported),
        },
        (C::Bool(a), C::Bool(b)) => match op {
            LogAnd => C::Bool(*a && *b),
            LogOr => C::Bool(*a || *b),
            Eq => C::Bool(a == b),
            Ne => C::Bool(a != b),
            _ => return Err(ConstError::Unsupported),
        },
        (C::String(a), C::String(b)) => match op {
            Add => C::String([a.as_slice(), b.as_slice()].concat()),
            _ => return Err(ConstError::Unsupported),
        },
        (C::Float(a), C::Float(b)) => {
            let c = match op {
                Add => '+',
                Sub => '-',
                Mul => '*',
                Div if b.is_zero() => return Err(ConstError::DivByZero),
                Div => '/',
                _ => return Err(ConstError::Unsupported),
            };
            C::Float(a.arith(c, b).map_err(|_| ConstError::NotRepresentable)?)
        }
        _ => return Err(ConstError::Unsupported),
    })
}

/// The result of a comparison operator (`==`, `!=`, `<`, `<=`, `>`, `>=`) given the
/// ordering of its operands, `None` for any other operator.
fn compare(op: BinaryOp, ord: Ordering) -> Option<bool> {
    use BinaryOp::*;
    Some(match op {
        Eq => ord == Ordering::Equal,
        Ne => ord != Ordering::Equal,
        Lt => ord == Ordering::Less,
        Le => ord != Ordering::Greater,
        Gt => ord == Ordering::Greater,
        Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `op x` on a constant; `unsigned_bits` is the width of a typed unsigned operand (for
/// `^x`, which is then the bitwise complement within that width).
pub(crate) fn unary(
    op: UnaryOp,
    x: &ConstValue,
    unsigned_bits: Option<u32>,
) -> Result<ConstValue, ConstError> {
    use ConstValue as C;
    Ok(match (op, x) {
        (UnaryOp::Pos, C::Int(_) | C::Float(_)) => x.clone(),
        (UnaryOp::Neg, C::Int(a)) => C::Int(-a),
        (UnaryOp::Neg, C::Float(a)) => C::Float(a.neg()),
        (UnaryOp::Pos, C::Complex(..)) => x.clone(),
        (UnaryOp::Neg, C::Complex(re, im)) => C::Complex(re.neg(), im.neg()),
        (UnaryOp::Not, C::Bool(b)) => C::Bool(!b),
        (UnaryOp::Complement, C::Int(a)) => {
            let c = -a - IBig::ONE;
            match unsigned_bits {
                Some(bits) => {
                    let mask = (IBig::ONE << bits as usize) - IBig::ONE;
                    C::Int(c & mask)
                }
                None => C::Int(c),
            }
        }
        _ => return Err(ConstError::Unsupported),
    })
}

/// The range of an integer kind (`int`, `uint`, `uintptr` are 64-bit).
pub(crate) fn int_range(kind: BasicKind) -> Option<(i128, i128)> {
    use BasicKind::*;
    Some(match kind {
        Int8 => (i8::MIN.into(), i8::MAX.into()),
        Int16 => (i16::MIN.into(), i16::MAX.into()),
        Int32 => (i32::MIN.into(), i32::MAX.into()),
        Int64 | Int => (i64::MIN.into(), i64::MAX.into()),
        Uint8 => (0, u8::MAX.into()),
        Uint16 => (0, u16::MAX.into()),
        Uint32 => (0, u32::MAX.into()),
        Uint64 | Uint | Uintptr => (0, u64::MAX.into()),
        _ => return None,
    })
}

pub(crate) fn unsigned_bits(kind: BasicKind) -> Option<u32> {
    use BasicKind::*;
    match kind {
        Uint8 => Some(8),
        Uint16 => Some(16),
        Uint32 => Some(32),
        Uint64 | Uint | Uintptr => Some(64),
        _ => None,
    }
}

/// go/constant's `ToInt`: the value as an integer constant, if it is one.
pub(crate) fn to_int(v: &ConstValue) -> Option<IBig> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Float(f) => f.to_int(),
        ConstValue::Complex(re, im) if im.is_zero() => re.to_int(),
        _ => None,
    }
}

/// Whether constant `v` is representable in basic type `kind` (types2's
/// `representableConst`), and the value it becomes: an integral float becomes an
/// integer, a float converted to float32 or float64 is rounded to that type's value.
pub(crate) fn representable(v: &ConstValue, kind: BasicKind) -> Option<ConstValue> {
    use BasicKind::*;
    if kind.is_integer() || matches!(kind, UntypedInt | UntypedRune) {
        let i = to_int(v)?;
        if let Some((lo, hi)) = int_range(kind) {
            let n = i128::try_from(&i).ok()?;
            return (lo <= n && n <= hi).then_some(ConstValue::Int(i));
        }
        return Some(ConstValue::Int(i));
    }
    match kind {
        Float32 => {
            let f = to_float(v)?.to_f32()?;
            Some(ConstValue::Float(ConstFloat::from_f64(f64::from(f))))
        }
        Float64 => {
            let f = to_float(v)?.to_f64()?;
            Some(ConstValue::Float(ConstFloat::from_f64(f)))
        }
        UntypedFloat => to_float(v).map(ConstValue::Float),
        Complex64 | Complex128 => {
            let (re, im) = to_complex(v)?;
            let round = |f: &ConstFloat| -> Option<ConstFloat> {
                Some(if kind == Complex64 {
                    ConstFloat::from_f64(f64::from(f.to_f32()?))
                } else {
                    ConstFloat::from_f64(f.to_f64()?)
                })
            };
            Some(ConstValue::Complex(round(&re)?, round(&im)?))
        }
        UntypedComplex => to_complex(v).map(|(re, im)| ConstValue::Complex(re, im)),
        Bool | UntypedBool => matches!(v, ConstValue::Bool(_)).then(|| v.clone()),
        String | UntypedString => matches!(v, ConstValue::String(_)).then(|| v.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
