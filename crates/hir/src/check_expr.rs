//! Expressions: the entry points (`expr`, `multi_expr`, `expr_or_type`), the dispatch on
//! expression kind, names and literals. Each other kind has a module of its own:
//! selectors, index and slice expressions, composite literals, operators and calls.
//! Ported from types2's expr.go, index.go and call.go, for golift's subset.

mod call;
mod composite;
pub(crate) mod func_lit;
mod index;
mod operators;
pub(crate) mod selector;
mod type_assert;

use golift_syntax::ast::{ExprId, ExprKind, LitKind};

use crate::checker::{Checker, Mode, Operand};
use crate::consts;
use crate::{BasicKind, Ty, TyKind};

impl Checker<'_> {
    /// Checks `e`, which may be a value, a type, a built-in or a package name.
    pub(crate) fn raw_expr(&mut self, e: ExprId, hint: Option<&Ty>) -> Operand {
        let mut x = self.expr_internal(e, hint);
        // A value of invalid type (from an erroneous or unsupported declaration, already
        // reported) is an invalid operand: no follow-on errors.
        if x.ty.is_invalid() && matches!(x.mode, Mode::Variable | Mode::Value | Mode::Const(_)) {
            x.mode = Mode::Invalid;
        }
        self.record(&x);
        x
    }

    /// Checks `e` as a single value.
    pub(crate) fn expr(&mut self, e: ExprId) -> Operand {
        self.expr_with_hint(e, None)
    }

    pub(crate) fn expr_with_hint(&mut self, e: ExprId, hint: Option<&Ty>) -> Operand {
        let mut x = self.raw_expr(e, hint);
        self.exclude_non_values(&mut x);
        self.single_value(&mut x);
        x
    }

    /// Checks `e`, which may be a multi-valued call.
    pub(crate) fn multi_expr(&mut self, e: ExprId) -> Operand {
        let mut x = self.raw_expr(e, None);
        self.exclude_non_values(&mut x);
        x
    }

    /// Checks `e` as a value or a type.
    pub(crate) fn expr_or_type(&mut self, e: ExprId) -> Operand {
        let mut x = self.raw_expr(e, None);
        match &x.mode {
            Mode::NoValue => {
                let msg = format!("{} used as value or type", self.ostr(&x));
                let pos = self.pos(e);
                self.error(pos, msg);
                x.mode = Mode::Invalid;
            }
            Mode::Package(_) => self.package_not_value(&mut x),
            _ => {}
        }
        x
    }

    fn package_not_value(&mut self, x: &mut Operand) {
        let msg = format!("use of package {} without selector", self.estr(x.expr));
        let pos = self.pos(x.expr);
        self.error(pos, msg);
        x.mode = Mode::Invalid;
    }

    fn exclude_non_values(&mut self, x: &mut Operand) {
        let what = match &x.mode {
            Mode::Builtin(_) => Some("must be called"),
            Mode::TypeExpr => Some("is not an expression"),
            Mode::NoValue => Some("used as value"),
            Mode::Package(_) => {
                self.package_not_value(x);
                return;
            }
            _ => None,
        };
        if let Some(what) = what {
            let msg = format!("{} {what}", self.ostr(x));
            let pos = self.pos(x.expr);
            self.error(pos, msg);
            x.mode = Mode::Invalid;
        }
    }

    fn expr_internal(&mut self, e: ExprId, hint: Option<&Ty>) -> Operand {
        let Some(kind) = self.expr_kind(e) else {
            return Operand::invalid(e);
        };
        let pos = self.pos(e);
        match kind {
            ExprKind::Bad => Operand::invalid(e),
            ExprKind::Name(n) => self.ident(e, n),
            ExprKind::BasicLit { kind, raw } => {
                if matches!(kind, LitKind::Float | LitKind::Imag)
                    && consts::float_literal_malformed(raw)
                {
                    self.error(pos, format!("malformed constant: {raw}"));
                    return Operand::invalid(e);
                }
                let ty = match kind {
                    LitKind::Int => BasicKind::UntypedInt,
                    LitKind::Rune => BasicKind::UntypedRune,
                    LitKind::String => BasicKind::UntypedString,
                    LitKind::Float => BasicKind::UntypedFloat,
                    LitKind::Imag => BasicKind::UntypedComplex,
                };
                match consts::literal_value(*kind, raw) {
                    Some(v) => Operand {
                        mode: Mode::Const(v),
                        ty: Ty::basic(ty),
                        expr: e,
                    },
                    None => {
                        let msg = match kind {
                            LitKind::Float => "this floating-point literal".to_string(),
                            _ => format!("literal {raw}"),
                        };
                        self.unsupported(pos, &msg);
                        Operand::invalid(e)
                    }
                }
            }
            ExprKind::CompositeLit { typ, elems, rbrace } => {
                self.composite_lit(e, *typ, elems, *rbrace, hint)
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, *body),
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(*x, hint);
                o.expr = e;
                o
            }
            ExprKind::Selector { x, sel } => self.selector(e, *x, sel),
            ExprKind::Index { x, indices } => self.index_expr(e, *x, indices),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
            } => self.slice_expr(e, *x, [*lo, *hi, *max], *full),
            ExprKind::TypeAssert { x, typ } => self.type_assert(e, *x, *typ),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                rparen,
            } => self.call(e, *fun, args, *ellipsis, *rparen),
            ExprKind::Star(x) => {
                let o = self.expr_or_type(*x);
                match o.mode {
                    Mode::Invalid => Operand::invalid(e),
                    Mode::TypeExpr => Operand {
                        mode: Mode::TypeExpr,
                        ty: Ty::new(TyKind::Pointer(o.ty)),
                        expr: e,
                    },
                    Mode::Nil => {
                        self.error(pos, "invalid operation: cannot indirect nil");
                        Operand::invalid(e)
                    }
                    _ => {
                        let mut o = o;
                        self.single_value(&mut o);
                        if o.is_invalid() {
                            return Operand::invalid(e);
                        }
                        match self.under(&o.ty).kind() {
                            TyKind::Pointer(base) => Operand {
                                mode: Mode::Variable,
                                ty: base.clone(),
                                expr: e,
                            },
                            _ => {
                                let msg =
                                    format!("invalid operation: cannot indirect {}", self.ostr(&o));
                                self.error(pos, msg);
                                Operand::invalid(e)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, *x, hint),
            ExprKind::Binary { op, x, y, op_pos } => self.binary(e, *op, *x, *y, *op_pos),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::InterfaceType { .. } => {
                let ty = self.typ(e);
                if ty.is_invalid() {
                    Operand::invalid(e)
                } else {
                    Operand {
                        mode: Mode::TypeExpr,
                        ty,
                        expr: e,
                    }
                }
            }
        }
    }

    pub(crate) fn unparen(&self, mut e: ExprId) -> ExprId {
        for _ in 0..1000 {
            match self.expr_kind(e) {
                Some(ExprKind::Paren(x)) => e = *x,
                _ => break,
            }
        }
        e
    }
}
