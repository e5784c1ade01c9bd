//! The standard-library packages golift provides besides `fmt`'s printers and
//! `os.Args`/`os.Exit` (which `universe.rs` describes): what each exported name of
//! `errors`, `math`, `runtime` and `unsafe`, and of `fmt` and `os` the members that
//! involve the standard library's own types (`fmt.Errorf`, `fmt.Fprintf`, `os.Stdout`),
//! is: a function with its Go type, a variable, a constant with its value, a type or a
//! built-in, as the Go 1.19 sources declare them. Named types of the standard library
//! (`os.File`, `io.Writer`) are `types.rs`'s. The functions are implemented in the runtime crate under gc's
//! symbol names (`math.Sqrt`), called with golift's Go calling convention; escape
//! analysis gives them gc's parameter tags (`escape/src/call.rs`). Names a package has
//! but golift does not provide yet are "not supported yet" at their use.

mod errors;
mod fmt_os;
mod math;
mod runtime;
pub mod types;

use crate::{BasicKind, ConstValue, Db, Package, Ty, TyKind};

/// The predeclared `error` (universe's).
fn error_type() -> Ty {
    crate::error_type()
}

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
    /// A package variable (`os.Stdout`), by its type.
    Var(Ty),
}

/// Whether golift provides package `path` here.
pub(crate) fn provides(path: &str) -> bool {
    matches!(path, "errors" | "math" | "runtime" | "unsafe")
}

/// What `path.name` is, seen from `package` (compiled for its `goarch`), or `None` when
/// golift does not provide it (yet).
pub(crate) fn member(db: &dyn Db, package: Package, path: &str, name: &str) -> Option<Member> {
    match path {
        "fmt" | "os" => fmt_os::member(db, package, path, name),
        "runtime" if name == "Error" => Some(Member::Type(types::named(
            db,
            package,
            types::RUNTIME_ERROR,
        ))),
        _ => plain_member(path, name, package.goarch(db)),
    }
}

/// The members whose types involve no standard-library named type, for a package
/// compiled for `arch`.
fn plain_member(path: &str, name: &str, arch: crate::GoArch) -> Option<Member> {
    match path {
        "errors" => errors::member(name),
        "math" => math::member(name),
        "runtime" => runtime::member(name, arch),
        "unsafe" => unsafe_member(name),
        _ => None,
    }
}

/// The Go type of function `path.name` that the runtime implements in golift's Go
/// calling convention (`errors.New`, `math.Sqrt`), for the code generator.
pub fn func_type(path: &str, name: &str) -> Option<Ty> {
    // No function's type depends on the architecture.
    match plain_member(path, name, crate::GoArch::default())? {
        Member::Func(ty) => Some(ty),
        Member::Const(..) | Member::Type(_) | Member::Builtin(_) | Member::Var(_) => None,
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
