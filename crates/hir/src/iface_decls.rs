//! Where the parameters of package-level interface types' methods are declared, for
//! printers that name them: gc's `I.M` wrapper of an interface method declares its
//! parameters as the interface's method type writes them (`p`, or `.anonN` for an
//! unnamed or blank one), at the parameter's position, and `-m=2` explains their leaks
//! there.
//!
//! The interface types themselves ([`crate::TyKind::Interface`]) keep only method names
//! and signatures; this reads the declarations from the files' item trees. It follows
//! embedded interfaces declared in the same package; methods of other embedded types
//! (universe's `error`, other packages' interfaces) have no entry. Local interface types
//! (declared in function bodies) are not covered.

use std::collections::BTreeMap;

use golift_syntax::ast;

use crate::{item_tree, package_items, Db, ItemKind, Package};

/// One parameter of an interface method as declared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IfaceParam {
    /// The name gc's wrapper gives it: as written, or `.anonN` (N counting the
    /// method's unnamed and blank parameters) for an unnamed or `_` parameter.
    pub name: String,
    /// The declaration holding it, as escape's position keys name it: the index of the
    /// file in the package, and of the declaration in the file.
    pub file: u32,
    pub decl: u32,
    /// The parameter's name, or its type (`...` for an unnamed variadic one), relative to
    /// the declaration's start.
    pub offset: u32,
}

/// One method of an interface type, its own or promoted from an embedded interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IfaceMethodDecl {
    pub name: String,
    pub params: Vec<IfaceParam>,
}

/// For each interface type declared at package level, by name: the methods whose
/// declaration is found (its own, and its embedded package-level interfaces'), in no
/// particular order.
#[salsa::tracked(returns(ref))]
pub fn iface_method_decls(db: &dyn Db, package: Package) -> BTreeMap<String, Vec<IfaceMethodDecl>> {
    let files = package.files(db);
    // Own methods and embedded names of each interface declaration.
    let mut own: BTreeMap<String, (Vec<IfaceMethodDecl>, Vec<String>)> = BTreeMap::new();
    for (name, loc) in &package_items(db, package).items {
        if loc.kind != ItemKind::Type {
            continue;
        }
        let Some(file_index) = files.iter().position(|f| *f == loc.file) else {
            continue;
        };
        let Some(decl) = item_tree(db, loc.file).decls.get(loc.decl as usize) else {
            continue;
        };
        let ast::DeclKind::Type(specs) = &decl.kind else {
            continue;
        };
        let Some(spec) = specs.iter().find(|s| s.name.text == *name) else {
            continue;
        };
        if spec.alias || !spec.type_params.is_empty() {
            continue;
        }
        let mut typ = spec.typ;
        while let ast::ExprKind::Paren(x) = &decl.exprs[typ].kind {
            typ = *x;
        }
        let ast::ExprKind::InterfaceType { elems } = &decl.exprs[typ].kind else {
            continue;
        };
        let mut methods = Vec::new();
        let mut embeds = Vec::new();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => methods.push(IfaceMethodDecl {
                    name: name.text.clone(),
                    params: params(sig, file_index as u32, loc.decl),
                }),
                ast::InterfaceElem::Embed(e) => {
                    if let ast::ExprKind::Name(n) = &decl.exprs[*e].kind {
                        embeds.push(n.clone());
                    }
                }
            }
        }
        own.insert(name.clone(), (methods, embeds));
    }
    own.keys()
        .map(|name| {
            let mut out = Vec::new();
            collect(&own, name, &mut Vec::new(), &mut out);
            (name.clone(), out)
        })
        .collect()
}

/// The methods of `name` and of the interfaces it embeds, each name once.
fn collect(
    own: &BTreeMap<String, (Vec<IfaceMethodDecl>, Vec<String>)>,
    name: &str,
    seen: &mut Vec<String>,
    out: &mut Vec<IfaceMethodDecl>,
) {
    if seen.iter().any(|s| s == name) {
        return;
    }
    seen.push(name.to_string());
    let Some((methods, embeds)) = own.get(name) else {
        return;
    };
    for m in methods {
        if !out.iter().any(|o: &IfaceMethodDecl| o.name == m.name) {
            out.push(m.clone());
        }
    }
    for e in embeds {
        collect(own, e, seen, out);
    }
}

/// The parameters of a method signature, as gc's wrapper names and places them.
fn params(sig: &ast::FuncType, file: u32, decl: u32) -> Vec<IfaceParam> {
    let mut out = Vec::new();
    let mut anon = 0;
    let mut anon_name = || {
        let n = format!(".anon{anon}");
        anon += 1;
        n
    };
    for field in &sig.params {
        if field.names.is_empty() {
            out.push(IfaceParam {
                name: anon_name(),
                file,
                decl,
                offset: field.span.start,
            });
        }
        for n in &field.names {
            let name = if n.text == "_" {
                anon_name()
            } else {
                n.text.clone()
            };
            out.push(IfaceParam {
                name,
                file,
                decl,
                offset: n.span.start,
            });
        }
    }
    out
}
