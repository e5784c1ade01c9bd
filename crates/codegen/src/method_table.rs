//! The method tables of type descriptors (docs/runtime-abi.md, "Method tables"): for a
//! concrete type its method set (`T`: value methods, `*T`: all, promoted ones included),
//! for an interface type its methods, each as name, signature (a func type without the
//! receiver) and the function an itab slot would hold (`itab.rs`; none for an
//! interface), in gc's method order (exported names first, then by name: the order of an
//! interface's methods, so the runtime matches an interface against a type in one
//! merge). Emitting the records is `object.rs`'s; the run-time lookups are the
//! runtime's (`methods.rs`).

use golift_hir::{full_method_set, underlying, Db, MethodSetMember, Ty, TyKind};

use crate::itab::{method_fn, ItabFn};

/// One method of a type's method table.
#[derive(Clone, Debug)]
pub(crate) struct MethodEntry {
    pub name: String,
    /// The method's type without its receiver (a func type).
    pub sig: Ty,
    /// What an itab slot holds for it; `None` for an interface's method.
    pub func: Option<ItabFn>,
}

/// gc's method order: exported names first, then by name.
pub(crate) fn method_order(a: &str, b: &str) -> std::cmp::Ordering {
    let exported = |n: &str| n.starts_with(|c: char| c.is_uppercase());
    exported(b).cmp(&exported(a)).then_with(|| a.cmp(b))
}

/// The method table of `ty`'s descriptor.
pub(crate) fn method_table(db: &dyn Db, ty: &Ty) -> Vec<MethodEntry> {
    if let TyKind::Interface(ms) = underlying(db, ty).kind() {
        return ms
            .iter()
            .map(|(name, sig)| MethodEntry {
                name: name.clone(),
                sig: sig.clone(),
                func: None,
            })
            .collect();
    }
    let mut out: Vec<MethodEntry> = full_method_set(db, ty)
        .iter()
        .map(|m| {
            let sig = match m {
                MethodSetMember::Decl(e) => {
                    let s = golift_hir::signature(db, e.method.func.func(db));
                    Ty::new(TyKind::Func {
                        params: s.params.iter().map(|(_, t)| t.clone()).collect(),
                        results: s.results.iter().map(|(_, t)| t.clone()).collect(),
                        variadic: s.variadic,
                    })
                }
                MethodSetMember::Iface(e) => e.sig.clone(),
            };
            MethodEntry {
                name: m.name().to_string(),
                sig,
                func: Some(method_fn(db, ty, m)),
            }
        })
        .collect();
    out.sort_by(|a, b| method_order(&a.name, &b.name));
    out
}
