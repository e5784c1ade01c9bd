//! Package-level type declarations: the underlying type of every named type (computed
//! with the other package-level declarations in `pkg_env.rs`).

use std::collections::BTreeMap;

use crate::{Db, Package, Ty, TyKind};

/// The underlying type of each type declared at package level.
#[salsa::tracked(returns(ref))]
pub fn package_types(db: &dyn Db, package: Package) -> BTreeMap<String, Ty> {
    crate::pkg_env::package_env(db, package).types.clone()
}

/// `ty` with named types replaced by their underlying type (one level suffices: an
/// underlying type is never named).
pub fn underlying(db: &dyn Db, ty: &Ty) -> Ty {
    match ty.kind() {
        TyKind::Named(n) if n.def.owner(db).is_some() => match n.def.owner(db) {
            Some(f) => crate::infer(db, f.func(db))
                .local_types
                .get(&n.def)
                .cloned()
                .unwrap_or_else(Ty::invalid),
            None => Ty::invalid(),
        },
        TyKind::Named(n) if crate::stdlib::types::is_stdlib(n) => {
            crate::stdlib::types::underlying(&n.name)
        }
        TyKind::Named(n) => package_types(db, n.package(db))
            .get(&n.name)
            .cloned()
            .unwrap_or_else(Ty::invalid),
        _ => ty.clone(),
    }
}
