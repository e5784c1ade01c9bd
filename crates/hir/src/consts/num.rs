//! go/constant's representation of untyped floating-point constants: exact rationals
//! while numerator and denominator stay under 4096 bits (`ratVal`), otherwise binary
//! floats with a 512-bit mantissa (`floatVal`), so that `1e646456992/1e646456991` is
//! cheap. Arithmetic, comparison, conversion to integers (`constant.ToInt`) and
//! correctly rounded conversion to float32/float64 values. Integer constants are plain
//! `IBig`s and live in `consts.rs`; this module does not know Go's types.

use std::cmp::Ordering;

use dashu_float::round::mode::HalfEven;
use dashu_float::{Context, FBig, Repr};
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};
use dashu_ratio::RBig;

/// go/constant's float precision.
pub(crate) const PREC: usize = 512;
/// go/constant's `maxExp`: the bit size up to which rationals stay exact.
const MAX_EXP: isize = 4 << 10;
/// big.Float's exponent range (`MinExp`, `MaxExp`).
const FLOAT_MAX_EXP: isize = i32::MAX as isize;
const FLOAT_MIN_EXP: isize = i32::MIN as isize;

type Float = FBig<HalfEven, 2>;

/// An untyped floating-point constant value (never negative zero).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstFloat {
    /// Exact: numerator and denominator under 4096 bits.
    Rat(RBig),
    /// `mant * 2**exp`, `mant` non-zero, odd and of at most 512 bits.
    Big { mant: IBig, exp: isize },
}

/// The float result is not representable (an exponent beyond big.Float's range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotRepresentable;

fn ctx(prec: usize) -> Context<HalfEven> {
    Context::new(prec)
}

fn small_int(x: &UBig) -> bool {
    (x.bit_len() as isize) < MAX_EXP
}

/// big.Float's `MantExp` exponent: `x = m * 2**e` with `0.5 <= |m| < 1`.
fn mant_exp(mant: &IBig, exp: isize) -> isize {
    exp + mant.unsigned_abs().bit_len() as isize
}

impl ConstFloat {
    pub fn zero() -> Self {
        ConstFloat::Rat(RBig::ZERO)
    }

    /// go/constant's `makeRat`: exact while small, otherwise rounded to 512 bits.
    pub(crate) fn from_rat(r: RBig) -> Self {
        if small_int(&r.numerator().unsigned_abs()) && small_int(r.denominator()) {
            return ConstFloat::Rat(r);
        }
        let (n, d) = r.into_parts();
        let q = ctx(PREC)
            .div(&Repr::new(n, 0), &Repr::new(d.into(), 0))
            .map(|v| v.value());
        match q {
            Ok(f) => Self::from_float(f).unwrap_or_else(|_| Self::zero()),
            Err(_) => Self::zero(),
        }
    }

    /// go/constant's `ToFloat` of an integer.
    pub(crate) fn from_int(i: &IBig) -> Self {
        if small_int(&i.unsigned_abs()) {
            return ConstFloat::Rat(RBig::from(i.clone()));
        }
        let f = ctx(PREC).convert_int::<2>(i.clone()).value();
        Self::from_float(f).unwrap_or_else(|_| Self::zero())
    }

    /// go/constant's `MakeFloat64` of a finite value (negative zero becomes zero).
    pub fn from_f64(v: f64) -> Self {
        if v == 0.0 || !v.is_finite() {
            return Self::zero();
        }
        let bits = v.to_bits();
        let neg = bits >> 63 != 0;
        let e = ((bits >> 52) & 0x7ff) as isize;
        let frac = bits & ((1u64 << 52) - 1);
        let (m, exp) = if e == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), e - 1075)
        };
        let m = IBig::from(m);
        let m = if neg { -m } else { m };
        Self::from_rat(scale2(m, exp))
    }

    /// go/constant's `makeFloat`: zero becomes the rational zero; an exponent beyond
    /// big.Float's range is not representable.
    fn from_float(f: Float) -> Result<Self, NotRepresentable> {
        let (mant, exp) = f.into_repr().into_parts();
        if mant == IBig::ZERO {
            return Ok(Self::zero());
        }
        let e = mant_exp(&mant, exp);
        if e > FLOAT_MAX_EXP {
            return Err(NotRepresentable);
        }
        if e < FLOAT_MIN_EXP {
            return Ok(Self::zero());
        }
        Ok(normal_big(mant, exp))
    }

    fn to_float(&self) -> Float {
        match self {
            ConstFloat::Big { mant, exp } => {
                Float::from_repr(Repr::new(mant.clone(), *exp), ctx(PREC))
            }
            ConstFloat::Rat(r) => {
                let (n, d) = (r.numerator().clone(), r.denominator().clone());
                let v = ctx(PREC)
                    .div(&Repr::new(n, 0), &Repr::new(d.into(), 0))
                    .map(|v| v.value());
                v.unwrap_or(Float::ZERO)
            }
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, ConstFloat::Rat(r) if r.is_zero())
    }

    pub fn sign(&self) -> Ordering {
        match self {
            ConstFloat::Rat(r) => r.numerator().cmp(&IBig::ZERO),
            ConstFloat::Big { mant, .. } => mant.cmp(&IBig::ZERO),
        }
    }

    pub(crate) fn neg(&self) -> Self {
        match self {
            ConstFloat::Rat(r) => ConstFloat::Rat(-r.clone()),
            ConstFloat::Big { mant, exp } => ConstFloat::Big {
                mant: -mant.clone(),
                exp: *exp,
            },
        }
    }

    /// `x op y` for `+ - * /` (`/` by a non-zero divisor: the caller checks).
    pub(crate) fn arith(&self, op: char, y: &Self) -> Result<Self, NotRepresentable> {
        if let (ConstFloat::Rat(a), ConstFloat::Rat(b)) = (self, y) {
            let r = match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                _ => a / b,
            };
            return Ok(Self::from_rat(r));
        }
        let (a, b) = (self.to_float(), y.to_float());
        let c = ctx(PREC);
        let r = match op {
            '+' => c.add(a.repr(), b.repr()),
            '-' => c.sub(a.repr(), b.repr()),
            '*' => c.mul(a.repr(), b.repr()),
            _ => c.div(a.repr(), b.repr()),
        };
        match r {
            Ok(v) => Self::from_float(v.value()),
            Err(_) => Err(NotRepresentable),
        }
    }

    pub(crate) fn cmp(&self, y: &Self) -> Ordering {
        if let (ConstFloat::Rat(a), ConstFloat::Rat(b)) = (self, y) {
            return a.cmp(b);
        }
        let (a, b) = (self.to_float(), y.to_float());
        a.partial_cmp(&b).unwrap_or(Ordering::Equal)
    }

    /// go/constant's `ToInt`: the integer value, if the float is one (a 512-bit float
    /// within 4 bits of an integer counts as that integer, as rounding errors of
    /// earlier operations are assumed).
    pub(crate) fn to_int(&self) -> Option<IBig> {
        match self {
            ConstFloat::Rat(r) => r.is_int().then(|| r.numerator().clone()),
            ConstFloat::Big { mant, exp } => {
                let e = mant_exp(mant, *exp);
                if e <= -MAX_EXP || e >= MAX_EXP {
                    return None;
                }
                if *exp >= 0 {
                    return Some(mant.clone() << (*exp as usize));
                }
                // Rounded to 508 bits toward zero, then away from zero.
                const DELTA_PREC: usize = PREC - 4;
                let mag = mant.unsigned_abs();
                let n = mag.bit_len();
                if n <= DELTA_PREC {
                    return None;
                }
                let k = n - DELTA_PREC;
                let trunc = &mag >> k;
                let dropped = mag != (&trunc << k);
                let neg = *mant < IBig::ZERO;
                for cand in [
                    trunc.clone(),
                    if dropped {
                        trunc + UBig::ONE
                    } else {
                        UBig::ZERO
                    },
                ] {
                    if cand == UBig::ZERO {
                        continue;
                    }
                    let tz = cand.trailing_zeros().unwrap_or(0) as isize;
                    let e2 = *exp + k as isize;
                    if e2 + tz >= 0 {
                        let v = IBig::from(cand);
                        let v = if e2 >= 0 {
                            v << (e2 as usize)
                        } else {
                            v >> ((-e2) as usize)
                        };
                        return Some(if neg { -v } else { v });
                    }
                }
                None
            }
        }
    }

    /// The nearest float64 (ties to even), `None` when it overflows to an infinity.
    pub fn to_f64(&self) -> Option<f64> {
        self.round(53, -1074, 1023)
    }

    /// The nearest float32 (ties to even), `None` when it overflows to an infinity.
    pub fn to_f32(&self) -> Option<f32> {
        self.round(24, -149, 127).map(|v| v as f32)
    }

    /// Rounds to a binary float with `p` mantissa bits, smallest ulp `2**min_ulp` and
    /// largest exponent `max_exp`; the result is exact in f64.
    fn round(&self, p: isize, min_ulp: isize, max_exp: isize) -> Option<f64> {
        let (neg, num, den, exp2) = match self {
            ConstFloat::Rat(r) => (
                *r.numerator() < IBig::ZERO,
                r.numerator().unsigned_abs(),
                r.denominator().clone(),
                0isize,
            ),
            ConstFloat::Big { mant, exp } => {
                (*mant < IBig::ZERO, mant.unsigned_abs(), UBig::ONE, *exp)
            }
        };
        if num == UBig::ZERO {
            return Some(0.0);
        }
        // lg = floor(log2(value)).
        let lg0 = num.bit_len() as isize - den.bit_len() as isize + exp2 - 1;
        if lg0 > max_exp + 1 {
            return None;
        }
        if lg0 < min_ulp - 3 {
            return Some(if neg { -0.0 } else { 0.0 });
        }
        let ge = |s: isize| -> bool {
            // value >= 2**s ?
            let sh = exp2 - s;
            if sh >= 0 {
                (&num << sh as usize) >= den
            } else {
                num >= (&den << (-sh) as usize)
            }
        };
        let lg = if ge(lg0 + 1) {
            lg0 + 1
        } else if ge(lg0) {
            lg0
        } else {
            lg0 - 1
        };
        if lg > max_exp {
            return None;
        }
        let u = (lg - (p - 1)).max(min_ulp);
        // q2 = floor(value / 2**(u-1)), sticky = remainder != 0.
        let sh = exp2 - u + 1;
        let (n, d) = if sh >= 0 {
            (&num << sh as usize, den.clone())
        } else {
            (num.clone(), &den << (-sh) as usize)
        };
        let q2 = &n / &d;
        let sticky = &q2 * &d != n;
        let half = q2.bit(0);
        let mut q = q2 >> 1;
        if half && (sticky || q.bit(0)) {
            q += UBig::ONE;
        }
        let q = u64::try_from(&q).ok()?;
        if q == 0 {
            return Some(if neg { -0.0 } else { 0.0 });
        }
        // q <= 2**p; value = q * 2**u.
        let top = 63 - q.leading_zeros() as isize + u;
        if top > max_exp {
            return None;
        }
        let v = q as f64 * pow2(u);
        Some(if neg { -v } else { v })
    }
}

/// `2**u` for `-1074 <= u <= 1023`.
fn pow2(u: isize) -> f64 {
    if u >= -1022 {
        f64::from_bits(((u + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (u + 1074))
    }
}

/// `m * 2**e` as an exact rational.
pub(crate) fn scale2(m: IBig, e: isize) -> RBig {
    if e >= 0 {
        RBig::from(m << e as usize)
    } else {
        RBig::from_parts(m, UBig::ONE << (-e) as usize)
    }
}

fn normal_big(mant: IBig, exp: isize) -> ConstFloat {
    let tz = (&mant).unsigned_abs().trailing_zeros().unwrap_or(0);
    ConstFloat::Big {
        mant: mant >> tz,
        exp: exp + tz as isize,
    }
}

/// A decimal (or hexadecimal, with `hex`) floating-point literal's value as
/// go/constant's `MakeFromLiteral` finds it: parsed as a 512-bit float the way
/// big.Float's `SetString` does; if its exponent is small, parsed exactly instead.
/// `mant` is the literal's digits as an integer; the value is
/// `mant * 10**exp10 * 2**exp2`.
pub(crate) fn from_literal(
    mant: UBig,
    exp10: isize,
    exp2: isize,
) -> Result<ConstFloat, NotRepresentable> {
    if mant == UBig::ZERO {
        return Ok(ConstFloat::zero());
    }
    // big.Float: the mantissa rounded to 512 bits, times 2**(exp2+exp10), times or
    // divided by 5**|exp10| computed at 576 bits.
    let z = Float::from_repr(Repr::new(IBig::from(mant.clone()), exp2 + exp10), ctx(0));
    let z = z.with_precision(PREC).value();
    let f = if exp10 == 0 {
        z
    } else {
        let p = pow5(exp10.unsigned_abs());
        let c = ctx(PREC);
        let r = if exp10 < 0 {
            c.div(z.repr(), p.repr())
        } else {
            c.mul(z.repr(), p.repr())
        };
        r.map_err(|_| NotRepresentable)?.value()
    };
    let (m, e) = f.repr().clone().into_parts();
    if m == IBig::ZERO {
        return Ok(ConstFloat::zero());
    }
    let me = mant_exp(&m, e);
    if me > FLOAT_MAX_EXP {
        return Err(NotRepresentable);
    }
    if me < FLOAT_MIN_EXP {
        return Ok(ConstFloat::zero());
    }
    if -MAX_EXP < me && me < MAX_EXP {
        // Exact.
        let m = IBig::from(mant);
        let r = scale2(m, exp2);
        let p10 = UBig::from(10u8).pow(exp10.unsigned_abs());
        let r = if exp10 >= 0 {
            r * RBig::from(p10)
        } else {
            r / RBig::from(p10)
        };
        return Ok(ConstFloat::Rat(r));
    }
    Ok(normal_big(m, e))
}

/// big.Float's `pow5`: exact up to 5**27, otherwise by squaring at 576 bits.
fn pow5(n: usize) -> Float {
    const M: usize = 27;
    let five27 = UBig::from(5u8).pow(M.min(n));
    if n <= M {
        return Float::from_repr(Repr::new(IBig::from(five27), 0), ctx(PREC + 64));
    }
    let c = ctx(PREC + 64);
    let mut z = Float::from_repr(Repr::new(IBig::from(five27), 0), c);
    let mut f = Float::from_repr(Repr::new(IBig::from(5u8), 0), c);
    let mut n = n - M;
    while n > 0 {
        if n & 1 != 0 {
            z = c.mul(z.repr(), f.repr()).map(|v| v.value()).unwrap_or(z);
        }
        f = c.mul(f.repr(), f.repr()).map(|v| v.value()).unwrap_or(f);
        n >>= 1;
    }
    z
}

impl std::fmt::Display for ConstFloat {
    /// go/constant's `String` of a float: `%.6g` of the float64 value, or an
    /// approximation `%.6ge%+d` outside float64's range.
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let v = self.to_f64();
        if let Some(x) = v.filter(|x| (*x == 0.0) == self.is_zero()) {
            let mut s = format_g(x, Some(6));
            if !self.to_exact_int_quick() && !s.contains('.') {
                s = format_g(x, None);
            }
            return out.write_str(&s);
        }
        let (mant, exp) = match self {
            ConstFloat::Big { mant, exp } => (mant.clone(), *exp),
            ConstFloat::Rat(_) => {
                let f = self.to_float();
                f.into_repr().into_parts()
            }
        };
        let me = mant_exp(&mant, exp);
        // m = mant / 2**bitlen, 0.5 <= |m| < 1.
        let bits = (&mant).unsigned_abs().bit_len() as isize;
        let top = if bits > 60 {
            &mant >> (bits - 60) as usize
        } else {
            mant.clone() << (60 - bits) as usize
        };
        let mut m = i64::try_from(&top).unwrap_or(0) as f64 / (1u64 << 60) as f64;
        let d = me as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
        let mut e = d as i64;
        m *= 10f64.powf(d - e as f64);
        let am = m.abs();
        if am < 1.0 - 0.5e-6 {
            m *= 10.0;
            e -= 1;
        } else if am >= 10.0 {
            m /= 10.0;
            e += 1;
        }
        write!(
            out,
            "{}e{}{}",
            format_g(m, Some(6)),
            if e < 0 { '-' } else { '+' },
            e.unsigned_abs()
        )
    }
}

impl ConstFloat {
    /// Whether the value is an integer (exactly).
    fn to_exact_int_quick(&self) -> bool {
        match self {
            ConstFloat::Rat(r) => r.is_int(),
            ConstFloat::Big { exp, .. } => *exp >= 0,
        }
    }
}

/// Go's `%g` (`prec` digits) or `%g` shortest (`None`) of a finite float64.
pub(crate) fn format_g(x: f64, prec: Option<usize>) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = match prec {
        Some(p) => format!("{:.*e}", p.max(1) - 1, x),
        None => format!("{x:e}"),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    // Shortest formatting decides with precision 6, as strconv does.
    let eprec = prec.unwrap_or(6) as i32;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else {
        let dp = exp + 1;
        let nd = digits.len() as i32;
        if dp <= 0 {
            out.push_str("0.");
            for _ in 0..-dp {
                out.push('0');
            }
            out.push_str(&digits);
        } else if dp >= nd {
            out.push_str(&digits);
            for _ in 0..dp - nd {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..dp as usize]);
            out.push('.');
            out.push_str(&digits[dp as usize..]);
        }
    }
    out
}
