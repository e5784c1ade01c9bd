//! The standard library's named types that golift programs can hold (`os.File`,
//! `io.Writer`, `fmt.Stringer`, `fmt.GoStringer`, `runtime.Error`): their identity, underlying types and method sets. A standard-library
//! type is a [`NamedRef`] whose name is qualified with its package (`os.File`); no Go
//! identifier contains a dot, so it cannot collide with a type the program declares,
//! and it prints as types2 and gc print it. Its [`TypeDefId`] is interned under the
//! package being compiled (golift compiles one package). What this module does not do:
//! the types' values and methods, which the runtime implements (`runtime/src/os.rs`);
//! the dynamic types the runtime alone creates (`*errors.errorString`,
//! `*fmt.wrapError`) have no hir type at all, as no program can name them.

use crate::{BasicKind, Db, NamedRef, Package, StructField, Ty, TyKind};

/// `os.File`.
pub const FILE: &str = "os.File";
/// `io.Writer`.
pub const WRITER: &str = "io.Writer";
/// `fmt.Stringer`.
pub const STRINGER: &str = "fmt.Stringer";
/// `fmt.GoStringer`.
pub const GO_STRINGER: &str = "fmt.GoStringer";
/// `runtime.Error`: `interface { error; RuntimeError() }`, which the values of
/// run-time panics implement (their types are the runtime's, `runtime/src/rterror.rs`).
pub const RUNTIME_ERROR: &str = "runtime.Error";

/// Standard-library type `name` (`os.File`) as seen from `package`.
pub(crate) fn named(db: &dyn Db, package: Package, name: &str) -> Ty {
    Ty::new(TyKind::Named(NamedRef::package_level(db, package, name)))
}

/// `*os.File`.
pub(crate) fn file_ptr(db: &dyn Db, package: Package) -> Ty {
    Ty::new(TyKind::Pointer(named(db, package, FILE)))
}

/// Whether `n` is one of the standard library's types.
pub fn is_stdlib(n: &NamedRef) -> bool {
    n.name.contains('.')
}

/// The underlying type of standard-library type `name`.
pub(crate) fn underlying(name: &str) -> Ty {
    match name {
        // gc's `type File struct { *file }`: one pointer to the runtime's file record.
        FILE => Ty::new(TyKind::Struct(vec![StructField {
            name: "file".to_string(),
            ty: Ty::basic(BasicKind::UnsafePointer),
            embedded: false,
        }])),
        WRITER => Ty::new(TyKind::Interface(vec![("Write".to_string(), write_type())])),
        STRINGER => string_method("String"),
        GO_STRINGER => string_method("GoString"),
        RUNTIME_ERROR => {
            let nothing = Ty::new(TyKind::Func {
                params: Vec::new(),
                results: Vec::new(),
                variadic: false,
            });
            let mut methods = match string_method("Error").kind() {
                TyKind::Interface(m) => m.clone(),
                _ => Vec::new(),
            };
            methods.push(("RuntimeError".to_string(), nothing));
            Ty::new(TyKind::Interface(methods))
        }
        _ => Ty::invalid(),
    }
}

/// `interface { name() string }`.
fn string_method(name: &str) -> Ty {
    let sig = Ty::new(TyKind::Func {
        params: Vec::new(),
        results: vec![Ty::basic(BasicKind::String)],
        variadic: false,
    });
    Ty::new(TyKind::Interface(vec![(name.to_string(), sig)]))
}

/// `func(p []byte) (n int, err error)`.
fn write_type() -> Ty {
    Ty::new(TyKind::Func {
        params: vec![Ty::new(TyKind::Slice(Ty::byte()))],
        results: vec![Ty::basic(BasicKind::Int), super::error_type()],
        variadic: false,
    })
}

/// The methods of `ty` when it is a standard-library type or a pointer to one, by name
/// with their types (without receiver); `None` for other types. Only the methods an
/// interface golift provides asks for are listed (`(*os.File).Write` for `io.Writer`).
pub(crate) fn method_set(ty: &Ty) -> Option<Vec<(String, Ty)>> {
    let (named, ptr) = match ty.kind() {
        TyKind::Pointer(p) => match p.kind() {
            TyKind::Named(n) => (n, true),
            _ => return None,
        },
        TyKind::Named(n) => (n, false),
        _ => return None,
    };
    if !is_stdlib(named) {
        return None;
    }
    Some(match (named.name.as_str(), ptr) {
        (FILE, true) => vec![("Write".to_string(), write_type())],
        _ => Vec::new(),
    })
}
