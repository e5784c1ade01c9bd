//! Itabs: the read-only `{inter, typ, hash, fun[n]}` record a non-empty interface value
//! points at (docs/runtime-abi.md, "Itabs"), one per (interface, concrete type) pair,
//! deduplicated by symbol; which function each `fun` slot holds (the method itself, or
//! the `(*T).M` wrapper of a value method when the value is boxed, see `wrapper.rs`).
//! Emitting the data is `object.rs`'s; this module decides the contents only.

use golift_hir::{method_set, underlying, Db, FuncId, MethodSetEntry, Ty, TyKind};

use crate::types::typedesc_symbol;

/// Bytes before `fun[0]`: `inter`, `typ`, `hash` (and padding).
pub(crate) const ITAB_FUN_OFFSET: u64 = 24;
/// Offset of the concrete type's descriptor in an itab.
pub(crate) const ITAB_TYPE_OFFSET: i32 = 8;

/// The symbol of the itab of `concrete` for interface `iface` (gc's `go.itab.T,I`).
pub(crate) fn itab_symbol(db: &dyn Db, iface: &Ty, concrete: &Ty) -> String {
    format!(
        "go.itab.{},{}",
        typedesc_symbol(db, concrete),
        typedesc_symbol(db, iface)
    )
}

/// One `fun` slot: the symbol called, and the value method to wrap when it is a
/// wrapper codegen must emit (`T` the method's receiver type).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ItabFn {
    pub symbol: String,
    pub wrap: Option<(FuncId, WrapKind)>,
}

/// What a wrapper of value method `T.M` receives in place of the `T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum WrapKind {
    /// gc's `(*T).M`: a pointer to the `T` (a boxed value, or a `*T` in the interface).
    Ptr,
    /// The data word that is the `T` itself (a pointer-shaped `T` that golift's
    /// calling convention passes in memory, such as `struct{ p *int }`).
    Word,
}

/// The symbol of the wrapper of value method `func` of kind `kind`.
pub(crate) fn wrapper_symbol(db: &dyn Db, func: FuncId, kind: WrapKind) -> String {
    match kind {
        WrapKind::Ptr => golift_hir::symbols::ptr_wrapper_symbol(db, func),
        WrapKind::Word => format!("go.wordwrap.{}", golift_hir::symbols::func_symbol(db, func)),
    }
}

/// The `fun` slots of the itab of `concrete` for `iface`, in the interface's method
/// order. `Err`: what golift cannot put in an itab yet (methods promoted through
/// embedded fields), or an internal error when `concrete` lacks a method the checker
/// said it has.
pub(crate) fn itab_entries(db: &dyn Db, iface: &Ty, concrete: &Ty) -> Result<Vec<ItabFn>, String> {
    let methods = match underlying(db, iface).kind() {
        TyKind::Interface(ms) => ms.clone(),
        _ => return Err("internal compiler error: an itab of a non-interface".to_string()),
    };
    let set = method_set(db, concrete);
    let mut out = Vec::new();
    for (name, _) in &methods {
        // The checker found the method; hir's method sets leave out only methods
        // promoted from embedded interfaces.
        let Some(entry) = set.iter().find(|e| &e.method.name == name) else {
            return Err(
                "methods promoted from embedded interfaces in itabs: not supported yet".to_string(),
            );
        };
        out.push(method_fn(db, concrete, entry)?);
    }
    Ok(out)
}

/// What an itab slot (and a method table's `ifn`) holds for method `entry` of
/// `concrete`'s method set: a function receiving the interface's data word as its
/// receiver. `Err`: what golift cannot make yet (methods promoted through embedded
/// fields).
pub(crate) fn method_fn(
    db: &dyn Db,
    concrete: &Ty,
    entry: &MethodSetEntry,
) -> Result<ItabFn, String> {
    if !entry.path.is_empty() {
        return Err(
            "methods promoted through embedded fields in interfaces: not supported yet".to_string(),
        );
    }
    let boxed = match concrete.kind() {
        TyKind::Pointer(_) => true,
        _ => !golift_hir::layout_of(db, concrete).direct_iface,
    };
    let m = &entry.method;
    let kind = if m.ptr_recv {
        None
    } else if boxed {
        Some(WrapKind::Ptr)
    } else if matches!(crate::abi::repr(db, concrete), crate::abi::Repr::Mem) {
        Some(WrapKind::Word)
    } else {
        None
    };
    Ok(match kind {
        None => ItabFn {
            symbol: golift_hir::symbols::func_symbol(db, m.func),
            wrap: None,
        },
        Some(kind) => ItabFn {
            symbol: wrapper_symbol(db, m.func, kind),
            wrap: Some((m.func, kind)),
        },
    })
}
