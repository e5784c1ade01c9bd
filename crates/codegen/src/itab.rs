//! Itabs: the read-only `{inter, typ, hash, fun[n]}` record a non-empty interface value
//! points at (docs/runtime-abi.md, "Itabs"), one per (interface, concrete type) pair,
//! deduplicated by symbol; which function each `fun` slot holds (the method itself, the
//! `(*T).M` wrapper of a value method when the value is boxed, see `wrapper.rs`, or the
//! wrapper of a promoted method, see `promoted.rs`).
//! Emitting the data is `object.rs`'s; this module decides the contents only.

use golift_hir::{full_method_set, underlying, Db, FuncId, MethodSetMember, Ty, TyKind};

use crate::type_names::typedesc_symbol;

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

/// One `fun` slot: the symbol called, and the wrapper codegen must emit when it is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ItabFn {
    pub symbol: String,
    pub wrap: Option<Wrap>,
}

/// A wrapper an itab slot calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Wrap {
    /// Of value method `T.M` declared on the type itself (`wrapper.rs`).
    Value(FuncId, WrapKind),
    /// Of a method promoted through embedded fields (gc's `main.S.M`, `main.(*S).M`;
    /// `promoted.rs`): the type as an interface holds it, and the method's name.
    Promoted(Ty, String),
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
/// order. `Err`: an internal error when `concrete` lacks a method the checker said it
/// has.
pub(crate) fn itab_entries(db: &dyn Db, iface: &Ty, concrete: &Ty) -> Result<Vec<ItabFn>, String> {
    let methods = match underlying(db, iface).kind() {
        TyKind::Interface(ms) => ms.clone(),
        _ => return Err("internal compiler error: an itab of a non-interface".to_string()),
    };
    let set = full_method_set(db, concrete);
    let mut out = Vec::new();
    for (name, _) in &methods {
        let Some(member) = set.iter().find(|m| m.name() == name) else {
            return Err(format!(
                "internal compiler error: {} has no method {name} for an itab",
                crate::type_names::type_name(db, concrete)
            ));
        };
        out.push(method_fn(db, concrete, member));
    }
    Ok(out)
}

/// What an itab slot (and a method table's `ifn`) holds for method `member` of
/// `concrete`'s method set: a function receiving the interface's data word as its
/// receiver.
pub(crate) fn method_fn(db: &dyn Db, concrete: &Ty, member: &MethodSetMember) -> ItabFn {
    let entry = match member {
        MethodSetMember::Decl(e) if e.path.is_empty() => e,
        _ => {
            return ItabFn {
                symbol: promoted_symbol(db, concrete, member.name()),
                wrap: Some(Wrap::Promoted(concrete.clone(), member.name().to_string())),
            }
        }
    };
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
    match kind {
        None => ItabFn {
            symbol: golift_hir::symbols::func_symbol(db, m.func),
            wrap: None,
        },
        Some(kind) => ItabFn {
            symbol: wrapper_symbol(db, m.func, kind),
            wrap: Some(Wrap::Value(m.func, kind)),
        },
    }
}

/// gc's name of the wrapper of method `name` promoted to `recv`: `main.S.M`,
/// `main.(*S).M`, or the type as gc prints it for an unnamed one.
pub(crate) fn promoted_symbol(db: &dyn Db, recv: &Ty, name: &str) -> String {
    use crate::type_names::symbol_type_name;
    if let TyKind::Pointer(inner) = recv.kind() {
        if let TyKind::Named(n) = inner.kind() {
            // `main.(*S).M`: the package qualifier outside the parentheses.
            let pkg = format!("{}.", n.package(db).path(db));
            let s = symbol_type_name(db, inner);
            let bare = s.strip_prefix(&pkg).unwrap_or(&s);
            return format!("{pkg}(*{bare}).{name}");
        }
    }
    format!("{}.{name}", symbol_type_name(db, recv))
}
