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
