//! Unary and binary operators: operand matching and untyped conversion, comparisons
//! (with types2's "incomparable" causes), shifts, and exact constant folding with
//! overflow checks (`consts` does the arithmetic). Ported from types2's expr.go;
//! channel receives (`<-x`) are `check_expr/chan.rs`'s.

use golift_syntax::ast::{BinaryOp, ExprId, ExprKind, UnaryOp};

use crate::checker::{Checker, Mode, Operand};
use crate::consts::{self, ConstError};
use crate::errors::type_string;
use crate::{BasicKind, ConstValue, Ty, TyKind};

impl Checker<'_> {
    pub(super) fn unary(
        &mut self,
        e: ExprId,
        op: UnaryOp,
        xe: ExprId,
        hint: Option<&Ty>,
    ) -> Operand {
        let pos = self.pos(e);
        match op {
            UnaryOp::Addr => {
                let inner = self.unparen(xe);
                let is_lit = matches!(self.expr_kind(inner), Some(ExprKind::CompositeLit { .. }));
                let h = hint.and_then(|h| match self.under(h).kind() {
                    TyKind::Pointer(b) => Some(b.clone()),
                    _ => None,
                });
                let mut x = self.expr_with_hint(xe, h.as_ref());
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                if !is_lit && x.mode != Mode::Variable {
                    let msg = format!(
                        "invalid operation: cannot take address of {}",
                        self.ostr(&x)
                    );
                    // types2 reports at the operand.
                    let p = self.pos(xe);
                    self.error(p, msg);
                    return Operand::invalid(e);
                }
                x.mode = Mode::Value;
                return Operand {
                    mode: Mode::Value,
                    ty: Ty::new(TyKind::Pointer(x.ty)),
                    expr: e,
                };
            }
            UnaryOp::Recv => return self.receive(e, xe),
            UnaryOp::Tilde => {
                self.unsupported(pos, "type constraints");
                return Operand::invalid(e);
            }
            _ => {}
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(&x.ty),
            UnaryOp::Not => self.is_boolean(&x.ty),
            UnaryOp::Complement => self.is_integer(&x.ty),
            _ => false,
        };
        if !ok {
            let opstr = match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                _ => "^",
            };
            let msg = format!(
                "invalid operation: operator {opstr} not defined on {}",
                self.ostr(&x)
            );
            let xpos = self.pos(x.expr);
            self.error(xpos, msg);
            return Operand::invalid(e);
        }
        x.expr = e;
        if let Mode::Const(v) = &x.mode {
            let kind = self.under_basic(&x.ty);
            let bits = kind.and_then(consts::unsigned_bits);
            match consts::unary(op, v, bits) {
                Ok(nv) => {
                    if Self::is_untyped(&x.ty) && consts::int_too_big(&nv) {
                        let what = consts::unary_op_name(op);
                        self.error(pos, format!("constant {what} overflow"));
                        return Operand::invalid(e);
                    }
                    x.mode = Mode::Const(nv);
                    self.overflow(&mut x);
                }
                Err(_) => {
                    self.unsupported(pos, "this constant operation");
                    return Operand::invalid(e);
                }
            }
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    /// types2's `overflow`: typed constants must be representable in their type.
    fn overflow(&mut self, x: &mut Operand) {
        let Mode::Const(v) = &x.mode else { return };
        if let Some(b) = self.under_basic(&x.ty) {
            if !b.is_untyped() {
                match consts::representable(v, b) {
                    Some(nv) => x.mode = Mode::Const(nv),
                    None => {
                        let t = self.under(&x.ty);
                        let code = if matches!(v, ConstValue::Float(_)) && b.is_integer() {
                            crate::checker::ConvError::Truncated
                        } else if matches!(v, ConstValue::Int(_) | ConstValue::Float(_)) {
                            crate::checker::ConvError::Overflow
                        } else {
                            crate::checker::ConvError::Invalid
                        };
                        self.invalid_conversion(code, x, &t);
                        x.mode = Mode::Invalid;
                    }
                }
            }
        }
    }

    pub(crate) fn binary(
        &mut self,
        e: ExprId,
        op: BinaryOp,
        xe: ExprId,
        ye: ExprId,
        op_pos: u32,
    ) -> Operand {
        let x = self.expr(xe);
        let y = self.expr(ye);
        self.binary_operands(e, op, x, y, op_pos, None)
    }

    /// The operator part of a binary expression (also used by `x op= y`, where `e` is
    /// `None`-like: `assign_text` gives the statement text for messages).
    pub(crate) fn binary_operands(
        &mut self,
        e: ExprId,
        op: BinaryOp,
        mut x: Operand,
        mut y: Operand,
        op_pos: u32,
        assign_text: Option<String>,
    ) -> Operand {
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if y.is_invalid() {
            return Operand::invalid(e);
        }
        let text = assign_text.clone().unwrap_or_else(|| self.estr(e));
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, x, y, op_pos);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        use BinaryOp::*;
        if matches!(op, Eq | Ne | Lt | Le | Gt | Ge) {
            return self.comparison(e, op, x, y, CompareText::Op(&text));
        }
        if !x.ty.identical(&y.ty) {
            if !x.ty.is_invalid() && !y.ty.is_invalid() {
                let msg = format!(
                    "invalid operation: {text} (mismatched types {} and {})",
                    type_string(&x.ty),
                    type_string(&y.ty)
                );
                let pos = self.pos(x.expr);
                self.error(pos, msg);
            }
            return Operand::invalid(e);
        }
        let ok = match op {
            Add => self.is_numeric(&x.ty) || self.is_string(&x.ty),
            Sub | Mul | Div => self.is_numeric(&x.ty),
            Rem | And | Or | Xor | AndNot => self.is_integer(&x.ty),
            LogAnd | LogOr => self.is_boolean(&x.ty),
            _ => false,
        };
        if !ok {
            let msg = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.ostr(&x)
            );
            let pos = self.pos(x.expr);
            self.error(pos, msg);
            return Operand::invalid(e);
        }
        if matches!(op, Div | Rem)
            && (x.const_val().is_some() || self.is_integer(&x.ty))
            && matches!(y.const_val(), Some(ConstValue::Int(z)) if *z == dashu_int::IBig::ZERO)
        {
            let pos = self.pos(y.expr);
            self.error(pos, "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if let (Some(a), Some(b)) = (x.const_val().cloned(), y.const_val().cloned()) {
            match consts::binary(op, &a, &b) {
                Ok(v) => {
                    if Self::is_untyped(&x.ty) && consts::int_too_big(&v) {
                        let what = consts::binary_op_name(op);
                        self.error(op_pos, format!("constant {what} overflow"));
                        return Operand::invalid(e);
                    }
                    let mut r = Operand {
                        mode: Mode::Const(v),
                        ty: x.ty.clone(),
                        expr: e,
                    };
                    // Typed results wrap nowhere: they must fit (and floats are rounded).
                    self.overflow(&mut r);
                    return r;
                }
                Err(ConstError::DivByZero) => {
                    let pos = self.pos(y.expr);
                    self.error(pos, "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
                Err(ConstError::NotRepresentable) => {
                    self.error(op_pos, "constant result is not representable");
                    return Operand::invalid(e);
                }
                Err(ConstError::Unsupported) => {
                    self.unsupported(op_pos, "this constant operation");
                    return Operand::invalid(e);
                }
            }
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            expr: e,
        }
    }

    /// types2 1.19's `canMix` and implicit conversion of untyped operands.
    fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        let can_mix = |c: &mut Self, x: &Operand, y: &Operand| -> bool {
            let iface = |c: &mut Self, t: &Ty| matches!(c.under(t).kind(), TyKind::Interface(_));
            if iface(c, &x.ty) || iface(c, &y.ty) {
                return true;
            }
            if c.is_boolean(&x.ty) != c.is_boolean(&y.ty) {
                return false;
            }
            if c.is_string(&x.ty) != c.is_string(&y.ty) {
                return false;
            }
            if x.is_nil() && !c.has_nil(&y.ty) {
                return false;
            }
            if y.is_nil() && !c.has_nil(&x.ty) {
                return false;
            }
            true
        };
        if can_mix(self, x, y) {
            let yt = y.ty.clone();
            self.convert_untyped(x, &yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.ty.clone();
            self.convert_untyped(y, &xt);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
            }
        }
    }

    pub(crate) fn comparable(&mut self, ty: &Ty) -> bool {
        self.comparable_depth(ty, 0)
    }

    fn comparable_depth(&mut self, ty: &Ty, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        let u = self.under(ty);
        match u.kind() {
            TyKind::Basic(b) => *b != BasicKind::UntypedNil,
            TyKind::Pointer(_) | TyKind::Chan(..) | TyKind::Interface(_) | TyKind::Invalid => true,
            TyKind::Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_depth(&f.ty, depth + 1)),
            TyKind::Array(_, elem) => self.comparable_depth(elem, depth + 1),
            _ => false,
        }
    }

    fn kind_string(&mut self, ty: &Ty) -> String {
        match self.under(ty).kind() {
            TyKind::Array(..) => "array".to_string(),
            TyKind::Slice(_) => "slice".to_string(),
            TyKind::Struct(_) => "struct".to_string(),
            TyKind::Pointer(_) => "pointer".to_string(),
            TyKind::Func { .. } => "func".to_string(),
            TyKind::Interface(_) => "interface".to_string(),
            TyKind::Map(..) => "map".to_string(),
            TyKind::Chan(..) => "chan".to_string(),
            _ => type_string(ty),
        }
    }

    fn comparison(
        &mut self,
        e: ExprId,
        op: BinaryOp,
        x: Operand,
        y: Operand,
        text: CompareText<'_>,
    ) -> Operand {
        use BinaryOp::*;
        let mut err: Option<(ExprId, String)> = None;
        let ok = self.assignable(&x, &y.ty) || self.assignable(&y, &x.ty);
        if !ok {
            err = Some((
                y.expr,
                format!(
                    "mismatched types {} and {}",
                    type_string(&x.ty),
                    type_string(&y.ty)
                ),
            ));
        } else if matches!(op, Eq | Ne) {
            if x.is_nil() || y.is_nil() {
                let t = if x.is_nil() {
                    y.ty.clone()
                } else {
                    x.ty.clone()
                };
                if !self.has_nil(&t) {
                    let ks = self.kind_string(&y.ty);
                    err = Some((
                        y.expr,
                        format!("operator {} not defined on {ks}", op.as_str()),
                    ));
                }
            } else if !self.comparable(&x.ty) {
                let ks = self.kind_string(&x.ty);
                let cause = self.incomparable_cause(&x.ty, op, &ks);
                err = Some((x.expr, cause));
            } else if !self.comparable(&y.ty) {
                let ks = self.kind_string(&y.ty);
                let cause = self.incomparable_cause(&y.ty, op, &ks);
                err = Some((y.expr, cause));
            }
        } else {
            let ordered = |c: &mut Self, t: &Ty| {
                c.under_basic(t).is_some_and(|b| {
                    b.is_integer()
                        || matches!(
                            b,
                            BasicKind::String
                                | BasicKind::UntypedString
                                | BasicKind::Float32
                                | BasicKind::Float64
                                | BasicKind::UntypedFloat
                        )
                })
            };
            if !ordered(self, &x.ty) {
                let ks = self.kind_string(&x.ty);
                err = Some((
                    x.expr,
                    format!("operator {} not defined on {ks}", op.as_str()),
                ));
            } else if !ordered(self, &y.ty) {
                let ks = self.kind_string(&y.ty);
                err = Some((
                    y.expr,
                    format!("operator {} not defined on {ks}", op.as_str()),
                ));
            }
        }
        if let Some((at, cause)) = err {
            match text {
                CompareText::Op(text) => {
                    let pos = self.pos(at);
                    self.error(pos, format!("invalid operation: {text} ({cause})"));
                }
                CompareText::SwitchCase { tag } => {
                    // types2 reports a case at the case value, whichever operand is at fault.
                    let pos = self.pos(x.expr);
                    let case = self.estr(x.expr);
                    self.error(
                        pos,
                        format!("invalid case {case} in switch on {tag} ({cause})"),
                    );
                }
            }
            return Operand::invalid(e);
        }
        if let (Some(a), Some(b)) = (x.const_val(), y.const_val()) {
            if let Ok(v) = consts::binary(op, a, b) {
                return Operand {
                    mode: Mode::Const(v),
                    ty: Ty::basic(BasicKind::UntypedBool),
                    expr: e,
                };
            }
        }
        let xd = Self::default_type(&x.ty);
        let yd = Self::default_type(&y.ty);
        self.update_expr_type(x.expr, &xd, true);
        self.update_expr_type(y.expr, &yd, true);
        Operand {
            mode: Mode::Value,
            ty: Ty::basic(BasicKind::UntypedBool),
            expr: e,
        }
    }

    /// types2's `comparison` with `switchCase` set: the case value `v` against the
    /// switch's tag (`tag_text` as written; `true` for a switch without a tag). Whether
    /// they compare; errors are reported.
    pub(crate) fn case_comparison(&mut self, v: &Operand, tag: &Operand, tag_text: &str) -> bool {
        let r = self.comparison(
            v.expr,
            BinaryOp::Eq,
            v.clone(),
            tag.clone(),
            CompareText::SwitchCase { tag: tag_text },
        );
        !r.is_invalid()
    }

    fn incomparable_cause(&mut self, ty: &Ty, op: BinaryOp, ks: &str) -> String {
        match self.under(ty).kind() {
            TyKind::Slice(_) | TyKind::Func { .. } | TyKind::Map(..) => {
                format!("{ks} can only be compared to nil")
            }
            _ => format!("operator {} not defined on {ks}", op.as_str()),
        }
    }

    fn shift(
        &mut self,
        e: ExprId,
        op: BinaryOp,
        mut x: Operand,
        mut y: Operand,
        op_pos: u32,
    ) -> Operand {
        // The left operand must be an integer (or an untyped constant representable as one).
        let xval = match x.const_val() {
            Some(ConstValue::Int(_)) => x.const_val().cloned(),
            Some(v @ (ConstValue::Float(_) | ConstValue::Complex(..))) => {
                consts::representable(v, BasicKind::UntypedInt).filter(|_| Self::is_untyped(&x.ty))
            }
            _ => None,
        };
        if Self::is_untyped(&x.ty) && xval.is_some() {
            // A constant shift gives an untyped integer; a non-constant one keeps the
            // operand's type until the context gives it one.
            if y.const_val().is_some() {
                if let Some(v) = &xval {
                    x.mode = Mode::Const(v.clone());
                }
                if !self.is_integer(&x.ty) {
                    x.ty = Ty::basic(BasicKind::UntypedInt);
                }
            }
        } else if !self.is_integer(&x.ty) {
            let msg = format!(
                "invalid operation: shifted operand {} must be integer",
                self.ostr(&x)
            );
            let pos = self.pos(x.expr);
            self.error(pos, msg);
            return Operand::invalid(e);
        }
        // The right operand must be a non-negative integer.
        if let Some(v) = y.const_val().cloned() {
            let yv = consts::representable(&v, BasicKind::UntypedInt);
            match yv {
                Some(ConstValue::Int(n)) if n < dashu_int::IBig::ZERO => {
                    let msg = format!("invalid operation: negative shift count {}", self.ostr(&y));
                    let pos = self.pos(y.expr);
                    self.error(pos, msg);
                    return Operand::invalid(e);
                }
                Some(ConstValue::Int(_)) => {
                    // A constant count must be representable as a uint but keeps its
                    // type (types2, issue #47243).
                    let uint = Ty::basic(BasicKind::Uint);
                    if Self::is_untyped(&y.ty) && self.implicit_type(&y, &uint).is_err() {
                        self.convert_untyped(&mut y, &uint);
                        return Operand::invalid(e);
                    }
                }
                _ => {
                    let msg = format!(
                        "invalid operation: shift count {} must be integer",
                        self.ostr(&y)
                    );
                    let pos = self.pos(y.expr);
                    self.error(pos, msg);
                    return Operand::invalid(e);
                }
            }
        } else if Self::is_untyped(&y.ty) && !self.is_integer(&y.ty) {
            // A non-constant untyped count (`1. << s` as a count) becomes a uint, as
            // types2 keeps doing (its bug #47410).
            let uint = Ty::basic(BasicKind::Uint);
            self.convert_untyped(&mut y, &uint);
            if y.is_invalid() {
                return Operand::invalid(e);
            }
        } else if !self.is_integer(&y.ty) {
            let msg = format!(
                "invalid operation: shift count {} must be integer",
                self.ostr(&y)
            );
            let pos = self.pos(y.expr);
            self.error(pos, msg);
            return Operand::invalid(e);
        }
        if let (Some(a), Some(b)) = (x.const_val().cloned(), y.const_val().cloned()) {
            let bound = dashu_int::IBig::from(consts::SHIFT_BOUND);
            let Some(count) = consts::to_int(&b).filter(|s| *s <= bound) else {
                let msg = format!("invalid operation: invalid shift count {}", self.ostr(&y));
                let pos = self.pos(y.expr);
                self.error(pos, msg);
                return Operand::invalid(e);
            };
            self.shift_count_type(&mut y);
            match consts::binary(op, &a, &ConstValue::Int(count)) {
                Ok(v) => {
                    if Self::is_untyped(&x.ty) && consts::int_too_big(&v) {
                        self.error(op_pos, "constant shift overflow");
                        return Operand::invalid(e);
                    }
                    let mut r = Operand {
                        mode: Mode::Const(v),
                        ty: x.ty.clone(),
                        expr: e,
                    };
                    self.overflow(&mut r);
                    return r;
                }
                Err(_) => {
                    self.error(op_pos, "constant shift overflow");
                    return Operand::invalid(e);
                }
            }
        }
        self.shift_count_type(&mut y);
        // A non-constant shift of an untyped constant keeps the untyped type: the context
        // gives it its type later, which must be an integer type (types2's `isLhs`).
        if Self::is_untyped(&x.ty) && self.untyped.contains_key(&x.expr) {
            self.shift_lhs.insert(x.expr, e);
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            expr: e,
        }
    }

    /// An untyped constant shift count is checked with its own type (messages print it)
    /// and then becomes a `uint` (it is representable: the caller checked), the type
    /// the shift's code uses.
    fn shift_count_type(&mut self, y: &mut Operand) {
        if y.const_val().is_some() && Self::is_untyped(&y.ty) {
            let uint = Ty::basic(BasicKind::Uint);
            self.convert_untyped(y, &uint);
        }
    }
}

/// How a failed comparison is reported: as the operation written (`x == y`), or as a
/// switch case compared with the tag.
#[derive(Clone, Copy)]
enum CompareText<'t> {
    Op(&'t str),
    SwitchCase { tag: &'t str },
}
