//! The standard-library packages golift provides besides `fmt` and `os` (which
//! `universe.rs` describes): what each exported name of `math`, `runtime` and `unsafe`
//! is, a function with its Go type, a constant with its value, a type or a built-in, as the Go 1.19
//! sources declare them. The functions are implemented in the runtime crate under gc's
//! symbol names (`math.Sqrt`), called with golift's Go calling convention; escape
//! analysis gives them gc's parameter tags (`escape/src/call.rs`). Names a package has
//! but golift does not provide yet are "not supported yet" at their use.

mod math;
mod runtime;

use crate::{BasicKind, ConstValue, Ty, TyKind};

/// One exported name of a provided package.
#[derive(Clone, Debug)]
pub(crate) enum Member {
    /// A function, by its Go type.
    Func(Ty),
    /// A constant: its type (untyped or typed) and value.
    Const(Ty, ConstValue),
    /// A type (`unsafe.Pointer`).
    Type(Ty),
    /// A built-in function (`unsafe.Sizeof`).
    Builtin(crate::Builtin),
}

/// Whether golift provides package `path` here.
pub(crate) fn provides(path: &str) -> bool {
    matches!(path, "math" | "runtime" | "unsafe")
}

/// What `path.name` is for a package compiled for `arch`, or `None` when golift does
/// not provide it (yet).
pub(crate) fn member(path: &str, name: &str, arch: crate::GoArch) -> Option<Member> {
    match path {
        "math" => math::member(name),
        "runtime" => runtime::member(name, arch),
        "unsafe" => unsafe_member(name),
        _ => None,
    }
}

/// The Go type of function `path.name` that golift provides, for the code generator's
/// calling convention.
pub fn func_type(path: &str, name: &str) -> Option<Ty> {
    // No function's type depends on the architecture.
    match member(path, name, crate::GoArch::default())? {
        Member::Func(ty) => Some(ty),
        Member::Const(..) | Member::Type(_) | Member::Builtin(_) => None,
    }
}

/// Package `unsafe`: the type `Pointer` and the built-ins (`builtins_unsafe.rs`).
fn unsafe_member(name: &str) -> Option<Member> {
    use crate::Builtin::*;
    Some(match name {
        "Pointer" => Member::Type(Ty::basic(BasicKind::UnsafePointer)),
        "Sizeof" => Member::Builtin(Sizeof),
        "Alignof" => Member::Builtin(Alignof),
        "Offsetof" => Member::Builtin(Offsetof),
        "Add" => Member::Builtin(UnsafeAdd),
        "Slice" => Member::Builtin(UnsafeSlice),
        _ => return None,
    })
}

/// `func(params...) results...`.
fn func(params: &[BasicKind], results: &[BasicKind]) -> Member {
    Member::Func(Ty::new(TyKind::Func {
        params: params.iter().map(|&k| Ty::basic(k)).collect(),
        results: results.iter().map(|&k| Ty::basic(k)).collect(),
        variadic: false,
    }))
}
