//! Package `unsafe`'s built-in functions, as types2 checks them: `Sizeof`, `Alignof`
//! and `Offsetof` are `uintptr` constants from hir's layouts (their operand is not
//! evaluated at run time), `Add(ptr, len)` is an `unsafe.Pointer`, `Slice(ptr, len)` a
//! `[]T`. The conversions between pointers, `unsafe.Pointer` and `uintptr` are
//! `builtins.rs`'s (`convertible`).

use golift_syntax::ast::{ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::{BasicKind, Builtin, ConstValue, Ty, TyKind};

impl Checker<'_> {
    /// `unsafe.F(args)` for one of the unsafe built-ins, `args` of the right count.
    pub(crate) fn unsafe_builtin(&mut self, e: ExprId, b: Builtin, args: &[ExprId]) -> Operand {
        let uintptr = Ty::basic(BasicKind::Uintptr);
        let constant = |v: u64| Operand {
            mode: Mode::Const(ConstValue::int(v as i64)),
            ty: uintptr.clone(),
            expr: e,
        };
        match (b, args) {
            (Builtin::Sizeof | Builtin::Alignof, [a]) => {
                let mut x = self.expr(*a);
                let what = if b == Builtin::Sizeof {
                    "argument to unsafe.Sizeof"
                } else {
                    "argument to unsafe.Alignof"
                };
                self.assignment(&mut x, None, what);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let layout = self.layout(&x.ty);
                constant(if b == Builtin::Sizeof {
                    layout.size
                } else {
                    layout.align
                })
            }
            (Builtin::Offsetof, [a]) => match self.offsetof(*a) {
                Some(off) => constant(off),
                None => Operand::invalid(e),
            },
            (Builtin::UnsafeAdd, [p, n]) => {
                let mut x = self.expr(*p);
                let ptr = Ty::basic(BasicKind::UnsafePointer);
                self.assignment(&mut x, Some(&ptr), "argument to unsafe.Add");
                let ok = self.length_arg(*n);
                if x.is_invalid() || !ok {
                    return Operand::invalid(e);
                }
                Operand {
                    mode: Mode::Value,
                    ty: ptr,
                    expr: e,
                }
            }
            (Builtin::UnsafeSlice, [p, n]) => {
                let x = self.expr(*p);
                if x.is_invalid() {
                    self.use_exprs(&[*n]);
                    return Operand::invalid(e);
                }
                let elem = match self.under(&x.ty).kind() {
                    TyKind::Pointer(elem) => elem.clone(),
                    _ => {
                        let msg = format!("invalid argument: {} is not a pointer", self.ostr(&x));
                        let at = self.pos(*p);
                        self.error(at, msg);
                        self.use_exprs(&[*n]);
                        return Operand::invalid(e);
                    }
                };
                if !self.length_arg(*n) {
                    return Operand::invalid(e);
                }
                Operand {
                    mode: Mode::Value,
                    ty: Ty::new(TyKind::Slice(elem)),
                    expr: e,
                }
            }
            _ => {
                let at = self.pos(e);
                self.error(
                    at,
                    "internal compiler error: an unsafe built-in's arguments",
                );
                Operand::invalid(e)
            }
        }
    }

    /// The length operand of `unsafe.Add`/`Slice`: any integer, an untyped constant
    /// converted to `int` (types2's `isValidIndex` with negatives allowed).
    fn length_arg(&mut self, n: ExprId) -> bool {
        let mut y = self.expr(n);
        if y.is_invalid() {
            return false;
        }
        let numeric = matches!(
            self.under_basic(&y.ty),
            Some(k) if k.is_integer() || matches!(k, BasicKind::UntypedRune | BasicKind::UntypedFloat)
        );
        if Self::is_untyped(&y.ty) && numeric {
            let int = Ty::basic(BasicKind::Int);
            self.assignment(&mut y, Some(&int), "argument to unsafe");
            return !y.is_invalid();
        }
        if !numeric || !self.is_integer(&y.ty) {
            let msg = format!("cannot convert {} to int", self.ostr(&y));
            let at = self.pos(n);
            self.error(at, msg);
            return false;
        }
        true
    }

    /// `unsafe.Offsetof(x.f)`: the offset of field `f` in `x`'s struct, along embedded
    /// fields that are not pointers.
    fn offsetof(&mut self, a: ExprId) -> Option<u64> {
        let inner = self.strip_parens(a);
        let Some(ExprKind::Selector { x, .. }) = self.expr_kind(inner).cloned() else {
            let o = self.expr(a);
            if !o.is_invalid() {
                let msg = format!(
                    "invalid argument: {} is not a selector expression",
                    self.estr(a)
                );
                let at = self.pos(a);
                self.error(at, msg);
            }
            return None;
        };
        let o = self.expr(inner);
        if o.is_invalid() {
            return None;
        }
        let sel = self.res.selections.get(&inner).cloned()?;
        if sel.method.is_some() {
            let msg = format!("invalid argument: {} is a method value", self.estr(inner));
            let at = self.pos(a);
            self.error(at, msg);
            return None;
        }
        let base = self.res.expr_types.get(x).cloned()?;
        let mut ty = match self.under(&base).kind() {
            TyKind::Pointer(t) => t.clone(),
            _ => base,
        };
        let mut offset = 0;
        for (depth, &i) in sel.path.iter().enumerate() {
            let under = self.under(&ty);
            let TyKind::Struct(fields) = under.kind() else {
                return None;
            };
            let field = fields.get(i as usize)?;
            offset += self.layout(&under).field_offsets.get(i as usize).copied()?;
            let last = depth + 1 == sel.path.len();
            if !last && matches!(self.under(&field.ty).kind(), TyKind::Pointer(_)) {
                let msg = format!(
                    "invalid argument: field {} is embedded via a pointer in {}",
                    self.estr(inner).rsplit('.').next().unwrap_or(""),
                    self.estr(x)
                );
                let at = self.pos(a);
                self.error(at, msg);
                return None;
            }
            ty = field.ty.clone();
        }
        Some(offset)
    }

    fn strip_parens(&self, e: ExprId) -> ExprId {
        match self.expr_kind(e) {
            Some(ExprKind::Paren(x)) => self.strip_parens(*x),
            _ => e,
        }
    }

    /// hir's layout of `ty`, named types as this checker sees them (package-level types
    /// may still be being declared).
    pub(crate) fn layout(&mut self, ty: &Ty) -> crate::TypeLayout {
        crate::layout::layout_with(&mut |t| self.under(t), ty)
    }
}
