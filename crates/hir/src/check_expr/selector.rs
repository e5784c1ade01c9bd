//! Selector expressions `x.f`: qualified identifiers of imported packages (`fmt.Println`),
//! struct fields and methods (declared or promoted through embedded fields), found
//! through one pointer and embedded structs as types2's `lookupFieldOrMethod` does, and
//! method expressions `T.M` and `I.M`, and methods of interfaces (also promoted from
//! embedded interface fields: recorded with the path to the field); calls through a
//! selector are checked in `call`.

use golift_syntax::ast::{self, ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::env::PkgObj;
use crate::errors::type_string;
use crate::{methods_of, MethodDecl, MethodSel, Res, Selection, Ty, TyKind};
use crate::{stdlib, universe};

impl Checker<'_> {
    pub(super) fn selector(&mut self, e: ExprId, x: ExprId, sel: &ast::Name) -> Operand {
        if let Some(ExprKind::Name(pkg)) = self.expr_kind(x) {
            if self.scopes.lookup(pkg).is_none() {
                if let Some(imp) = self.imports.iter().find(|i| &i.name == pkg) {
                    let path = imp.path.clone();
                    self.res.resolutions.insert(x, Res::Package(path.clone()));
                    return self.package_member(e, &path, &sel.text).unwrap_or_else(|| {
                        // An unknown package's import is reported as unsupported.
                        if universe::known_package(&path) {
                            let what = format!("{}.{}", pkg, sel.text);
                            self.error(sel.span.start, crate::diagnostics::not_supported(&what));
                        }
                        Operand::invalid(e)
                    });
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
            Mode::TypeExpr => return self.method_expr(e, x, &o.ty, sel),
            _ => {}
        }
        self.single_value(&mut o);
        if o.is_invalid() {
            return Operand::invalid(e);
        }
        let addressable = o.mode == Mode::Variable;
        match self.lookup_field_or_method(&o.ty, addressable, &sel.text) {
            Lookup::Field { path, ty, indirect } => {
                self.res.selections.insert(
                    e,
                    Selection {
                        path,
                        indirect,
                        method: None,
                    },
                );
                let mode = if indirect || o.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand { mode, ty, expr: e }
            }
            Lookup::Method {
                path,
                method,
                indirect,
            } => {
                let ty = self.method_type(&method);
                self.method_ref(e, &method);
                self.res.selections.insert(
                    e,
                    Selection {
                        path,
                        indirect,
                        method: Some(MethodSel {
                            func: method.func,
                            ptr_recv: method.ptr_recv,
                            expr: false,
                        }),
                    },
                );
                Operand {
                    mode: Mode::Value,
                    ty,
                    expr: e,
                }
            }
            Lookup::Ambiguous => {
                let msg = format!("ambiguous selector {}.{}", self.estr(x), sel.text);
                self.error(sel.span.start, msg);
                Operand::invalid(e)
            }
            Lookup::NeedsPtr => {
                let msg = format!(
                    "cannot call pointer method {} on {}",
                    sel.text,
                    type_string(&o.ty)
                );
                self.error(sel.span.start, msg);
                Operand::invalid(e)
            }
            Lookup::InterfaceMethod {
                path,
                index,
                ty,
                indirect,
            } => {
                if !path.is_empty() {
                    // Promoted from an embedded interface: the path leads to the
                    // interface field (`s.M` is `s.I.M`).
                    self.res.selections.insert(
                        e,
                        Selection {
                            path,
                            indirect,
                            method: None,
                        },
                    );
                }
                self.res.iface_methods.insert(e, index);
                Operand {
                    mode: Mode::Value,
                    ty,
                    expr: e,
                }
            }
            Lookup::NotFound => {
                if self.under(&o.ty).is_invalid() {
                    return Operand::invalid(e);
                }
                if stdlib::types::method_set(&o.ty).is_some() {
                    // The methods and fields of the standard library's types.
                    let what = format!("{}.{}", self.estr(x), sel.text);
                    self.error(sel.span.start, crate::diagnostics::not_supported(&what));
                    return Operand::invalid(e);
                }
                let mut why = format!(
                    "type {} has no field or method {}",
                    type_string(&o.ty),
                    sel.text
                );
                if let Some(changed) = other_case(&sel.text) {
                    if !matches!(
                        self.lookup_field_or_method(&o.ty, addressable, &changed),
                        Lookup::NotFound
                    ) {
                        why.push_str(&format!(", but does have {changed}"));
                    }
                }
                let msg = format!("{}.{} undefined ({why})", self.estr(x), sel.text);
                self.error(sel.span.start, msg);
                Operand::invalid(e)
            }
        }
    }

    /// A method expression `T.M` / `(*T).M`: a function whose first parameter is the
    /// receiver, of type `T` as written.
    fn method_expr(&mut self, e: ExprId, x: ExprId, t: &Ty, sel: &ast::Name) -> Operand {
        let (path, method, indirect) = match self.lookup_field_or_method(t, false, &sel.text) {
            Lookup::Method {
                path,
                method,
                indirect,
            } => (path, method, indirect),
            Lookup::Ambiguous => {
                let msg = format!("ambiguous selector {}.{}", self.estr(x), sel.text);
                self.error(sel.span.start, msg);
                return Operand::invalid(e);
            }
            Lookup::NeedsPtr => {
                let msg = format!(
                    "cannot call pointer method {} on {}",
                    sel.text,
                    type_string(t)
                );
                self.error(sel.span.start, msg);
                return Operand::invalid(e);
            }
            Lookup::InterfaceMethod {
                path, index, ty, ..
            } => {
                if !path.is_empty() {
                    self.unsupported_expr(
                        e,
                        "method expressions of methods promoted from embedded interfaces",
                    );
                    return Operand::invalid(e);
                }
                self.res.iface_methods.insert(e, index);
                self.res.iface_method_exprs.insert(e);
                return Operand {
                    mode: Mode::Value,
                    ty: with_receiver(t, &ty),
                    expr: e,
                };
            }
            found @ (Lookup::Field { .. } | Lookup::NotFound) => {
                if self.under(t).is_invalid() {
                    return Operand::invalid(e);
                }
                let what = match found {
                    Lookup::Field { .. } => "method",
                    _ => "field or method",
                };
                let msg = format!(
                    "{}.{} undefined (type {} has no {what} {})",
                    self.estr(x),
                    sel.text,
                    type_string(t),
                    sel.text
                );
                self.error(sel.span.start, msg);
                return Operand::invalid(e);
            }
        };
        let mty = self.method_type(&method);
        self.method_ref(e, &method);
        let ty = with_receiver(t, &mty);
        self.res.selections.insert(
            e,
            Selection {
                path,
                indirect,
                method: Some(MethodSel {
                    func: method.func,
                    ptr_recv: method.ptr_recv,
                    expr: true,
                }),
            },
        );
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }

    /// Records a reference to a method, as types2 counts it among the declaration's
    /// dependencies (a variable initialised by a method call is initialised after what
    /// the method refers to).
    fn method_ref(&mut self, e: ExprId, method: &MethodDecl) {
        let (db, _) = self.env.db_package();
        let key = method.func.name(db).to_string();
        self.res.pkg_refs.push((e, key));
    }

    /// The function type of a method without its receiver (as a method value has it).
    pub(crate) fn method_type(&mut self, method: &MethodDecl) -> Ty {
        let (db, _) = self.env.db_package();
        let key = method.func.name(db).to_string();
        match self.env.lookup(&key) {
            Some(PkgObj::Func(t)) => t,
            _ => Ty::invalid(),
        }
    }

    /// types2's `lookupFieldOrMethod`: finds field or method `name` of `ty`, breadth
    /// first through embedded fields (an embedded `*T` is followed), a name found twice
    /// at the shallowest depth where it occurs being ambiguous. `addressable`: the
    /// operand is a variable, so a pointer method can take its address.
    /// What `path.name` is as an operand of expression `e` (also a dot-imported
    /// `name`), or `None` when golift does not provide it.
    pub(crate) fn package_member(&mut self, e: ExprId, path: &str, name: &str) -> Option<Operand> {
        let op = |mode, ty| Operand { mode, ty, expr: e };
        let (db, package) = self.env.db_package();
        if let Some(m) = stdlib::member(db, package, path, name) {
            return Some(match m {
                stdlib::Member::Var(ty) => op(Mode::Variable, ty),
                stdlib::Member::Const(ty, v) => op(Mode::Const(v), ty),
                stdlib::Member::Type(ty) => op(Mode::TypeExpr, ty),
                stdlib::Member::Builtin(b) => op(Mode::Builtin(b), Ty::invalid()),
                stdlib::Member::Func(ty) => op(Mode::Value, ty),
            });
        }
        let ty = universe::package_member(path, name)?;
        let mode = if matches!(ty.kind(), TyKind::Func { .. }) {
            Mode::Value
        } else {
            Mode::Variable
        };
        Some(op(mode, ty))
    }

    pub(crate) fn lookup_field_or_method(
        &mut self,
        ty: &Ty,
        addressable: bool,
        name: &str,
    ) -> Lookup {
        // A named pointer type has the fields of what it points to, but no methods.
        if let TyKind::Named(_) = ty.kind() {
            let under = self.under(ty);
            if let TyKind::Pointer(_) = under.kind() {
                return match self.lookup_field_or_method(&under, false, name) {
                    Lookup::Method { .. } | Lookup::NeedsPtr => Lookup::NotFound,
                    other => other,
                };
            }
        }
        let (start, is_ptr) = match ty.kind() {
            TyKind::Pointer(b) => (b.clone(), true),
            _ => (ty.clone(), false),
        };
        if is_ptr && matches!(self.under(&start).kind(), TyKind::Interface(_)) {
            return Lookup::NotFound;
        }
        let mut current = vec![Embedded {
            ty: start,
            path: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<Ty> = Vec::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<Lookup> = None;
            for e in current {
                if let TyKind::Named(n) = e.ty.kind() {
                    if seen.iter().any(|s| s.identical(&e.ty)) {
                        continue;
                    }
                    seen.push(e.ty.clone());
                    let (db, _) = self.env.db_package();
                    if let Some(m) = methods_of(db, n).iter().find(|m| m.name == name) {
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        found = Some(Lookup::Method {
                            path: e.path.clone(),
                            method: m.clone(),
                            indirect: e.indirect,
                        });
                        continue;
                    }
                }
                match self.under(&e.ty).kind().clone() {
                    TyKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut path = e.path.clone();
                            path.push(i as u32);
                            if f.name == name {
                                if found.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                found = Some(Lookup::Field {
                                    path,
                                    ty: f.ty.clone(),
                                    indirect: e.indirect,
                                });
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (ty, ptr) = match f.ty.kind() {
                                    TyKind::Pointer(b) => (b.clone(), true),
                                    _ => (f.ty.clone(), false),
                                };
                                next.push(Embedded {
                                    ty,
                                    path,
                                    indirect: e.indirect || ptr,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    TyKind::Interface(methods) if methods.iter().any(|(m, _)| m == name) => {
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        let Some(index) = methods.iter().position(|(m, _)| m == name) else {
                            continue;
                        };
                        found = Some(Lookup::InterfaceMethod {
                            path: e.path.clone(),
                            index: index as u32,
                            ty: methods[index].1.clone(),
                            indirect: e.indirect,
                        });
                    }
                    _ => {}
                }
            }
            if let Some(found) = found {
                if let Lookup::Method {
                    method, indirect, ..
                } = &found
                {
                    if method.ptr_recv && !indirect && !addressable {
                        return Lookup::NeedsPtr;
                    }
                }
                return found;
            }
            current = consolidate_multiples(next);
        }
        Lookup::NotFound
    }
}

/// What a selector's name denotes in a type.
pub(crate) enum Lookup {
    /// A field: the index path to it, its type, whether a pointer is followed.
    Field {
        path: Vec<u32>,
        ty: Ty,
        indirect: bool,
    },
    /// A method declared on the type at the end of `path` (embedded fields).
    Method {
        path: Vec<u32>,
        method: MethodDecl,
        indirect: bool,
    },
    /// Method `index` (in the sorted method list) of the interface at the end of `path`
    /// (embedded fields), of type `ty`; `indirect`: a pointer is followed on the way.
    InterfaceMethod {
        path: Vec<u32>,
        index: u32,
        ty: Ty,
        indirect: bool,
    },
    /// Found more than once at the shallowest depth.
    Ambiguous,
    /// A pointer method of a value that is not addressable.
    NeedsPtr,
    NotFound,
}

/// An embedded type to search at the next depth.
struct Embedded {
    ty: Ty,
    path: Vec<u32>,
    indirect: bool,
    /// The type is embedded more than once at this depth.
    multiples: bool,
}

/// types2's `consolidateMultiples`: one entry per type, marked when it occurs twice.
fn consolidate_multiples(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::new();
    for e in list {
        match out.iter_mut().find(|o| o.ty.identical(&e.ty)) {
            Some(o) => o.multiples = true,
            None => out.push(e),
        }
    }
    out
}

/// `name` with the case of its first letter changed (types2's hint `but does have`).
fn other_case(name: &str) -> Option<String> {
    let first = name.chars().next()?;
    let rest = name.chars().skip(1);
    Some(if first.is_uppercase() {
        first.to_lowercase().chain(rest).collect()
    } else {
        first.to_uppercase().chain(rest).collect()
    })
}

/// A method expression's function type: the method's type `mty` with the receiver type
/// `recv` as its first parameter.
fn with_receiver(recv: &Ty, mty: &Ty) -> Ty {
    match mty.kind() {
        TyKind::Func {
            params,
            results,
            variadic,
        } => Ty::new(TyKind::Func {
            params: std::iter::once(recv.clone())
                .chain(params.clone())
                .collect(),
            results: results.clone(),
            variadic: *variadic,
        }),
        _ => Ty::invalid(),
    }
}
