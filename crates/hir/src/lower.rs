//! Type expressions to [`Ty`]s: `[]T`, `*T`, `[N]T`, `struct{...}`, `func(...)`,
//! names of basic and declared types. Unsupported type constructors (channels,
//! generics) are reported as such; map types are `map_type.rs`'s.

use golift_syntax::ast::{self, ExprId, ExprKind};

use crate::checker::{Checker, Mode};
use crate::{BasicKind, ConstValue, Signature, StructField, Ty, TyKind};

impl Checker<'_> {
    /// Evaluates `e` as a type; reports and returns `Invalid` otherwise.
    pub(crate) fn typ(&mut self, e: ExprId) -> Ty {
        let mut ty = self.typ_internal(e);
        if self.check_named_valid
            && matches!(ty.kind(), TyKind::Named(_))
            && self.under(&ty).is_invalid()
        {
            ty = Ty::invalid();
        }
        if contains_invalid(&ty, 0) {
            ty = Ty::invalid();
        }
        if !ty.is_invalid() {
            self.res.expr_types.insert(e, ty.clone());
        }
        ty
    }

    fn typ_internal(&mut self, e: ExprId) -> Ty {
        let Some(kind) = self.expr_kind(e) else {
            return Ty::invalid();
        };
        let pos = self.pos(e);
        match kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Paren(_) => {
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => Ty::invalid(),
                    Mode::NoValue => {
                        let msg = format!("{} used as type", self.ostr(&x));
                        self.error(pos, msg);
                        Ty::invalid()
                    }
                    _ => {
                        let what = if matches!(kind, ExprKind::Paren(_)) {
                            self.estr(e)
                        } else {
                            self.ostr(&x)
                        };
                        self.error(pos, format!("{what} is not a type"));
                        Ty::invalid()
                    }
                }
            }
            ExprKind::Star(x) => {
                let base = self.typ(*x);
                if base.is_invalid() {
                    return base;
                }
                Ty::new(TyKind::Pointer(base))
            }
            ExprKind::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(
                        pos,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typ(*elem);
                    return Ty::invalid();
                };
                let n = self.array_length(*len);
                let elem = self.typ(*elem);
                match n {
                    Some(n) if !elem.is_invalid() => Ty::new(TyKind::Array(n, elem)),
                    _ => Ty::invalid(),
                }
            }
            ExprKind::SliceType { elem } => {
                let elem = self.typ(*elem);
                if elem.is_invalid() {
                    return elem;
                }
                Ty::new(TyKind::Slice(elem))
            }
            ExprKind::StructType { fields } => {
                let mut out: Vec<StructField> = Vec::new();
                // Where each field name is declared, for `other declaration of f`.
                let mut declared: Vec<(String, u32)> = Vec::new();
                let mut declare = |c: &mut Self, name: &str, pos: u32| {
                    if name == "_" {
                        return;
                    }
                    match declared.iter().find(|(n, _)| n == name) {
                        Some(&(_, other)) => c.redeclared(pos, name, "redeclared", other),
                        None => declared.push((name.to_string(), pos)),
                    }
                };
                for f in fields {
                    let ty = self.typ(f.typ);
                    if f.names.is_empty() {
                        let name = self.embedded_name(f.typ);
                        declare(self, &name, f.span.start);
                        out.push(StructField {
                            name,
                            ty,
                            embedded: true,
                        });
                    } else {
                        for n in &f.names {
                            declare(self, &n.text, n.span.start);
                            out.push(StructField {
                                name: n.text.clone(),
                                ty: ty.clone(),
                                embedded: false,
                            });
                        }
                    }
                }
                if out.iter().any(|f| f.ty.is_invalid()) {
                    return Ty::invalid();
                }
                Ty::new(TyKind::Struct(out))
            }
            ExprKind::FuncType(sig) => {
                let s = self.func_type(sig);
                self.duplicate_params(sig);
                s.to_ty()
            }
            ExprKind::InterfaceType { elems } => {
                if elems.is_empty() {
                    crate::universe::empty_interface()
                } else {
                    self.interface_type(elems)
                }
            }
            ExprKind::MapType { key, value } => self.map_type(*key, *value),
            ExprKind::ChanType { dir, elem } => {
                let t = self.typ(*elem);
                if t.is_invalid() {
                    return Ty::invalid();
                }
                Ty::new(TyKind::Chan(*dir, t))
            }
            ExprKind::Index { .. } => {
                self.unsupported(pos, "generic types");
                Ty::invalid()
            }
            _ => {
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return Ty::invalid();
                }
                let msg = format!("{} is not a type", self.estr(e));
                self.error(pos, msg);
                Ty::invalid()
            }
        }
    }

    /// An interface type with methods: its own and its embedded interfaces' methods,
    /// sorted as gc sorts them (exported names first, then by name); a method
    /// declared twice with identical types through embedding is one method.
    fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> Ty {
        let mut methods: Vec<(String, Ty)> = Vec::new();
        let mut own: Vec<(String, u32)> = Vec::new();
        let mut invalid = false;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let t = self.func_type(sig).to_ty();
                    if let Some(&(_, other)) = own.iter().find(|(n, _)| *n == name.text) {
                        self.res.diagnostics.push(crate::CheckError {
                            offset: name.span.start,
                            message: format!("duplicate method {}", name.text),
                            notes: vec![(other, format!("other declaration of {}", name.text))],
                        });
                        continue;
                    }
                    own.push((name.text.clone(), name.span.start));
                    invalid |= t.is_invalid();
                    methods.push((name.text.clone(), t));
                }
                ast::InterfaceElem::Embed(e) => {
                    let pos = self.pos(*e);
                    let t = self.typ(*e);
                    if t.is_invalid() {
                        invalid = true;
                        continue;
                    }
                    match self.under(&t).kind().clone() {
                        TyKind::Interface(ms) => {
                            for (n, mt) in ms {
                                match methods.iter().find(|(m, _)| *m == n) {
                                    Some((_, have)) if have.identical(&mt) => {}
                                    Some(_) => {
                                        self.error(pos, format!("duplicate method {n}"));
                                    }
                                    None => methods.push((n, mt)),
                                }
                            }
                        }
                        _ if self.under(&t).is_invalid() => invalid = true,
                        _ => {
                            self.unsupported(pos, "type constraints");
                            invalid = true;
                        }
                    }
                }
            }
        }
        if invalid {
            return Ty::invalid();
        }
        let exported = |n: &str| n.starts_with(|c: char| c.is_uppercase());
        methods.sort_by(|(a, _), (b, _)| {
            exported(b)
                .cmp(&exported(a))
                .then_with(|| a.as_str().cmp(b.as_str()))
        });
        Ty::new(TyKind::Interface(methods))
    }

    fn embedded_name(&self, e: ExprId) -> String {
        match self.expr_kind(e) {
            Some(ExprKind::Name(n)) => n.clone(),
            Some(ExprKind::Star(x)) => self.embedded_name(*x),
            Some(ExprKind::Selector { sel, .. }) => sel.text.clone(),
            _ => "?".to_string(),
        }
    }

    /// The constant length of an array type.
    fn array_length(&mut self, e: ExprId) -> Option<u64> {
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        let pos = self.pos(e);
        let Mode::Const(v) = &x.mode else {
            let msg = format!("array length {} must be constant", self.ostr(&x));
            self.error(pos, msg);
            return None;
        };
        let v = v.clone();
        if Self::is_untyped(&x.ty) || self.is_integer(&x.ty) {
            if let Some(n) = crate::consts::representable(&v, BasicKind::Int)
                .as_ref()
                .and_then(ConstValue::as_i128)
            {
                if n >= 0 {
                    let ty = if Self::is_untyped(&x.ty) {
                        Ty::basic(BasicKind::Int)
                    } else {
                        x.ty.clone()
                    };
                    self.update_expr_type(e, &ty, true);
                    return u64::try_from(n).ok();
                }
                let msg = format!(
                    "invalid array length {} (untyped int constant)",
                    self.estr(e)
                );
                self.error(pos, msg);
                return None;
            }
        }
        let msg = format!("array length {} must be integer", self.ostr(&x));
        self.error(pos, msg);
        None
    }

    /// Lowers a function type (parameters and results).
    /// types2's collectParams for a function type written as a type (`func(i, i int)`):
    /// parameters and results share one block. (A function declaration's are declared,
    /// and a repeated name reported, with its body's locals.)
    fn duplicate_params(&mut self, sig: &ast::FuncType) {
        let mut declared: Vec<(&str, u32)> = Vec::new();
        for f in sig.params.iter().chain(&sig.results) {
            for n in &f.names {
                if n.text == "_" {
                    continue;
                }
                match declared.iter().find(|(d, _)| *d == n.text) {
                    Some(&(_, other)) => {
                        self.redeclared(n.span.start, &n.text, "redeclared in this block", other)
                    }
                    None => declared.push((&n.text, n.span.start)),
                }
            }
        }
    }

    pub(crate) fn func_type(&mut self, sig: &ast::FuncType) -> Signature {
        let mut out = Signature::default();
        let nparams = sig.params.len();
        for (i, f) in sig.params.iter().enumerate() {
            let mut ty = self.typ(f.typ);
            if f.variadic {
                if i + 1 == nparams && f.names.len() <= 1 {
                    out.variadic = true;
                } else {
                    self.error(
                        f.span.start,
                        "can only use ... with final parameter in list",
                    );
                }
                ty = Ty::new(TyKind::Slice(ty));
            }
            if f.names.is_empty() {
                out.params.push((String::new(), ty));
            } else {
                for n in &f.names {
                    out.params.push((n.text.clone(), ty.clone()));
                }
            }
        }
        let mut k = 0;
        for f in &sig.results {
            let ty = self.typ(f.typ);
            if f.names.is_empty() {
                out.results.push((format!("~r{k}"), ty));
                k += 1;
            } else {
                for n in &f.names {
                    out.results.push((n.text.clone(), ty.clone()));
                    k += 1;
                }
            }
        }
        out
    }
}

impl Signature {
    /// The function type of this signature.
    pub fn to_ty(&self) -> Ty {
        Ty::new(TyKind::Func {
            params: self.params.iter().map(|(_, t)| t.clone()).collect(),
            results: self.results.iter().map(|(_, t)| t.clone()).collect(),
            variadic: self.variadic,
        })
    }
}

/// Whether a composite type is built from an invalid one (an unsupported or erroneous
/// type, already reported): such a type is invalid as a whole.
fn contains_invalid(ty: &Ty, depth: u32) -> bool {
    if depth > 100 {
        return false;
    }
    match ty.kind() {
        TyKind::Invalid => true,
        TyKind::Pointer(t) | TyKind::Slice(t) | TyKind::Array(_, t) | TyKind::Chan(_, t) => {
            contains_invalid(t, depth + 1)
        }
        TyKind::Struct(fields) => fields.iter().any(|f| contains_invalid(&f.ty, depth + 1)),
        TyKind::Func {
            params, results, ..
        } => params
            .iter()
            .chain(results.iter())
            .any(|t| contains_invalid(t, depth + 1)),
        _ => false,
    }
}
