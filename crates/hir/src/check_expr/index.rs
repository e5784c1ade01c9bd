//! Index and slice expressions (`a[i]`, `s[lo:hi:max]`) over arrays, pointers to arrays,
//! slices and strings, with types2's constant index checks (`invalid argument: index 5
//! out of bounds [0:3]`). Ported from types2's index.go; map indexing is `map.rs`'s,
//! generic instantiation is reported as unsupported.

use golift_syntax::ast::ExprId;

use crate::checker::{Checker, Mode, Operand};
use crate::consts;
use crate::{BasicKind, ConstValue, Ty, TyKind};

impl Checker<'_> {
    pub(super) fn index_expr(&mut self, e: ExprId, x: ExprId, indices: &[ExprId]) -> Operand {
        let mut o = self.expr_or_type(x);
        match o.mode {
            Mode::Invalid => {
                // An instantiation `f[int]` of an invalid or unsupported `f` too.
                self.use_exprs(indices);
                return Operand::invalid(e);
            }
            Mode::TypeExpr => {
                self.unsupported(self.pos(e), "generic types");
                return Operand::invalid(e);
            }
            _ => {}
        }
        self.single_value(&mut o);
        if o.is_invalid() {
            return Operand::invalid(e);
        }
        let mut length: i128 = -1;
        let u = self.under(&o.ty);
        let (mode, ty) = match u.kind() {
            TyKind::Basic(BasicKind::String | BasicKind::UntypedString) => {
                if let Some(ConstValue::String(s)) = o.const_val() {
                    length = s.len() as i128;
                }
                (Mode::Value, Ty::byte())
            }
            TyKind::Array(n, elem) => {
                length = i128::from(*n);
                let mode = if o.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                (mode, elem.clone())
            }
            TyKind::Pointer(base) => match self.under(base).kind() {
                TyKind::Array(n, elem) => {
                    length = i128::from(*n);
                    (Mode::Variable, elem.clone())
                }
                _ => (Mode::Invalid, Ty::invalid()),
            },
            TyKind::Slice(elem) => (Mode::Variable, elem.clone()),
            TyKind::Map(k, v) => {
                let (k, v) = (k.clone(), v.clone());
                return self.map_index(e, indices, &k, &v);
            }
            _ => (Mode::Invalid, Ty::invalid()),
        };
        if mode == Mode::Invalid {
            let msg = format!("invalid operation: cannot index {}", self.ostr(&o));
            let pos = self.pos(e);
            self.error(pos, msg);
            for &i in indices {
                self.expr(i);
            }
            return Operand::invalid(e);
        }
        match indices {
            [] => {
                let pos = self.pos(e);
                self.error(
                    pos,
                    format!("invalid AST: missing index for {}", self.estr(x)),
                );
                return Operand::invalid(e);
            }
            [i] => {
                self.index(*i, length);
            }
            [i, j, ..] => {
                let pos = self.pos(*j);
                self.error(pos, "invalid operation: more than one index");
                self.index(*i, length);
            }
        }
        Operand { mode, ty, expr: e }
    }

    /// Checks an index; returns its constant value if known (`-1` otherwise) or `None`
    /// if invalid. `max >= 0` is an exclusive upper bound.
    pub(crate) fn index(&mut self, i: ExprId, max: i128) -> Option<i128> {
        let mut x = self.expr(i);
        if !self.is_valid_index(&mut x, "index", false) {
            return None;
        }
        let Some(v) = x.const_val().and_then(ConstValue::as_i128) else {
            return Some(-1);
        };
        if max >= 0 && v >= max {
            let msg = format!("invalid argument: index {v} out of bounds [0:{max}]");
            let pos = self.pos(i);
            self.error(pos, msg);
            return None;
        }
        Some(v)
    }

    pub(crate) fn is_valid_index(&mut self, x: &mut Operand, what: &str, allow_neg: bool) -> bool {
        if x.is_invalid() {
            return false;
        }
        self.convert_untyped(x, &Ty::basic(BasicKind::Int));
        if x.is_invalid() {
            return false;
        }
        let pos = self.pos(x.expr);
        if !self.is_integer(&x.ty) {
            let msg = format!("invalid argument: {what} {} must be integer", self.ostr(x));
            self.error(pos, msg);
            return false;
        }
        if let Some(ConstValue::Int(v)) = x.const_val() {
            if !allow_neg && *v < dashu_int::IBig::ZERO {
                let msg = format!(
                    "invalid argument: {what} {} must not be negative",
                    self.ostr(x)
                );
                self.error(pos, msg);
                return false;
            }
            if consts::representable(&ConstValue::Int(v.clone()), BasicKind::Int).is_none() {
                let msg = format!("invalid argument: {what} {} overflows int", self.ostr(x));
                self.error(pos, msg);
                return false;
            }
        }
        true
    }

    pub(super) fn slice_expr(
        &mut self,
        e: ExprId,
        x: ExprId,
        idx: [Option<ExprId>; 3],
        full: bool,
    ) -> Operand {
        let mut o = self.expr(x);
        if o.is_invalid() {
            for i in idx.into_iter().flatten() {
                self.expr(i);
            }
            return Operand::invalid(e);
        }
        let mut length: i128 = -1;
        let u = self.under(&o.ty);
        let ty = match u.kind() {
            TyKind::Basic(b) if matches!(b, BasicKind::String | BasicKind::UntypedString) => {
                if full {
                    let at = idx[2].map(|i| self.pos(i)).unwrap_or_else(|| self.pos(e));
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid(e);
                }
                if let Some(ConstValue::String(s)) = o.const_val() {
                    length = s.len() as i128;
                }
                if b.is_untyped() {
                    Some(Ty::basic(BasicKind::String))
                } else {
                    Some(o.ty.clone())
                }
            }
            TyKind::Array(n, elem) => {
                length = i128::from(*n);
                if o.mode != Mode::Variable {
                    let msg = format!(
                        "invalid operation: {} (slice of unaddressable value)",
                        self.ostr(&o)
                    );
                    let pos = self.pos(x);
                    self.error(pos, msg);
                    return Operand::invalid(e);
                }
                Some(Ty::new(TyKind::Slice(elem.clone())))
            }
            TyKind::Pointer(base) => match self.under(base).kind() {
                TyKind::Array(n, elem) => {
                    length = i128::from(*n);
                    Some(Ty::new(TyKind::Slice(elem.clone())))
                }
                _ => None,
            },
            TyKind::Slice(_) => Some(o.ty.clone()),
            _ => None,
        };
        let Some(ty) = ty else {
            let msg = format!("invalid operation: cannot slice {}", self.ostr(&o));
            let pos = self.pos(x);
            self.error(pos, msg);
            return Operand::invalid(e);
        };
        if full && (idx[1].is_none() || idx[2].is_none()) {
            let pos = self.pos(e);
            self.error(
                pos,
                "invalid AST: 2nd and 3rd index required in 3-index slice",
            );
            return Operand::invalid(e);
        }
        let mut ind = [-1i128; 3];
        for (i, ix) in idx.iter().enumerate() {
            let v = match ix {
                Some(ix) => {
                    let max = if length >= 0 { length + 1 } else { -1 };
                    match self.index(*ix, max) {
                        Some(v) if v >= 0 => v,
                        _ => -1,
                    }
                }
                None if i == 0 => 0,
                None if length >= 0 => length,
                None => -1,
            };
            ind[i] = v;
        }
        'outer: for i in 0..2 {
            let xv = ind[i];
            if xv > 0 {
                for (j, &yv) in ind[i + 1..].iter().enumerate() {
                    if yv >= 0 && yv < xv {
                        if let Some(at) = idx[i + 1 + j] {
                            let pos = self.pos(at);
                            self.error(pos, format!("invalid slice indices: {yv} < {xv}"));
                        }
                        break 'outer;
                    }
                }
            }
        }
        o.mode = Mode::Value;
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }
}
