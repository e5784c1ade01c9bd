//! Expressions: names, literals, selectors, index and slice expressions, unary and
//! binary operators (with exact constant folding), composite literals and calls.
//! Ported from types2's expr.go, index.go and call.go, for golift's subset.

use golift_syntax::ast::{self, BinaryOp, Element, ExprId, ExprKind, LitKind, UnaryOp};

use crate::checker::{Checker, Mode, Operand};
use crate::consts::{self, ConstError};
use crate::errors::type_string;
use crate::universe;
use crate::{BasicKind, CallKind, ConstValue, Res, Selection, Ty, TyKind};

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
                let ty = match kind {
                    LitKind::Int => BasicKind::UntypedInt,
                    LitKind::Rune => BasicKind::UntypedRune,
                    LitKind::String => BasicKind::UntypedString,
                    LitKind::Float => BasicKind::UntypedFloat,
                    LitKind::Imag => {
                        self.unsupported(pos, "complex numbers");
                        return Operand::invalid(e);
                    }
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
            ExprKind::FuncLit { .. } => {
                self.unsupported_expr(e, "function literals");
                Operand::invalid(e)
            }
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
            ExprKind::TypeAssert { .. } => {
                self.unsupported_expr(e, "type assertions");
                Operand::invalid(e)
            }
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

    // ----- selectors -----

    fn selector(&mut self, e: ExprId, x: ExprId, sel: &ast::Name) -> Operand {
        if let Some(ExprKind::Name(pkg)) = self.expr_kind(x) {
            if self.scopes.lookup(pkg).is_none() {
                if let Some(imp) = self.imports.iter().find(|i| &i.name == pkg) {
                    let path = imp.path.clone();
                    self.res.resolutions.insert(x, Res::Package(path.clone()));
                    return match universe::package_member(&path, &sel.text) {
                        Some(ty) => Operand {
                            mode: if matches!(ty.kind(), TyKind::Func { .. }) {
                                Mode::Value
                            } else {
                                Mode::Variable
                            },
                            ty,
                            expr: e,
                        },
                        None if !universe::known_package(&path) => {
                            // The import itself is reported as unsupported.
                            Operand::invalid(e)
                        }
                        None => {
                            let msg = if universe::known_package(&path) {
                                crate::diagnostics::not_supported(&format!("{}.{}", pkg, sel.text))
                            } else {
                                format!("undefined: {}.{}", pkg, sel.text)
                            };
                            self.error(sel.span.start, msg);
                            Operand::invalid(e)
                        }
                    };
                }
            }
        }
        let mut o = self.expr_or_type(x);
        match o.mode {
            Mode::Invalid => return Operand::invalid(e),
            Mode::Builtin(_) => {
                let msg = format!("cannot select on {}", self.ostr(&o));
                self.error(sel.span.start, msg);
                return Operand::invalid(e);
            }
            Mode::TypeExpr => {
                self.unsupported(self.pos(e), "method expressions");
                return Operand::invalid(e);
            }
            _ => {}
        }
        self.single_value(&mut o);
        if o.is_invalid() {
            return Operand::invalid(e);
        }
        match self.lookup_field(&o.ty, &sel.text) {
            Some((path, ty, indirect)) => {
                self.res.selections.insert(
                    e,
                    Selection {
                        path: path.clone(),
                        indirect,
                    },
                );
                let mode = if indirect || o.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand { mode, ty, expr: e }
            }
            None => {
                if self.under(&o.ty).is_invalid() {
                    return Operand::invalid(e);
                }
                let base = match o.ty.kind() {
                    TyKind::Pointer(b) => b.clone(),
                    _ => o.ty.clone(),
                };
                // A method of the type, or one promoted through an embedded field.
                let is_method =
                    matches!(base.kind(), TyKind::Named(_)) && self.env.has_method(&sel.text);
                if is_method
                    || matches!(self.under(&base).kind(), TyKind::Interface(m) if !m.is_empty())
                {
                    self.unsupported_expr(e, "methods");
                    return Operand::invalid(e);
                }
                let mut why = format!(
                    "type {} has no field or method {}",
                    type_string(&o.ty),
                    sel.text
                );
                if let Some(first) = sel.text.chars().next() {
                    let changed: String = if first.is_uppercase() {
                        first
                            .to_lowercase()
                            .chain(sel.text.chars().skip(1))
                            .collect()
                    } else {
                        first
                            .to_uppercase()
                            .chain(sel.text.chars().skip(1))
                            .collect()
                    };
                    if self.lookup_field(&o.ty, &changed).is_some() {
                        why.push_str(&format!(", but does have {changed}"));
                    }
                }
                let msg = format!("{}.{} undefined ({why})", self.estr(x), sel.text);
                self.error(sel.span.start, msg);
                Operand::invalid(e)
            }
        }
    }

    /// Finds field `name` in `ty` (through one pointer and embedded structs,
    /// breadth-first): the index path, the field type and whether a pointer was followed.
    pub(crate) fn lookup_field(&mut self, ty: &Ty, name: &str) -> Option<(Vec<u32>, Ty, bool)> {
        let mut start = ty.clone();
        let mut indirect = false;
        if let TyKind::Pointer(base) = self.under(ty).kind() {
            start = base.clone();
            indirect = true;
        }
        // (type, path, indirect)
        let mut level = vec![(start, Vec::<u32>::new(), indirect)];
        let mut seen: Vec<Ty> = Vec::new();
        for _depth in 0..16 {
            let mut next = Vec::new();
            let mut found: Option<(Vec<u32>, Ty, bool)> = None;
            let mut count = 0;
            for (t, path, ind) in level {
                if matches!(t.kind(), TyKind::Named(_)) {
                    if seen.contains(&t) {
                        continue;
                    }
                    seen.push(t.clone());
                }
                let TyKind::Struct(fields) = self.under(&t).kind().clone() else {
                    continue;
                };
                for (i, f) in fields.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(i as u32);
                    if f.name == name {
                        count += 1;
                        found = Some((p.clone(), f.ty.clone(), ind));
                    }
                    if f.embedded {
                        let (ft, fi) = match self.under(&f.ty).kind() {
                            TyKind::Pointer(b) if !matches!(f.ty.kind(), TyKind::Pointer(_)) => {
                                (f.ty.clone(), ind)
                            }
                            _ => match f.ty.kind() {
                                TyKind::Pointer(b) => (b.clone(), true),
                                _ => (f.ty.clone(), ind),
                            },
                        };
                        let _ = &fi;
                        next.push((ft, p, fi));
                    }
                }
            }
            if count == 1 {
                return found;
            }
            if count > 1 || next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    // ----- index and slice -----

    fn index_expr(&mut self, e: ExprId, x: ExprId, indices: &[ExprId]) -> Operand {
        let mut o = self.expr_or_type(x);
        match o.mode {
            Mode::Invalid => {
                for &i in indices {
                    self.expr(i);
                }
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
                (Mode::Value, Ty::basic(BasicKind::Uint8))
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
            TyKind::Map(..) => {
                self.unsupported(self.pos(e), "maps");
                return Operand::invalid(e);
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
        let Some(ConstValue::Int(v)) = x.const_val().cloned() else {
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
            if !allow_neg && *v < 0 {
                let msg = format!(
                    "invalid argument: {what} {} must not be negative",
                    self.ostr(x)
                );
                self.error(pos, msg);
                return false;
            }
            if consts::representable(&ConstValue::Int(*v), BasicKind::Int).is_none() {
                let msg = format!("invalid argument: {what} {} overflows int", self.ostr(x));
                self.error(pos, msg);
                return false;
            }
        }
        true
    }

    fn slice_expr(
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

    // ----- composite literals -----

    fn composite_lit(
        &mut self,
        e: ExprId,
        typ: Option<ExprId>,
        elems: &[Element],
        rbrace: u32,
        hint: Option<&Ty>,
    ) -> Operand {
        let pos = self.pos(e);
        let (ty, base, open_array) = match typ {
            Some(t) => {
                if let Some(ExprKind::ArrayType { len: None, elem }) = self.expr_kind(t) {
                    let elem_ty = self.typ(*elem);
                    (elem_ty.clone(), elem_ty, true)
                } else {
                    let ty = self.typ(t);
                    (ty.clone(), ty, false)
                }
            }
            None => match hint {
                Some(h) => {
                    let base = match self.under(h).kind() {
                        TyKind::Pointer(b) => b.clone(),
                        _ => h.clone(),
                    };
                    (h.clone(), base, false)
                }
                None => {
                    self.error(pos, "missing type in composite literal");
                    for el in elems {
                        self.expr(el.value);
                    }
                    return Operand::invalid(e);
                }
            },
        };
        if open_array {
            // `ty` is the element type here.
            let n = self.indexed_elts(elems, &ty, -1);
            let arr = Ty::new(TyKind::Array(n.max(0) as u64, ty));
            if let Some(t) = typ {
                self.res.expr_types.insert(t, arr.clone());
            }
            return Operand {
                mode: Mode::Value,
                ty: arr,
                expr: e,
            };
        }
        if base.is_invalid() {
            // The type was reported; its elements are not checked (they may need it),
            // but the locals they mention count as used.
            let span = crate::checker::expr_at(self.decl, e)
                .map(|x| x.span)
                .unwrap_or_default();
            self.mark_used_in(span);
            return Operand::invalid(e);
        }
        let u = self.under(&base);
        match u.kind() {
            TyKind::Struct(fields) => {
                let fields = fields.clone();
                if elems.is_empty() {
                } else if elems[0].key.is_some() {
                    let mut visited = vec![false; fields.len()];
                    for el in elems {
                        let Some(k) = el.key else {
                            let p = self.pos(el.value);
                            self.error(
                                p,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let key_name = match self.expr_kind(k) {
                            Some(ExprKind::Name(n)) => Some(n.clone()),
                            _ => None,
                        };
                        let fi = key_name
                            .as_ref()
                            .and_then(|n| fields.iter().position(|f| &f.name == n));
                        let hint_ty = fi.and_then(|i| fields.get(i)).map(|f| f.ty.clone());
                        let mut x = self.expr_with_hint(el.value, hint_ty.as_ref());
                        let kp = self.pos(k);
                        let Some(name) = key_name else {
                            let msg =
                                format!("invalid field name {} in struct literal", self.estr(k));
                            self.error(kp, msg);
                            continue;
                        };
                        let Some(i) = fi else {
                            let msg = format!(
                                "unknown field '{name}' in struct literal of type {}",
                                type_string(&base)
                            );
                            self.error(kp, msg);
                            continue;
                        };
                        if let Some(f) = fields.get(i) {
                            self.assignment(&mut x, Some(&f.ty), "struct literal");
                        }
                        if visited.get(i).copied().unwrap_or(false) {
                            // types2 reports at the key-value pair (its colon).
                            let colon = crate::checker::expr_at(self.decl, k)
                                .map(|x| x.span.end)
                                .unwrap_or(kp);
                            self.error(
                                colon,
                                format!("duplicate field name {name} in struct literal"),
                            );
                            continue;
                        }
                        if let Some(v) = visited.get_mut(i) {
                            *v = true;
                        }
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if let Some(k) = el.key {
                            let p = crate::checker::expr_at(self.decl, k)
                                .map(|x| x.span.end)
                                .unwrap_or(0);
                            self.error(
                                p,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        let hint_ty = fields.get(i).map(|f| f.ty.clone());
                        let mut x = self.expr_with_hint(el.value, hint_ty.as_ref());
                        let Some(f) = fields.get(i) else {
                            let msg = format!("too many values in {}{{…}}", type_string(&base));
                            let p = self.pos(el.value);
                            self.error(p, msg);
                            break;
                        };
                        self.assignment(&mut x, Some(&f.ty), "struct literal");
                    }
                    if elems.len() < fields.len() {
                        let msg = format!("too few values in {}{{…}}", type_string(&base));
                        self.error(rbrace, msg);
                    }
                }
            }
            TyKind::Array(n, elem) => {
                let (n, elem) = (*n, elem.clone());
                self.indexed_elts(elems, &elem, i128::from(n));
            }
            TyKind::Slice(elem) => {
                let elem = elem.clone();
                self.indexed_elts(elems, &elem, -1);
            }
            TyKind::Map(..) => {
                self.unsupported_expr(e, "maps");
                return Operand::invalid(e);
            }
            _ => {
                let msg = format!("invalid composite literal type {}", type_string(&ty));
                self.error(pos, msg);
                for el in elems {
                    self.expr(el.value);
                }
                return Operand::invalid(e);
            }
        }
        // `{...}` for an element of type `*T` stands for `&T{...}`.
        let ty = if typ.is_none() && matches!(self.under(&ty).kind(), TyKind::Pointer(_)) {
            ty
        } else {
            base
        };
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }

    /// types2's `indexedElts`: returns the literal's length.
    fn indexed_elts(&mut self, elems: &[Element], elem: &Ty, length: i128) -> i128 {
        let mut visited = std::collections::HashSet::new();
        let (mut index, mut max) = (0i128, 0i128);
        for el in elems {
            let mut valid = false;
            let at = el.key.unwrap_or(el.value);
            let at_pos = self.pos(at);
            if let Some(k) = el.key {
                match self.index(k, length) {
                    Some(i) if i >= 0 => {
                        index = i;
                        valid = true;
                    }
                    Some(_) => {
                        let msg = format!("index {} must be integer constant", self.estr(k));
                        self.error(at_pos, msg);
                    }
                    None => {}
                }
            } else if length >= 0 && index >= length {
                self.error(
                    at_pos,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid = true;
            }
            if valid && !visited.insert(index) {
                self.error(
                    at_pos,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_with_hint(el.value, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
        }
        max
    }

    // ----- operators -----

    fn unary(&mut self, e: ExprId, op: UnaryOp, xe: ExprId, hint: Option<&Ty>) -> Operand {
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
                    self.error(pos, msg);
                    return Operand::invalid(e);
                }
                x.mode = Mode::Value;
                return Operand {
                    mode: Mode::Value,
                    ty: Ty::new(TyKind::Pointer(x.ty)),
                    expr: e,
                };
            }
            UnaryOp::Recv => {
                self.unsupported(pos, "channels");
                return Operand::invalid(e);
            }
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
                    x.mode = Mode::Const(nv);
                    self.overflow(&mut x, pos);
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

    pub(crate) fn unparen(&self, mut e: ExprId) -> ExprId {
        for _ in 0..1000 {
            match self.expr_kind(e) {
                Some(ExprKind::Paren(x)) => e = *x,
                _ => break,
            }
        }
        e
    }

    /// types2's `overflow`: typed constants must be representable in their type.
    fn overflow(&mut self, x: &mut Operand, op_pos: u32) {
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
        let _ = op_pos;
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
            return self.shift(e, op, x, y, op_pos, &text);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        use BinaryOp::*;
        if matches!(op, Eq | Ne | Lt | Le | Gt | Ge) {
            return self.comparison(e, op, x, y, &text);
        }
        if x.ty != y.ty {
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
            && matches!(y.const_val(), Some(ConstValue::Int(0)))
        {
            let pos = self.pos(y.expr);
            self.error(pos, "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if let (Some(a), Some(b)) = (x.const_val().cloned(), y.const_val().cloned()) {
            let int_div = op == Div && self.is_integer(&x.ty);
            let _ = int_div;
            match consts::binary(op, &a, &b) {
                Ok(v) => {
                    let mut r = Operand {
                        mode: Mode::Const(v),
                        ty: x.ty.clone(),
                        expr: e,
                    };
                    // Typed unsigned results wrap nowhere: they must fit.
                    self.overflow(&mut r, op_pos);
                    return r;
                }
                Err(ConstError::DivByZero) => {
                    let pos = self.pos(y.expr);
                    self.error(pos, "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
                Err(ConstError::Overflow(what)) => {
                    self.error(op_pos, format!("constant {what} overflow"));
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

    fn comparable(&mut self, ty: &Ty) -> bool {
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
        text: &str,
    ) -> Operand {
        use BinaryOp::*;
        let mut err: Option<(ExprId, String)> = None;
        let ok = self.assignable(&x, &y.ty) || self.assignable(&y, &x.ty);
        if !ok && (self.is_method_interface(&x.ty) || self.is_method_interface(&y.ty)) {
            let pos = self.pos(y.expr);
            self.unsupported(pos, "interfaces with methods");
            return Operand::invalid(e);
        }
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
            let pos = self.pos(at);
            self.error(pos, format!("invalid operation: {text} ({cause})"));
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
        text: &str,
    ) -> Operand {
        // The left operand must be an integer (or an untyped constant representable as one).
        let xval = match x.const_val() {
            Some(ConstValue::Int(_)) => x.const_val().cloned(),
            Some(v @ ConstValue::Float(_)) => {
                consts::representable(v, BasicKind::UntypedInt).filter(|_| Self::is_untyped(&x.ty))
            }
            _ => None,
        };
        if Self::is_untyped(&x.ty) && xval.is_some() {
            if let Some(v) = &xval {
                x.mode = Mode::Const(v.clone());
            }
            if x.ty.as_basic() == Some(BasicKind::UntypedFloat) {
                x.ty = Ty::basic(BasicKind::UntypedInt);
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
                Some(ConstValue::Int(n)) if n < 0 => {
                    let msg = format!("invalid operation: negative shift count {}", self.ostr(&y));
                    let pos = self.pos(y.expr);
                    self.error(pos, msg);
                    return Operand::invalid(e);
                }
                Some(ConstValue::Int(_)) => {
                    if Self::is_untyped(&y.ty) {
                        let uint = Ty::basic(BasicKind::Uint);
                        self.convert_untyped(&mut y, &uint);
                        if y.is_invalid() {
                            return Operand::invalid(e);
                        }
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
            match consts::binary(op, &a, &b) {
                Ok(v) => {
                    let mut r = Operand {
                        mode: Mode::Const(v),
                        ty: x.ty.clone(),
                        expr: e,
                    };
                    self.overflow(&mut r, op_pos);
                    return r;
                }
                Err(_) => {
                    let _ = text;
                    self.error(op_pos, "constant shift overflow");
                    return Operand::invalid(e);
                }
            }
        }
        // A non-constant shift of an untyped constant keeps the untyped type: the context
        // gives it its type later (types2's delayed `isLhs` handling).
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            expr: e,
        }
    }

    // ----- calls -----

    fn call(
        &mut self,
        e: ExprId,
        fun: ExprId,
        args: &[ExprId],
        ellipsis: bool,
        rparen: u32,
    ) -> Operand {
        let f = self.expr_or_type(fun);
        match f.mode.clone() {
            Mode::Invalid => {
                for &a in args {
                    self.raw_expr(a, None);
                }
                Operand::invalid(e)
            }
            Mode::TypeExpr => {
                let t = f.ty.clone();
                match args {
                    [] => {
                        let pos = self.pos(e);
                        self.error(
                            pos,
                            format!("missing argument in conversion to {}", type_string(&t)),
                        );
                        Operand::invalid(e)
                    }
                    [a] => {
                        let mut x = self.expr(*a);
                        if x.is_invalid() {
                            return Operand::invalid(e);
                        }
                        if ellipsis {
                            let pos = self.pos(*a);
                            self.error(
                                pos,
                                format!(
                                    "invalid use of ... in type conversion to {}",
                                    type_string(&t)
                                ),
                            );
                            return Operand::invalid(e);
                        }
                        self.res.calls.insert(e, CallKind::Conversion(t.clone()));
                        self.conversion(&mut x, &t, e)
                    }
                    [.., last] => {
                        for &a in args {
                            self.raw_expr(a, None);
                        }
                        let pos = self.pos(*last);
                        self.error(
                            pos,
                            format!("too many arguments in conversion to {}", type_string(&t)),
                        );
                        Operand::invalid(e)
                    }
                }
            }
            Mode::Builtin(b) => {
                self.res.calls.insert(e, CallKind::Builtin(b));
                self.builtin_call(e, b, args, ellipsis, rparen)
            }
            _ => {
                let u = self.under(&f.ty);
                let TyKind::Func {
                    params,
                    results,
                    variadic,
                } = u.kind().clone()
                else {
                    let msg = format!(
                        "invalid operation: cannot call non-function {}",
                        self.ostr(&f)
                    );
                    let pos = self.pos(e);
                    self.error(pos, msg);
                    for &a in args {
                        self.raw_expr(a, None);
                    }
                    return Operand::invalid(e);
                };
                let kind = match self.res.resolutions.get(&self.unparen(fun)) {
                    Some(Res::Func(name)) => CallKind::Func(name.clone()),
                    _ => match self.expr_kind(self.unparen(fun)) {
                        Some(ExprKind::Selector { x, sel }) => match self.res.resolutions.get(x) {
                            Some(Res::Package(p)) => CallKind::External {
                                package: p.clone(),
                                name: sel.text.clone(),
                            },
                            _ => CallKind::Indirect,
                        },
                        _ => CallKind::Indirect,
                    },
                };
                if let CallKind::External { package, .. } = &kind {
                    if package == "fmt" {
                        // fmt's arguments are converted to interface{}.
                    }
                }
                self.res.calls.insert(e, kind);
                let fname = self.estr(fun);
                self.arguments(e, &fname, &params, variadic, args, ellipsis);
                match results.len() {
                    0 => Operand {
                        mode: Mode::NoValue,
                        ty: Ty::new(TyKind::Tuple(Vec::new())),
                        expr: e,
                    },
                    1 => Operand {
                        mode: Mode::Value,
                        ty: results[0].clone(),
                        expr: e,
                    },
                    _ => Operand {
                        mode: Mode::Value,
                        ty: Ty::new(TyKind::Tuple(results)),
                        expr: e,
                    },
                }
            }
        }
    }

    /// Evaluates call arguments, spreading a single multi-valued call.
    pub(crate) fn arg_list(&mut self, args: &[ExprId]) -> Vec<Operand> {
        if let [a] = args {
            let x = self.multi_expr(*a);
            if let (Mode::Value, TyKind::Tuple(ts)) = (&x.mode, x.ty.kind()) {
                return ts
                    .iter()
                    .map(|t| Operand {
                        mode: Mode::Value,
                        ty: t.clone(),
                        expr: *a,
                    })
                    .collect();
            }
            return vec![x];
        }
        args.iter().map(|&a| self.expr(a)).collect()
    }

    /// types2's `typesSummary`.
    pub(crate) fn types_summary(&mut self, list: &[Ty], variadic: bool) -> String {
        let mut parts = Vec::new();
        for (i, t) in list.iter().enumerate() {
            let s = if t.is_invalid() {
                "<T>".to_string()
            } else if Self::is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    t.as_basic()
                        .map(|b| b.name())
                        .unwrap_or("")
                        .replace("untyped ", "")
                }
            } else if variadic && i + 1 == list.len() {
                match t.kind() {
                    TyKind::Slice(elem) => format!("...{}", type_string(elem)),
                    _ => type_string(t),
                }
            } else {
                type_string(t)
            };
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    fn arguments(
        &mut self,
        call: ExprId,
        fname: &str,
        params: &[Ty],
        variadic: bool,
        arg_exprs: &[ExprId],
        ellipsis: bool,
    ) {
        let mut args = self.arg_list(arg_exprs);
        for a in &args {
            if a.mode == Mode::TypeExpr {
                let msg = format!("{} used as value", self.ostr(a));
                let pos = self.pos(a.expr);
                self.error(pos, msg);
                return;
            }
            if a.is_invalid() {
                return;
            }
        }
        let nargs = args.len();
        let mut npars = params.len();
        let mut sig_params: Vec<Ty> = params.to_vec();
        if variadic {
            if ellipsis {
                if arg_exprs.len() == 1 && nargs > 1 {
                    let pos = self.pos(call);
                    let msg = format!(
                        "cannot use ... with {nargs}-valued {}",
                        self.estr(arg_exprs[0])
                    );
                    self.error(pos, msg);
                    return;
                }
            } else if nargs + 1 >= npars {
                let elem = match params.last().map(|t| t.kind()) {
                    Some(TyKind::Slice(elem)) => elem.clone(),
                    _ => Ty::invalid(),
                };
                sig_params.truncate(npars.saturating_sub(1));
                while sig_params.len() < nargs {
                    sig_params.push(elem.clone());
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ellipsis {
            let pos = self.pos(call);
            self.error(
                pos,
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return;
        }
        if nargs != npars {
            let (at, q) = if nargs > npars {
                (self.pos(args[npars].expr), "too many")
            } else if nargs > 0 {
                (self.pos(args[nargs - 1].expr), "not enough")
            } else {
                (self.pos(call), "not enough")
            };
            let have: Vec<Ty> = args.iter().map(|a| a.ty.clone()).collect();
            let have = self.types_summary(&have, false);
            let want = self.types_summary(params, variadic);
            self.error(
                at,
                format!("{q} arguments in call to {fname}\n\thave {have}\n\twant {want}"),
            );
            return;
        }
        let context = format!("argument to {fname}");
        for (a, p) in args.iter_mut().zip(sig_params.iter()) {
            self.assignment(a, Some(p), &context);
        }
    }
}
