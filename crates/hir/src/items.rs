//! Parsing as a query, and the package's top-level items.
//!
//! [`decl_ast`] is the incrementality firewall: it clones one function's declaration out
//! of its file's syntax tree. Spans inside a declaration are relative to its start, so the
//! clone is equal to the previous one unless the function's own text changed, and salsa
//! then reuses everything computed from it. Absolute positions come only from
//! [`decl_offset`] (and [`crate::decl_offsets`]), which printers of diagnostics read
//! and analyses must not. [`package_items`] reads the files' [`crate::item_tree`]s, not
//! their syntax trees, so a body edit does not re-execute it.

use std::collections::BTreeMap;

use golift_syntax::ast;
use golift_syntax::LineIndex;

use crate::checker::expr_at;
use crate::file_items::{decl_offsets, item_tree};
use crate::{Db, Package, SourceFile};

/// The syntax tree of one file.
#[salsa::tracked(returns(ref))]
pub fn parse(db: &dyn Db, file: SourceFile) -> ast::File {
    golift_syntax::parse(file.text(db))
}

/// Line starts of one file, for turning offsets into `line:col`.
#[salsa::tracked(returns(ref))]
pub fn line_index(db: &dyn Db, file: SourceFile) -> LineIndex {
    LineIndex::new(file.text(db))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Func,
    Var,
    Const,
    Type,
}

/// Where a top-level name is declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ItemLoc {
    pub file: SourceFile,
    /// Index into `File::decls`.
    pub decl: u32,
    pub kind: ItemKind,
}

/// Every top-level name of a package. Methods are keyed `T.M` (receiver base type name,
/// without `*`). A name declared twice keeps its first declaration (the type checker
/// reports the redeclaration). The `n`th `func init()` of the package (files in package
/// order) is keyed `init.n`, gc's name for it (`main.init.0`): no Go name can refer to it.
/// The `n`th function or method named `_` is keyed `_.n` the same way.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ItemMap {
    pub items: BTreeMap<String, ItemLoc>,
    /// The package's `init` functions in source order (files in package order).
    pub init_funcs: Vec<ItemLoc>,
    /// The package's functions and methods named `_`, in source order.
    pub blank_funcs: Vec<ItemLoc>,
}

/// The item name of the `index`th `init` function of a package (see [`ItemMap`]).
pub fn init_func_name(index: usize) -> String {
    format!("init.{index}")
}

/// The item name of the `index`th function or method named `_` of a package (see
/// [`ItemMap`]).
pub fn blank_func_name(index: usize) -> String {
    format!("_.{index}")
}

/// Whether `func` is a function or method named `_`: checked and analysed as gc does,
/// but never compiled (gc emits no code for it; nothing can call it).
pub fn is_blank_func(db: &dyn Db, func: Func<'_>) -> bool {
    func.name(db).starts_with("_.")
}

/// A function or method declaration of a package, identified by name (`main`, `T.M`), so
/// that its identity survives edits elsewhere in the file.
#[salsa::interned(debug)]
pub struct Func<'db> {
    #[returns(copy)]
    pub package: Package,
    #[returns(ref)]
    pub name: String,
}

/// Every top-level name of `package`, from the files' [`crate::item_tree`]s (so a body
/// edit does not re-execute it).
#[salsa::tracked(returns(ref))]
pub fn package_items(db: &dyn Db, package: Package) -> ItemMap {
    let mut map = ItemMap::default();
    for &file in package.files(db) {
        let tree = item_tree(db, file);
        for (i, decl) in tree.decls.iter().enumerate() {
            let loc = |kind| ItemLoc {
                file,
                decl: i as u32,
                kind,
            };
            if let ast::DeclKind::Func(f) = &decl.kind {
                if f.recv.is_none() && f.name.text == "init" {
                    let name = init_func_name(map.init_funcs.len());
                    map.items.insert(name, loc(ItemKind::Func));
                    map.init_funcs.push(loc(ItemKind::Func));
                    continue;
                }
                if f.name.text == "_" {
                    let name = blank_func_name(map.blank_funcs.len());
                    map.items.insert(name, loc(ItemKind::Func));
                    map.blank_funcs.push(loc(ItemKind::Func));
                    continue;
                }
            }
            let in_main = tree.package.as_deref() == Some("main");
            let mut add = |name: String, kind| {
                // `main` in package main must be a func: anything else is an error (see
                // diagnose.rs) and declares nothing, as in types2.
                let bad_main = name == "main" && in_main && kind != ItemKind::Func;
                if name != "_" && name != "init" && !bad_main {
                    map.items.entry(name).or_insert(loc(kind));
                }
            };
            match &decl.kind {
                ast::DeclKind::Func(f) => {
                    let name = match &f.recv {
                        Some(recv) => format!("{}.{}", receiver_base(decl, recv), f.name.text),
                        None => f.name.text.clone(),
                    };
                    add(name, ItemKind::Func);
                }
                ast::DeclKind::Var(specs) => {
                    for n in specs.iter().flat_map(|s| &s.names) {
                        add(n.text.clone(), ItemKind::Var);
                    }
                }
                ast::DeclKind::Const(specs) => {
                    for n in specs.iter().flat_map(|s| &s.names) {
                        add(n.text.clone(), ItemKind::Const);
                    }
                }
                ast::DeclKind::Type(specs) => {
                    for s in specs {
                        add(s.name.text.clone(), ItemKind::Type);
                    }
                }
                ast::DeclKind::Bad => {}
            }
        }
    }
    map
}

/// The base type name of a receiver (`T` for `t *T`, `T[P]`, ...).
pub(crate) fn receiver_base(decl: &ast::Decl, recv: &ast::Field) -> String {
    let mut e = recv.typ;
    loop {
        match expr_at(decl, e).map(|x| &x.kind) {
            Some(ast::ExprKind::Star(x) | ast::ExprKind::Paren(x)) => e = *x,
            Some(ast::ExprKind::Index { x, .. }) => e = *x,
            Some(ast::ExprKind::Name(n)) => return n.clone(),
            _ => return "?".to_string(),
        }
    }
}

/// Every function of the package (methods and `init` functions included), in name order.
#[salsa::tracked(returns(ref))]
pub fn package_funcs<'db>(db: &'db dyn Db, package: Package) -> Vec<Func<'db>> {
    package_items(db, package)
        .items
        .iter()
        .filter(|(_, loc)| loc.kind == ItemKind::Func)
        .map(|(name, _)| Func::new(db, package, name.clone()))
        .collect()
}

/// The package's `init` functions in the order the package initialiser runs them
/// (source order, files in package order).
pub fn init_funcs<'db>(db: &'db dyn Db, package: Package) -> Vec<Func<'db>> {
    (0..package_items(db, package).init_funcs.len())
        .map(|i| Func::new(db, package, init_func_name(i)))
        .collect()
}

/// The function of that name, if the package declares one.
pub fn func_by_name<'db>(db: &'db dyn Db, package: Package, name: &str) -> Option<Func<'db>> {
    let loc = package_items(db, package).items.get(name)?;
    (loc.kind == ItemKind::Func).then(|| Func::new(db, package, name.to_string()))
}

/// Where `func` is declared.
pub fn func_loc(db: &dyn Db, func: Func<'_>) -> Option<ItemLoc> {
    package_items(db, func.package(db))
        .items
        .get(func.name(db))
        .copied()
}

/// The declaration of `func`: equal across edits that do not touch its text.
#[salsa::tracked(returns(ref))]
pub fn decl_ast<'db>(db: &'db dyn Db, func: Func<'db>) -> Option<ast::Decl> {
    let loc = func_loc(db, func)?;
    parse(db, loc.file).decls.get(loc.decl as usize).cloned()
}

/// The file and absolute start offset of `func`'s declaration: add it to a relative span
/// to print a position. Analyses must not depend on it.
#[salsa::tracked]
pub fn decl_offset<'db>(db: &'db dyn Db, func: Func<'db>) -> Option<(SourceFile, u32)> {
    // A function literal's positions are relative to the declaration it is written in.
    let func = crate::FuncId::new(func).outermost(db).func(db);
    let loc = func_loc(db, func)?;
    let offset = *decl_offsets(db, loc.file).get(loc.decl as usize)?;
    Some((loc.file, offset))
}

/// One package-level `var` spec, in source order (files in package order): its
/// declaration, the names it declares (`_` included) and where its first name is,
/// relative to the declaration's start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarSpecLoc {
    pub file: SourceFile,
    /// Index into `File::decls`.
    pub decl: u32,
    pub names: Vec<String>,
    pub start: u32,
}

/// Every package-level `var` spec of `package` in source order, from the files'
/// [`crate::item_tree`]s: what gc's object writer walks when it lays out the package's
/// variables.
#[salsa::tracked(returns(ref))]
pub fn package_var_specs(db: &dyn Db, package: Package) -> Vec<VarSpecLoc> {
    let mut out = Vec::new();
    for &file in package.files(db) {
        for (i, decl) in item_tree(db, file).decls.iter().enumerate() {
            let ast::DeclKind::Var(specs) = &decl.kind else {
                continue;
            };
            for spec in specs {
                out.push(VarSpecLoc {
                    file,
                    decl: i as u32,
                    names: spec.names.iter().map(|n| n.text.clone()).collect(),
                    start: spec.names.first().map_or(spec.span.start, |n| n.span.start),
                });
            }
        }
    }
    out
}
