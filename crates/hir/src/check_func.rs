//! The per-function queries: [`signature`] (from the declaration only) and [`infer`]
//! (resolution, types, constants, conversions and type errors of one body).
//!
//! Both read only [`decl_ast`] (equal across edits elsewhere), the file's imports and
//! the package-level [`package_scope`]; absolute positions never enter, so an edit to
//! another function, or lines inserted above, leave their results reusable.

use golift_syntax::ast::{DeclKind, FuncDecl};

use crate::checker::{Checker, ImportName};
use crate::env::BodyEnv;
use crate::errors::type_string;
use crate::pkg_env::{file_imports, package_scope};
use crate::{
    decl_ast, func_loc, item_tree, BasicKind, Db, Func, InferenceResult, Signature, SourceFile, Ty,
    TyKind,
};

/// The import names of one file (a query of its own so that readers depend only on the
/// imports, not on the whole syntax tree).
#[salsa::tracked(returns(ref))]
pub(crate) fn imports_of(db: &dyn Db, file: SourceFile) -> Vec<ImportName> {
    file_imports(&item_tree(db, file).imports)
}

fn func_imports<'db>(db: &'db dyn Db, func: Func<'db>) -> &'db [ImportName] {
    match func_loc(db, func) {
        Some(loc) => imports_of(db, loc.file),
        None => &[],
    }
}

/// Runs `check` with a checker over `func`'s declaration (its package scope and file
/// imports in place), or returns the default when `func` declares no function.
fn check_func_decl<'db, T: Default>(
    db: &'db dyn Db,
    func: Func<'db>,
    signature_only: bool,
    check: impl FnOnce(Checker<'_>, &FuncDecl) -> T,
) -> T {
    let Some(decl) = decl_ast(db, func) else {
        return T::default();
    };
    let DeclKind::Func(f) = &decl.kind else {
        return T::default();
    };
    let package = func.package(db);
    let mut env = BodyEnv {
        db,
        package,
        scope: package_scope(db, package),
        signature_only,
    };
    let mut c = Checker::new(&mut env, decl, func_imports(db, func));
    c.check_named_valid = true;
    c.owner = Some(crate::FuncId::new(func));
    check(c, f)
}

/// Whether `func` declares type parameters. Generic functions are not supported yet:
/// a reference to one is an invalid operand, so its uses cause no further errors. A
/// query of its own, so that callers depend on this fact, not on the declaration.
#[salsa::tracked]
pub(crate) fn is_generic<'db>(db: &'db dyn Db, func: Func<'db>) -> bool {
    matches!(
        decl_ast(db, func).as_ref().map(|d| &d.kind),
        Some(DeclKind::Func(f)) if !f.type_params.is_empty()
    )
}

/// The signature of one function.
#[salsa::tracked(returns(ref))]
pub fn signature<'db>(db: &'db dyn Db, func: Func<'db>) -> Signature {
    check_func_decl(db, func, true, |mut c, f| {
        let mut sig = c.func_type(&f.sig);
        if let Some(recv) = &f.recv {
            let name = recv.names.first().map_or(String::new(), |n| n.text.clone());
            sig.recv = Some((name, c.typ(recv.typ)));
        }
        sig
    })
}

/// The type checker's view of one function.
#[salsa::tracked(returns(ref))]
pub fn infer<'db>(db: &'db dyn Db, func: Func<'db>) -> InferenceResult {
    let complete = !func.package(db).bodies_elsewhere(db);
    check_func_decl(db, func, false, |c, f| infer_body(c, f, complete))
}

/// [`infer`] once the checker is set up: the declaration's own rules, then the body.
/// `complete` is gc's `-complete`: a function without body is an error.
fn infer_body(mut c: Checker<'_>, f: &FuncDecl, complete: bool) -> InferenceResult {
    if let Some(tp) = f.type_params.first() {
        c.unsupported(tp.span.start, "generic functions");
        // What the unchecked body names is used (its imports are not "unused").
        c.mark_used_in(c.decl.span);
        return c.res;
    }
    let mut sig = c.func_type(&f.sig);
    if let Some(recv) = &f.recv {
        let rty = c.typ(recv.typ);
        c.valid_recv(recv, &rty);
        let name = recv.names.first().map_or(String::new(), |n| n.text.clone());
        sig.recv = Some((name, rty));
    }
    // types2 requires a body of `init` whatever the flags.
    let init = f.recv.is_none() && f.name.text == "init";
    if f.body.is_none() && (complete || init) {
        c.res
            .late_diagnostics
            .push((f.name.span.start, "missing function body".to_string()));
    }
    // Without a body, this declares the parameters (escape analysis tags them).
    c.func_body(&sig, f);
    c.check_map_keys();
    c.res
}

impl Checker<'_> {
    /// types2's `validRecv`: the receiver's type must be `T` or `*T` with `T` a type
    /// name of this package that is neither a pointer nor an interface.
    fn valid_recv(&mut self, recv: &golift_syntax::ast::Field, rty: &Ty) {
        if rty.is_invalid() {
            return;
        }
        let base = match rty.kind() {
            TyKind::Pointer(b) => b.clone(),
            _ => rty.clone(),
        };
        if base.is_invalid() {
            return;
        }
        let pos = recv.span.start;
        match base.kind() {
            TyKind::Named(n) => {
                let (db, package) = self.env.db_package();
                if n.package(db) != package || crate::stdlib::types::is_stdlib(n) {
                    let msg = format!(
                        "cannot define new methods on non-local type {}",
                        type_string(&base)
                    );
                    self.error(pos, msg);
                    return;
                }
                let cause = match self.under(&base).kind() {
                    TyKind::Basic(BasicKind::UnsafePointer) => "unsafe.Pointer",
                    TyKind::Pointer(_) | TyKind::Interface(_) => "pointer or interface type",
                    _ => return,
                };
                let msg = format!("invalid receiver type {} ({cause})", type_string(&base));
                self.error(pos, msg);
            }
            TyKind::Basic(_) => {
                let msg = format!(
                    "cannot define new methods on non-local type {}",
                    type_string(&base)
                );
                self.error(pos, msg);
            }
            _ => {
                let msg = format!("invalid receiver type {}", type_string(rty));
                self.error(pos, msg);
            }
        }
    }
}
