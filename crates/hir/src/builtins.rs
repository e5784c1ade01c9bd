//! Calls of built-in functions (`len`, `cap`, `append`, `make`, `new`, `copy`, `delete`,
//! `panic`, `print`, `println`) and conversions `T(x)`, after types2's builtins.go and
//! conversions.go.

use golift_syntax::ast::{ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::consts;
use crate::errors::type_string;
use crate::universe::{builtin_name, empty_interface};
use crate::{BasicKind, Builtin, CallKind, ConstValue, Ty, TyKind};

impl Checker<'_> {
    pub(crate) fn builtin_call(
        &mut self,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
        ellipsis: bool,
        _rparen: u32,
    ) -> Operand {
        let name = builtin_name(b);
        let pos = self.pos(e);
        if ellipsis && b != Builtin::Append {
            self.error(
                pos,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for &a in args {
                self.raw_expr(a, None);
            }
            return Operand::invalid(e);
        }
        let (min, variadic) = match b {
            Builtin::Append | Builtin::Make => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::Complex
            | Builtin::Copy
            | Builtin::Delete
            | Builtin::UnsafeAdd
            | Builtin::UnsafeSlice => (2, false),
            _ => (1, false),
        };
        // Evaluate arguments (make and new take a type first).
        let mut xs: Vec<Operand> = Vec::new();
        let nargs;
        let unsafe_fn = matches!(
            b,
            Builtin::Sizeof
                | Builtin::Alignof
                | Builtin::Offsetof
                | Builtin::UnsafeAdd
                | Builtin::UnsafeSlice
        );
        if matches!(b, Builtin::Make | Builtin::New) || unsafe_fn {
            nargs = args.len();
        } else {
            xs = self.arg_list(args);
            nargs = xs.len();
            if let Some(x) = xs.first() {
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
            }
        }
        let q = if nargs < min {
            Some("not enough")
        } else if !variadic && nargs > min {
            Some("too many")
        } else {
            None
        };
        if let Some(q) = q {
            let call = self.estr(e);
            self.error(
                pos,
                format!(
                    "invalid operation: {q} arguments for {call} (expected {min}, found {nargs})"
                ),
            );
            if unsafe_fn {
                self.use_exprs(args);
            }
            return Operand::invalid(e);
        }
        if unsafe_fn {
            return self.unsafe_builtin(e, b, args);
        }
        let int = Ty::basic(BasicKind::Int);
        match b {
            Builtin::Append => {
                let mut xs = xs.into_iter();
                let Some(s) = xs.next() else {
                    return Operand::invalid(e);
                };
                let elem = match self.under(&s.ty).kind() {
                    TyKind::Slice(elem) => elem.clone(),
                    _ => {
                        let cause = if s.is_nil() {
                            "have untyped nil".to_string()
                        } else {
                            format!("have {}", self.ostr(&s))
                        };
                        let p = self.pos(s.expr);
                        self.error(
                            p,
                            format!("first argument to append must be a slice; {cause}"),
                        );
                        return Operand::invalid(e);
                    }
                };
                let rest: Vec<Operand> = xs.collect();
                if ellipsis {
                    if let [y] = rest.as_slice() {
                        let mut y = y.clone();
                        if y.is_invalid() {
                            return Operand::invalid(e);
                        }
                        // append([]byte, string...)
                        if elem.as_basic() == Some(BasicKind::Uint8) && self.is_string(&y.ty) {
                            let st = Ty::basic(BasicKind::String);
                            self.convert_untyped(&mut y, &st);
                        } else {
                            let slice = Ty::new(TyKind::Slice(elem.clone()));
                            self.assignment(&mut y, Some(&slice), "argument to append");
                        }
                    } else {
                        let have: Vec<Ty> = std::iter::once(s.ty.clone())
                            .chain(rest.iter().map(|r| r.ty.clone()))
                            .collect();
                        let have = self.types_summary(&have, false);
                        let slice = Ty::new(TyKind::Slice(elem.clone()));
                        let want = self.types_summary(&[s.ty.clone(), slice], true);
                        let q = if rest.len() > 1 {
                            "too many"
                        } else {
                            "not enough"
                        };
                        let at = rest.get(1).map(|r| r.expr).unwrap_or(s.expr);
                        let p = if rest.is_empty() { pos } else { self.pos(at) };
                        self.error(
                            p,
                            format!(
                                "{q} arguments in call to append\n\thave {have}\n\twant {want}"
                            ),
                        );
                        return Operand::invalid(e);
                    }
                } else {
                    for mut y in rest {
                        if y.is_invalid() {
                            return Operand::invalid(e);
                        }
                        self.assignment(&mut y, Some(&elem), "argument to append");
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: s.ty,
                    expr: e,
                }
            }
            Builtin::Close => match xs.into_iter().next() {
                Some(x) => self.close_builtin(e, x),
                None => Operand::invalid(e),
            },
            Builtin::Len | Builtin::Cap => {
                let Some(x) = xs.into_iter().next() else {
                    return Operand::invalid(e);
                };
                let mut u = self.under(&x.ty);
                if let TyKind::Pointer(base) = u.kind() {
                    let bu = self.under(base);
                    if matches!(bu.kind(), TyKind::Array(..)) {
                        u = bu;
                    }
                }
                let has_call = self.contains_call(x.expr);
                let (mode, ok) = match u.kind() {
                    TyKind::Basic(k)
                        if b == Builtin::Len
                            && matches!(k, BasicKind::String | BasicKind::UntypedString) =>
                    {
                        match x.const_val() {
                            Some(ConstValue::String(s)) => {
                                (Mode::Const(ConstValue::Int(s.len().into())), true)
                            }
                            _ => (Mode::Value, true),
                        }
                    }
                    TyKind::Array(n, _) => {
                        if has_call {
                            (Mode::Value, true)
                        } else {
                            (Mode::Const(ConstValue::Int((*n).into())), true)
                        }
                    }
                    TyKind::Slice(_) | TyKind::Chan(..) => (Mode::Value, true),
                    TyKind::Map(..) if b == Builtin::Len => (Mode::Value, true),
                    _ => (Mode::Invalid, false),
                };
                if !ok {
                    if !u.is_invalid() {
                        let msg = format!("invalid argument: {} for {name}", self.ostr(&x));
                        let p = self.pos(x.expr);
                        self.error(p, msg);
                    }
                    return Operand::invalid(e);
                }
                // A constant string argument is materialized as a string.
                if Self::is_untyped(&x.ty) && !matches!(mode, Mode::Const(_)) {
                    let st = Ty::basic(BasicKind::String);
                    self.update_expr_type(x.expr, &st, true);
                }
                Operand {
                    mode,
                    ty: int,
                    expr: e,
                }
            }
            Builtin::Copy => {
                let mut it = xs.into_iter();
                let (Some(x), Some(mut y)) = (it.next(), it.next()) else {
                    return Operand::invalid(e);
                };
                if y.is_invalid() {
                    return Operand::invalid(e);
                }
                let dst = match self.under(&x.ty).kind() {
                    TyKind::Slice(t) => Some(t.clone()),
                    _ => None,
                };
                let src_is_string = self.is_string(&y.ty);
                let src = if src_is_string {
                    Some(Ty::byte())
                } else {
                    match self.under(&y.ty).kind() {
                        TyKind::Slice(t) => Some(t.clone()),
                        _ => None,
                    }
                };
                let p = self.pos(x.expr);
                match (dst, src) {
                    (Some(d), Some(s)) => {
                        if !d.identical(&s) {
                            let msg = format!(
                                "invalid argument: arguments to copy {} and {} have different element types {} and {}",
                                self.ostr(&x),
                                self.ostr(&y),
                                type_string(&d),
                                type_string(&s)
                            );
                            self.error(p, msg);
                            return Operand::invalid(e);
                        }
                    }
                    _ => {
                        let msg = format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            self.ostr(&x),
                            self.ostr(&y)
                        );
                        self.error(p, msg);
                        return Operand::invalid(e);
                    }
                }
                if src_is_string {
                    let st = Ty::basic(BasicKind::String);
                    self.convert_untyped(&mut y, &st);
                }
                Operand {
                    mode: Mode::Value,
                    ty: int,
                    expr: e,
                }
            }
            Builtin::Make => {
                let Some(&arg0) = args.first() else {
                    return Operand::invalid(e);
                };
                let t = self.typ(arg0);
                if t.is_invalid() {
                    // types2's `use`: the other arguments are still checked (and the
                    // variables in them used).
                    self.use_exprs(&args[1..]);
                    return Operand::invalid(e);
                }
                let min = match self.under(&t).kind() {
                    TyKind::Slice(_) => 2,
                    TyKind::Chan(..) | TyKind::Map(..) => 1,
                    _ => {
                        let msg = format!(
                            "invalid argument: cannot make {}; type must be slice, map, or channel",
                            self.estr(arg0)
                        );
                        let p = self.pos(arg0);
                        self.error(p, msg);
                        return Operand::invalid(e);
                    }
                };
                if nargs < min || min + 1 < nargs {
                    let msg = format!(
                        "invalid operation: {} expects {min} or {} arguments; found {nargs}",
                        self.estr(e),
                        min + 1
                    );
                    self.error(pos, msg);
                    return Operand::invalid(e);
                }
                let mut sizes = Vec::new();
                for &a in &args[1..] {
                    if let Some(v) = self.index(a, -1) {
                        if v >= 0 {
                            sizes.push(v);
                        }
                    }
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    let p = self.pos(args[1]);
                    self.error(p, "invalid argument: length and capacity swapped");
                }
                self.chan_elem_size_at_expr(e, &t);
                Operand {
                    mode: Mode::Value,
                    ty: t,
                    expr: e,
                }
            }
            Builtin::Delete => {
                let mut xs = xs.into_iter();
                let (Some(m), Some(mut k)) = (xs.next(), xs.next()) else {
                    return Operand::invalid(e);
                };
                let key = match self.under(&m.ty).kind() {
                    TyKind::Map(k, _) => k.clone(),
                    _ => {
                        let msg = format!("invalid argument: {} is not a map", self.ostr(&m));
                        let p = self.pos(m.expr);
                        self.error(p, msg);
                        return Operand::invalid(e);
                    }
                };
                if k.is_invalid() {
                    return Operand::invalid(e);
                }
                self.assignment(&mut k, Some(&key), "argument to delete");
                if k.is_invalid() {
                    return Operand::invalid(e);
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: Ty::new(TyKind::Tuple(Vec::new())),
                    expr: e,
                }
            }
            Builtin::New => {
                let Some(&arg0) = args.first() else {
                    return Operand::invalid(e);
                };
                let t = self.typ(arg0);
                if t.is_invalid() {
                    return Operand::invalid(e);
                }
                self.chan_elem_size_at_expr(e, &t);
                Operand {
                    mode: Mode::Value,
                    ty: Ty::new(TyKind::Pointer(t)),
                    expr: e,
                }
            }
            Builtin::Recover => Operand {
                mode: Mode::Value,
                ty: empty_interface(),
                expr: e,
            },
            Builtin::Panic => {
                if let Some(mut x) = xs.into_iter().next() {
                    let iface = empty_interface();
                    self.assignment(&mut x, Some(&iface), "argument to panic");
                    if x.is_invalid() {
                        return Operand::invalid(e);
                    }
                    if !matches!(self.under(&x.ty).kind(), TyKind::Interface(_)) {
                        self.res.conversions.insert(x.expr, iface);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: Ty::new(TyKind::Tuple(Vec::new())),
                    expr: e,
                }
            }
            Builtin::Complex => {
                let mut xs = xs.into_iter();
                match (xs.next(), xs.next()) {
                    (Some(x), Some(y)) if !y.is_invalid() => self.builtin_complex(e, x, y),
                    _ => Operand::invalid(e),
                }
            }
            Builtin::Real | Builtin::Imag => match xs.into_iter().next() {
                Some(x) => self.builtin_real_imag(e, b, x),
                None => Operand::invalid(e),
            },
            Builtin::Print | Builtin::Println => {
                let ctx = format!("argument to {name}");
                for mut x in xs {
                    self.assignment(&mut x, None, &ctx);
                    if x.is_invalid() {
                        return Operand::invalid(e);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: Ty::new(TyKind::Tuple(Vec::new())),
                    expr: e,
                }
            }
            _ => Operand::invalid(e),
        }
    }

    /// Whether `e` contains a function call (not a conversion or built-in), which makes
    /// `len(array)` non-constant.
    fn contains_call(&self, e: ExprId) -> bool {
        let mut stack = vec![e];
        let mut n = 0;
        while let Some(e) = stack.pop() {
            n += 1;
            if n > 10_000 {
                return true;
            }
            let Some(k) = self.expr_kind(e) else { continue };
            match k {
                ExprKind::Call { fun, args, .. } => {
                    // A built-in with a non-constant result counts as a call too
                    // (types2's `callExpr`).
                    let counts = match self.res.calls.get(&e) {
                        Some(CallKind::Conversion(_)) => false,
                        Some(CallKind::Builtin(_)) => !self.res.consts.contains_key(&e),
                        _ => true,
                    };
                    if counts {
                        return true;
                    }
                    stack.push(*fun);
                    stack.extend(args.iter().copied());
                }
                // A channel receive counts as a call (types2's `hasCallOrRecv`).
                ExprKind::Unary {
                    op: golift_syntax::ast::UnaryOp::Recv,
                    ..
                } => return true,
                ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => {
                    stack.push(*x)
                }
                ExprKind::Selector { x, .. } => stack.push(*x),
                ExprKind::Index { x, indices } => {
                    stack.push(*x);
                    stack.extend(indices.iter().copied());
                }
                ExprKind::Binary { x, y, .. } => {
                    stack.push(*x);
                    stack.push(*y);
                }
                ExprKind::Slice { x, lo, hi, max, .. } => {
                    stack.push(*x);
                    stack.extend([lo, hi, max].into_iter().flatten().copied());
                }
                ExprKind::CompositeLit { elems, .. } => {
                    for el in elems {
                        stack.push(el.value);
                        stack.extend(el.key);
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// types2's `conversion`: `T(x)`.
    pub(crate) fn conversion(&mut self, x: &mut Operand, t: &Ty, e: ExprId) -> Operand {
        let tu = self.under(t);
        let const_type = tu.as_basic().is_some_and(|b| {
            b.is_integer()
                || matches!(
                    b,
                    BasicKind::Bool
                        | BasicKind::String
                        | BasicKind::Float32
                        | BasicKind::Float64
                        | BasicKind::Complex64
                        | BasicKind::Complex128
                )
        });
        let mut ok = false;
        let mut result_mode = Mode::Value;
        if let (Mode::Const(v), true) = (&x.mode, const_type) {
            let tb = tu.as_basic().unwrap_or(BasicKind::Int);
            if let Some(nv) = consts::representable(v, tb) {
                ok = true;
                result_mode = Mode::Const(nv);
            } else if let (ConstValue::Int(i), BasicKind::String) = (v, tb) {
                if self.is_integer(&x.ty) {
                    let c = u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    ok = true;
                    result_mode = Mode::Const(ConstValue::String(c.to_string().into_bytes()));
                }
            }
        } else if self.convertible(x, t) {
            ok = true;
        }
        if !ok {
            let mut msg = format!("cannot convert {} to type {}", self.ostr(x), type_string(t));
            let v = x.ty.clone();
            if let Some(why) = self.not_implements(&v, t) {
                msg.push_str(":\n\t");
                msg.push_str(&why);
            }
            let pos = self.pos(x.expr);
            self.error(pos, msg);
            return Operand::invalid(e);
        }
        if Self::is_untyped(&x.ty) {
            let is_iface = matches!(tu.kind(), TyKind::Interface(_));
            let final_ty = if is_iface || (x.const_val().is_some() && !const_type) || x.is_nil() {
                Self::default_type(&x.ty)
            } else if x.const_val().is_some() && self.is_integer(&x.ty) && self.is_string(t) {
                x.ty.clone()
            } else {
                t.clone()
            };
            let final_ty = if Self::is_untyped(&final_ty) && !x.is_nil() {
                Self::default_type(&final_ty)
            } else {
                final_ty
            };
            self.update_expr_type(x.expr, &final_ty, true);
        }
        if matches!(tu.kind(), TyKind::Interface(_))
            && !matches!(self.under(&x.ty).kind(), TyKind::Interface(_))
        {
            self.res.conversions.insert(x.expr, t.clone());
        }
        Operand {
            mode: result_mode,
            ty: t.clone(),
            expr: e,
        }
    }

    fn convertible(&mut self, x: &Operand, t: &Ty) -> bool {
        if self.assignable(x, t) {
            return true;
        }
        let v = x.ty.clone();
        let vu = self.under(&v);
        let tu = self.under(t);
        if strip_tags(&vu).identical(&strip_tags(&tu)) {
            return true;
        }
        // Slice to array pointer (Go 1.17).
        if let (TyKind::Slice(se), TyKind::Pointer(p)) = (vu.kind(), tu.kind()) {
            if let TyKind::Array(_, ae) = self.under(p).kind() {
                if ae.identical(se) {
                    return true;
                }
            }
        }
        // unsafe.Pointer from and to any pointer and uintptr.
        let unsafe_ptr = |c: &mut Self, t: &Ty| c.under_basic(t) == Some(BasicKind::UnsafePointer);
        let ptr_or_uintptr = |c: &mut Self, u: &Ty| {
            matches!(u.kind(), TyKind::Pointer(_)) || c.under_basic(u) == Some(BasicKind::Uintptr)
        };
        if (unsafe_ptr(self, &vu) && ptr_or_uintptr(self, &tu))
            || (unsafe_ptr(self, &tu) && ptr_or_uintptr(self, &vu))
        {
            return true;
        }
        if let (TyKind::Pointer(a), TyKind::Pointer(b)) = (v.kind(), t.kind()) {
            let (au, bu) = (self.under(a), self.under(b));
            if au.identical(&bu) {
                return true;
            }
        }
        let num = |c: &mut Self, t: &Ty| {
            c.under_basic(t).is_some_and(|b| {
                b.is_integer()
                    || matches!(
                        b,
                        BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
                    )
            })
        };
        if num(self, &vu) && num(self, &tu) {
            return true;
        }
        let complex = |c: &mut Self, t: &Ty| {
            matches!(
                c.under_basic(t),
                Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
            )
        };
        if complex(self, &vu) && complex(self, &tu) {
            return true;
        }
        let bytes_or_runes = |c: &mut Self, t: &Ty| match t.kind() {
            TyKind::Slice(elem) => matches!(
                c.under_basic(elem),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        };
        if self.is_string(&tu) && (self.is_integer(&vu) || bytes_or_runes(self, &vu)) {
            return true;
        }
        if self.is_string(&vu) && bytes_or_runes(self, &tu) {
            return true;
        }
        false
    }
}

fn strip_tags(t: &Ty) -> Ty {
    t.clone()
}
