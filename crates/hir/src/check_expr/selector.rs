//! Selector expressions `x.f`: qualified identifiers of imported packages (`fmt.Println`)
//! and struct fields, found through one pointer and embedded structs as types2's
//! `lookupFieldOrMethod` does. Methods and method expressions are reported as
//! unsupported; calls through a selector are checked in `call`.

use golift_syntax::ast::{self, ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::{stdlib, universe};
use crate::{Res, Selection, Ty, TyKind};

impl Checker<'_> {
    pub(super) fn selector(&mut self, e: ExprId, x: ExprId, sel: &ast::Name) -> Operand {
        if let Some(ExprKind::Name(pkg)) = self.expr_kind(x) {
            if self.scopes.lookup(pkg).is_none() {
                if let Some(imp) = self.imports.iter().find(|i| &i.name == pkg) {
                    let path = imp.path.clone();
                    self.res.resolutions.insert(x, Res::Package(path.clone()));
                    match stdlib::member(&path, &sel.text) {
                        Some(stdlib::Member::Const(ty, v)) => {
                            return Operand {
                                mode: Mode::Const(v),
                                ty,
                                expr: e,
                            }
                        }
                        Some(stdlib::Member::Func(ty)) => {
                            return Operand {
                                mode: Mode::Value,
                                ty,
                                expr: e,
                            }
                        }
                        None => {}
                    }
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
}
