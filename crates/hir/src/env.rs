//! What a body checker sees outside the function: package-level objects, the imports of
//! its file, and underlying types of named types.
//!
//! Two implementations: [`BodyEnv`] reads the finished [`crate::package_scope`] (used by
//! [`crate::infer`]), and the lazy package-level builder in `pkg_env.rs` evaluates
//! constants, variable types and type declarations on demand while checking them.

use crate::pkg_env::PackageScope;
use crate::{signature, Db, Func, ItemKind, Package, Ty, TyKind};

/// A package-level object as a body sees it.
#[derive(Clone, Debug)]
pub(crate) enum PkgObj {
    Const(Ty, crate::ConstValue),
    Var(Ty),
    Func(Ty),
    Type(Ty),
    /// Declared, but its declaration is erroneous (already reported).
    Invalid,
}

pub(crate) trait Env {
    /// A package-level object (not the universe, not imports).
    fn lookup(&mut self, name: &str) -> Option<PkgObj>;
    /// The underlying type of `ty` (itself unless named).
    fn underlying(&mut self, ty: &Ty) -> Ty;
    /// The database and the package being checked (to intern identities).
    fn db_package(&self) -> (&dyn Db, Package);
}

/// The environment of a function body: the finished package scope.
pub(crate) struct BodyEnv<'a> {
    pub(crate) db: &'a dyn Db,
    pub(crate) package: Package,
    pub(crate) scope: &'a PackageScope,
    /// Lowering a signature: functions are not looked into (their signatures could
    /// depend on this one, `func f(x f)`).
    pub(crate) signature_only: bool,
}

impl Env for BodyEnv<'_> {
    fn lookup(&mut self, name: &str) -> Option<PkgObj> {
        let kind = *self.scope.kinds.get(name)?;
        Some(match kind {
            ItemKind::Const => match self.scope.consts.get(name) {
                Some((ty, v)) => PkgObj::Const(ty.clone(), v.clone()),
                None => PkgObj::Invalid,
            },
            ItemKind::Var => match self.scope.globals.get(name) {
                Some(ty) => PkgObj::Var(ty.clone()),
                None => PkgObj::Invalid,
            },
            ItemKind::Type => match self.scope.aliases.get(name) {
                // An alias denotes its type (its errors were reported with it).
                Some(t) if t.is_invalid() => PkgObj::Invalid,
                Some(t) => PkgObj::Type(t.clone()),
                None => PkgObj::Type(Ty::new(TyKind::Named(crate::NamedRef::package_level(
                    self.db,
                    self.package,
                    name,
                )))),
            },
            ItemKind::Func if self.signature_only => PkgObj::Func(Ty::invalid()),
            ItemKind::Func => {
                let func = Func::new(self.db, self.package, name.to_string());
                if *crate::check_func::is_generic(self.db, func) {
                    PkgObj::Invalid
                } else {
                    PkgObj::Func(signature(self.db, func).to_ty())
                }
            }
        })
    }

    fn underlying(&mut self, ty: &Ty) -> Ty {
        crate::underlying(self.db, ty)
    }

    fn db_package(&self) -> (&dyn Db, Package) {
        (self.db, self.package)
    }
}
