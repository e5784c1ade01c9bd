//! The standard-library packages golift provides besides `fmt` and `os` (which
//! `universe.rs` describes): what each exported name of `math` and `runtime` is, a
//! function with its Go type, a variable, or a constant with its value, as the Go 1.19
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
}

/// Whether golift provides package `path` here.
pub(crate) fn provides(path: &str) -> bool {
    matches!(path, "math" | "runtime")
}

/// What `path.name` is, or `None` when golift does not provide it (yet).
pub(crate) fn member(path: &str, name: &str) -> Option<Member> {
    match path {
        "math" => math::member(name),
        "runtime" => runtime::member(name),
        _ => None,
    }
}

/// The Go type of function `path.name` that golift provides, for the code generator's
/// calling convention.
pub fn func_type(path: &str, name: &str) -> Option<Ty> {
    match member(path, name)? {
        Member::Func(ty) => Some(ty),
        Member::Const(..) => None,
    }
}

/// `func(params...) results...`.
fn func(params: &[BasicKind], results: &[BasicKind]) -> Member {
    Member::Func(Ty::new(TyKind::Func {
        params: params.iter().map(|&k| Ty::basic(k)).collect(),
        results: results.iter().map(|&k| Ty::basic(k)).collect(),
        variadic: false,
    }))
}
