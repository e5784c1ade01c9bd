//! Exact constant evaluation: literal decoding, arithmetic on untyped and typed integer,
//! boolean and string constants (integers held in `i128`; gc allows 512 bits, so values
//! beyond `i128` are reported as an overflow of the operation), and representability of a
//! constant in a basic type, as `go/constant` and types2 decide them.

use golift_syntax::ast::{BinaryOp, LitKind, UnaryOp};
use golift_syntax::literal::{unquote_rune, unquote_string};

use crate::{BasicKind, ConstValue};

/// Decodes a literal as written. `None` for malformed literals and for floating-point
/// and imaginary literals whose value is not supported.
pub(crate) fn literal_value(kind: LitKind, raw: &str) -> Option<ConstValue> {
    match kind {
        LitKind::Int => parse_int(raw).map(ConstValue::Int),
        LitKind::Rune => unquote_rune(raw).map(|c| ConstValue::Int(c.into())),
        LitKind::String => unquote_string(raw).map(ConstValue::String),
        LitKind::Float => parse_float(raw).map(|f| ConstValue::Float(f.to_bits())),
        LitKind::Imag => None,
    }
}

fn parse_int(raw: &str) -> Option<i128> {
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
    i128::from_str_radix(&digits, radix).ok()
}

fn parse_float(raw: &str) -> Option<f64> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if s.starts_with("0x") || s.starts_with("0X") {
        return None;
    }
    s.parse::<f64>().ok()
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
        ConstValue::Float(bits) => {
            let f = f64::from_bits(*bits);
            if f.fract() == 0.0 && f.abs() < 1e21 {
                format!("{}", f as i128)
            } else {
                format!("{f}")
            }
        }
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
    /// The result does not fit (the `i128` model or gc's 512 bits): `constant <op> overflow`.
    Overflow(&'static str),
    /// Not a constant operation this checker evaluates.
    Unsupported,
}

fn op_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "addition",
        BinaryOp::Sub => "subtraction",
        BinaryOp::Mul => "multiplication",
        BinaryOp::Shl => "shift",
        _ => "operation",
    }
}

/// `x op y` on constants of the same kind, integer division truncating. Whether the
/// result fits a typed operand's type is the caller's check.
pub(crate) fn binary(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
) -> Result<ConstValue, ConstError> {
    use BinaryOp::*;
    use ConstValue as C;
    let ordered = match (x, y) {
        (C::Int(a), C::Int(b)) => compare(op, a, b),
        (C::String(a), C::String(b)) => compare(op, a, b),
        (C::Float(a), C::Float(b)) => compare(op, &f64::from_bits(*a), &f64::from_bits(*b)),
        _ => None,
    };
    if let Some(c) = ordered {
        return Ok(C::Bool(c));
    }
    Ok(match (x, y) {
        (C::Int(a), C::Int(b)) => {
            let (a, b) = (*a, *b);
            let ov = || ConstError::Overflow(op_name(op));
            match op {
                Add => C::Int(a.checked_add(b).ok_or_else(ov)?),
                Sub => C::Int(a.checked_sub(b).ok_or_else(ov)?),
                Mul => C::Int(a.checked_mul(b).ok_or_else(ov)?),
                Div | Rem if b == 0 => return Err(ConstError::DivByZero),
                Div => C::Int(a.checked_div(b).ok_or_else(ov)?),
                Rem => C::Int(a.checked_rem(b).ok_or_else(ov)?),
                And => C::Int(a & b),
                Or => C::Int(a | b),
                Xor => C::Int(a ^ b),
                AndNot => C::Int(a & !b),
                Shl => {
                    if a == 0 {
                        C::Int(0)
                    } else {
                        let s = u32::try_from(b).map_err(|_| ov())?;
                        if s >= 127 {
                            return Err(ov());
                        }
                        let r = a << s;
                        if r >> s != a {
                            return Err(ov());
                        }
                        C::Int(r)
                    }
                }
                Shr => {
                    let s = u32::try_from(b).unwrap_or(127).min(127);
                    C::Int(a >> s)
                }
                _ => return Err(ConstError::Unsupported),
            }
        }
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
            let (a, b) = (f64::from_bits(*a), f64::from_bits(*b));
            let f = |v: f64| C::Float(v.to_bits());
            match op {
                Add => f(a + b),
                Sub => f(a - b),
                Mul => f(a * b),
                Div if b == 0.0 => return Err(ConstError::DivByZero),
                Div => f(a / b),
                _ => return Err(ConstError::Unsupported),
            }
        }
        _ => return Err(ConstError::Unsupported),
    })
}

/// `a op b` for a comparison operator (`==`, `!=`, `<`, `<=`, `>`, `>=`), `None` for
/// any other operator.
fn compare<T: PartialOrd>(op: BinaryOp, a: &T, b: &T) -> Option<bool> {
    use BinaryOp::*;
    Some(match op {
        Eq => a == b,
        Ne => a != b,
        Lt => a < b,
        Le => a <= b,
        Gt => a > b,
        Ge => a >= b,
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
        (UnaryOp::Neg, C::Int(a)) => {
            C::Int(a.checked_neg().ok_or(ConstError::Overflow("negation"))?)
        }
        (UnaryOp::Neg, C::Float(a)) => C::Float((-f64::from_bits(*a)).to_bits()),
        (UnaryOp::Not, C::Bool(b)) => C::Bool(!b),
        (UnaryOp::Complement, C::Int(a)) => match unsigned_bits {
            Some(bits) if bits < 128 => C::Int(!a & ((1i128 << bits) - 1)),
            _ => C::Int(!a),
        },
        _ => return Err(ConstError::Unsupported),
    })
}

/// Width in bits and signedness of an integer kind (`int`, `uint`, `uintptr` are 64-bit).
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

/// Whether constant `v` is representable in basic type `kind`, and the value it becomes
/// (an integral float becomes an integer).
pub(crate) fn representable(v: &ConstValue, kind: BasicKind) -> Option<ConstValue> {
    use BasicKind::*;
    match v {
        ConstValue::Int(i) => {
            if let Some((lo, hi)) = int_range(kind) {
                return (lo <= *i && *i <= hi).then(|| v.clone());
            }
            match kind {
                UntypedInt | UntypedRune => Some(v.clone()),
                Float32 | Float64 | UntypedFloat => Some(ConstValue::Float((*i as f64).to_bits())),
                _ => None,
            }
        }
        ConstValue::Float(bits) => {
            let f = f64::from_bits(*bits);
            if kind.is_integer() {
                if f.fract() != 0.0 || !f.is_finite() || f.abs() > 1e38 {
                    return None;
                }
                return representable(&ConstValue::Int(f as i128), kind);
            }
            matches!(kind, Float32 | Float64 | UntypedFloat).then(|| v.clone())
        }
        ConstValue::Bool(_) => matches!(kind, Bool | UntypedBool).then(|| v.clone()),
        ConstValue::String(_) => matches!(kind, String | UntypedString).then(|| v.clone()),
    }
}
