//! Methods of the package's named types: which methods each type declares, with their
//! functions and receiver kinds ([`package_methods`], read from the item trees only,
//! so a body edit re-executes nothing here), and gc's declaration errors about them
//! ([`method_decl_errors`]: a method named like a field of its struct type, a method
//! declared twice).
//!
//! hir owns the method set of each type: the checker's selector lookup (promotion
//! through embedded fields, in `check_expr/selector.rs`) and, later, interface
//! satisfaction read [`methods_of`]. What this module does not do: check receivers'
//! types (the method's own [`crate::infer`] does, as types2's `validRecv`) or bodies.

use std::collections::BTreeMap;

use golift_syntax::ast::{self, DeclKind, ExprKind};

use crate::checker::expr_at;
use crate::items::receiver_base;
use crate::{item_tree, package_items, Db, FuncId, NamedRef, Package, SourceFile, TyKind};

/// One method declaration of a named type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodDecl {
    pub name: String,
    pub func: FuncId,
    /// `func (p *T) M()`.
    pub ptr_recv: bool,
}

/// Every package-level named type's declared methods, by type name, in declaration
/// order (the first declaration of a method declared twice; blank methods left out).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PackageMethods {
    pub by_type: BTreeMap<String, Vec<MethodDecl>>,
}

#[salsa::tracked(returns(ref))]
pub fn package_methods(db: &dyn Db, package: Package) -> PackageMethods {
    let items = package_items(db, package);
    let mut out = PackageMethods::default();
    for &file in package.files(db) {
        for (di, decl) in item_tree(db, file).decls.iter().enumerate() {
            let DeclKind::Func(f) = &decl.kind else {
                continue;
            };
            let Some(recv) = &f.recv else { continue };
            if f.name.text == "_" {
                continue;
            }
            let base = receiver_base(decl, recv);
            let key = format!("{base}.{}", f.name.text);
            let first = items
                .items
                .get(&key)
                .is_some_and(|loc| loc.file == file && loc.decl as usize == di);
            if !first {
                continue;
            }
            out.by_type.entry(base).or_default().push(MethodDecl {
                name: f.name.text.clone(),
                func: FuncId::of(db, package, &key),
                ptr_recv: recv_is_pointer(decl, recv),
            });
        }
    }
    out
}

/// The methods declared on named type `named` (none for a type of another package or a
/// local type, which cannot have methods).
pub fn methods_of<'db>(db: &'db dyn Db, named: &NamedRef) -> &'db [MethodDecl] {
    if named.def.owner(db).is_some() {
        return &[];
    }
    package_methods(db, named.package(db))
        .by_type
        .get(&named.name)
        .map_or(&[], |v| v.as_slice())
}

/// Whether the receiver's type is written `*T`.
fn recv_is_pointer(decl: &ast::Decl, recv: &ast::Field) -> bool {
    let mut e = recv.typ;
    loop {
        match expr_at(decl, e).map(|x| &x.kind) {
            Some(ExprKind::Paren(x)) => e = *x,
            Some(ExprKind::Star(_)) => return true,
            _ => return false,
        }
    }
}

/// A declaration error about a method, with the line gc prints under it (`other
/// declaration of M`), which may be in another declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MethodDeclError {
    pub file: SourceFile,
    pub decl: u32,
    pub offset: u32,
    pub message: String,
    /// File, declaration, offset in it, and text.
    pub note: Option<(SourceFile, u32, u32, String)>,
}

/// types2's `collectMethods` errors, in declaration order: `field and method with the
/// same name M` (a method named like a field of its struct type) and `T.M redeclared in
/// this block` (a method declared twice on one type).
pub(crate) fn method_decl_errors(db: &dyn Db, package: Package) -> Vec<MethodDeclError> {
    let items = package_items(db, package);
    let mut out = Vec::new();
    for &file in package.files(db) {
        for (di, decl) in item_tree(db, file).decls.iter().enumerate() {
            let DeclKind::Func(f) = &decl.kind else {
                continue;
            };
            let Some(recv) = &f.recv else { continue };
            if f.name.text == "_" {
                continue;
            }
            let base = receiver_base(decl, recv);
            let key = format!("{base}.{}", f.name.text);
            let Some(loc) = items.items.get(&key) else {
                continue;
            };
            if loc.file != file || loc.decl as usize != di {
                // A second declaration of the method.
                let other = item_tree(db, loc.file)
                    .decls
                    .get(loc.decl as usize)
                    .and_then(|d| match &d.kind {
                        DeclKind::Func(g) => Some(g.name.span.start),
                        _ => None,
                    });
                out.push(MethodDeclError {
                    file,
                    decl: di as u32,
                    offset: f.name.span.start,
                    message: format!("{key} redeclared in this block"),
                    note: other.map(|o| {
                        (
                            loc.file,
                            loc.decl,
                            o,
                            format!("other declaration of {}", f.name.text),
                        )
                    }),
                });
                continue;
            }
            if let Some((tfile, tdecl, off)) = struct_field_pos(db, package, &base, &f.name.text) {
                out.push(MethodDeclError {
                    file,
                    decl: di as u32,
                    offset: f.name.span.start,
                    message: format!("field and method with the same name {}", f.name.text),
                    note: Some((
                        tfile,
                        tdecl,
                        off,
                        format!("other declaration of {}", f.name.text),
                    )),
                });
            }
        }
    }
    out
}

/// Where field `field` of package-level struct type `ty` is declared (file, declaration,
/// offset of the field's name), if `ty` is a struct type with such a field.
fn struct_field_pos(
    db: &dyn Db,
    package: Package,
    ty: &str,
    field: &str,
) -> Option<(SourceFile, u32, u32)> {
    let loc = package_items(db, package).items.get(ty)?;
    let named = crate::Ty::new(TyKind::Named(NamedRef::package_level(db, package, ty)));
    let under = crate::underlying(db, &named);
    let TyKind::Struct(fields) = under.kind() else {
        return None;
    };
    if !fields.iter().any(|f| f.name == field) {
        return None;
    }
    let decl = item_tree(db, loc.file).decls.get(loc.decl as usize)?;
    let DeclKind::Type(specs) = &decl.kind else {
        return None;
    };
    let spec = specs.iter().find(|s| s.name.text == ty)?;
    let mut e = spec.typ;
    while let Some(ExprKind::Paren(x)) = expr_at(decl, e).map(|x| &x.kind) {
        e = *x;
    }
    let Some(ExprKind::StructType { fields }) = expr_at(decl, e).map(|x| &x.kind) else {
        return None;
    };
    for f in fields {
        if let Some(n) = f.names.iter().find(|n| n.text == field) {
            return Some((loc.file, loc.decl, n.span.start));
        }
        if f.names.is_empty() {
            // An embedded field is named by its type's name.
            let mut t = f.typ;
            loop {
                match expr_at(decl, t).map(|x| &x.kind) {
                    Some(ExprKind::Star(x) | ExprKind::Paren(x)) => t = *x,
                    Some(ExprKind::Name(n)) if n == field => {
                        return Some((loc.file, loc.decl, f.span.start));
                    }
                    Some(ExprKind::Selector { sel, .. }) if sel.text == field => {
                        return Some((loc.file, loc.decl, f.span.start));
                    }
                    _ => break,
                }
            }
        }
    }
    None
}

/// One method of a type's method set: the declaration, and how the receiver is reached
/// from a value of the type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodSetEntry {
    pub method: MethodDecl,
    /// Field indices through embedded fields to the type declaring the method (empty
    /// for a method declared on the type itself).
    pub path: Vec<u32>,
    /// Whether a pointer is followed on the way (the type is a pointer, or an embedded
    /// field on the path is).
    pub indirect: bool,
}

/// A method of an interface embedded in a struct, promoted to the struct's method sets
/// (`type S struct{ I }`: `S.M` calls `s.I.M`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IfaceSetEntry {
    pub name: String,
    /// Field indices through embedded fields to the interface field (never empty).
    pub path: Vec<u32>,
    /// Whether a pointer is followed on the way.
    pub indirect: bool,
    /// The interface type of the field, and the method's index in its method list.
    pub iface: crate::Ty,
    pub index: u32,
    /// The method's type (a func type without receiver).
    pub sig: crate::Ty,
}

/// One member of a full method set: a declared method, or one of an embedded
/// interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MethodSetMember {
    Decl(MethodSetEntry),
    Iface(IfaceSetEntry),
}

impl MethodSetMember {
    pub fn name(&self) -> &str {
        match self {
            MethodSetMember::Decl(e) => &e.method.name,
            MethodSetMember::Iface(e) => &e.name,
        }
    }

    /// The field path to the type declaring the method (or to the interface field).
    pub fn path(&self) -> &[u32] {
        match self {
            MethodSetMember::Decl(e) => &e.path,
            MethodSetMember::Iface(e) => &e.path,
        }
    }
}

/// The method set of `ty` (`T` or `*T`, `T` named), sorted by name, as gc's
/// `expandmeth` builds it: methods declared on `T`, and those promoted through embedded
/// fields, a name at a shallower depth (field or method) hiding deeper ones and a name
/// found twice at one depth left out; for `T` itself, pointer methods only where a
/// pointer is followed to reach them. Methods of embedded interfaces hide deeper names
/// but are left out: [`full_method_set`] has them.
pub fn method_set(db: &dyn Db, ty: &crate::Ty) -> Vec<MethodSetEntry> {
    full_method_set(db, ty)
        .into_iter()
        .filter_map(|m| match m {
            MethodSetMember::Decl(e) => Some(e),
            MethodSetMember::Iface(_) => None,
        })
        .collect()
}

/// [`method_set`] with the methods promoted from embedded interface fields.
pub fn full_method_set(db: &dyn Db, ty: &crate::Ty) -> Vec<MethodSetMember> {
    let (start, is_ptr) = match ty.kind() {
        TyKind::Pointer(b) => (b.clone(), true),
        _ => (ty.clone(), false),
    };
    struct Level {
        ty: crate::Ty,
        path: Vec<u32>,
        indirect: bool,
        multiples: bool,
    }
    let mut current = vec![Level {
        ty: start,
        path: Vec::new(),
        indirect: is_ptr,
        multiples: false,
    }];
    let mut seen: Vec<crate::Ty> = Vec::new();
    let mut hidden: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut out: Vec<MethodSetMember> = Vec::new();
    while !current.is_empty() {
        // Names found at this depth: the entries (a method) or None (a field), and
        // whether they are found more than once.
        let mut found: BTreeMap<String, (Option<MethodSetMember>, u32)> = BTreeMap::new();
        let mut next: Vec<Level> = Vec::new();
        for e in current {
            if let TyKind::Named(n) = e.ty.kind() {
                if seen.iter().any(|s| s.identical(&e.ty)) {
                    continue;
                }
                seen.push(e.ty.clone());
                for m in methods_of(db, n) {
                    let slot = found.entry(m.name.clone()).or_insert((None, 0));
                    slot.1 += if e.multiples { 2 } else { 1 };
                    slot.0 = Some(MethodSetMember::Decl(MethodSetEntry {
                        method: m.clone(),
                        path: e.path.clone(),
                        indirect: e.indirect,
                    }));
                }
            }
            match crate::underlying(db, &e.ty).kind() {
                TyKind::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        let slot = found.entry(f.name.clone()).or_insert((None, 0));
                        slot.1 += 1;
                        slot.0 = None;
                        if f.embedded {
                            let (fty, ptr) = match f.ty.kind() {
                                TyKind::Pointer(b) => (b.clone(), true),
                                _ => (f.ty.clone(), false),
                            };
                            let mut path = e.path.clone();
                            path.push(i as u32);
                            match next.iter_mut().find(|l| l.ty.identical(&fty)) {
                                Some(l) => l.multiples = true,
                                None => next.push(Level {
                                    ty: fty,
                                    path,
                                    indirect: e.indirect || ptr,
                                    multiples: e.multiples,
                                }),
                            }
                        }
                    }
                }
                TyKind::Interface(ms) if !e.path.is_empty() => {
                    for (index, (name, sig)) in ms.iter().enumerate() {
                        let slot = found.entry(name.clone()).or_insert((None, 0));
                        slot.1 += if e.multiples { 2 } else { 1 };
                        slot.0 = Some(MethodSetMember::Iface(IfaceSetEntry {
                            name: name.clone(),
                            path: e.path.clone(),
                            indirect: e.indirect,
                            iface: e.ty.clone(),
                            index: index as u32,
                            sig: sig.clone(),
                        }));
                    }
                }
                _ => {}
            }
        }
        for (name, (entry, count)) in found {
            if !hidden.insert(name) {
                continue;
            }
            match (entry, count) {
                (Some(MethodSetMember::Decl(entry)), 1)
                    if is_ptr || !entry.method.ptr_recv || entry.indirect =>
                {
                    out.push(MethodSetMember::Decl(entry));
                }
                (Some(m @ MethodSetMember::Iface(_)), 1) => out.push(m),
                _ => {}
            }
        }
        current = next;
    }
    out.sort_by(|a, b| a.name().cmp(b.name()));
    out
}
