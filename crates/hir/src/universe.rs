//! The universe scope: predeclared types, constants, `nil` and the built-in functions,
//! plus the two imported packages of the subset (`fmt`, `os`) and their members.

use crate::{BasicKind, Builtin, ConstValue, Ty, TyKind};

/// What a predeclared identifier denotes.
#[derive(Clone, Debug)]
pub(crate) enum UniverseObj {
    Type(Ty),
    Const(Ty, ConstValue),
    Iota,
    Nil,
    Builtin(Builtin),
}

pub(crate) fn lookup(name: &str) -> Option<UniverseObj> {
    use BasicKind::*;
    let basic = |k| Some(UniverseObj::Type(Ty::basic(k)));
    match name {
        "bool" => basic(Bool),
        "int" => basic(Int),
        "int8" => basic(Int8),
        "int16" => basic(Int16),
        "int32" => basic(Int32),
        "rune" => Some(UniverseObj::Type(Ty::rune())),
        "int64" => basic(Int64),
        "uint" => basic(Uint),
        "uint8" => basic(Uint8),
        "byte" => Some(UniverseObj::Type(Ty::byte())),
        "uint16" => basic(Uint16),
        "uint32" => basic(Uint32),
        "uint64" => basic(Uint64),
        "uintptr" => basic(Uintptr),
        "float32" => basic(Float32),
        "float64" => basic(Float64),
        "complex64" => basic(Complex64),
        "complex128" => basic(Complex128),
        "string" => basic(String),
        "error" => Some(UniverseObj::Type(error_type())),
        "any" => Some(UniverseObj::Type(empty_interface())),
        "true" => Some(UniverseObj::Const(
            Ty::basic(UntypedBool),
            ConstValue::Bool(true),
        )),
        "false" => Some(UniverseObj::Const(
            Ty::basic(UntypedBool),
            ConstValue::Bool(false),
        )),
        "iota" => Some(UniverseObj::Iota),
        "nil" => Some(UniverseObj::Nil),
        _ => builtin(name).map(UniverseObj::Builtin),
    }
}

pub(crate) fn builtin(name: &str) -> Option<Builtin> {
    use Builtin::*;
    Some(match name {
        "append" => Append,
        "cap" => Cap,
        "close" => Close,
        "complex" => Complex,
        "copy" => Copy,
        "delete" => Delete,
        "imag" => Imag,
        "len" => Len,
        "make" => Make,
        "new" => New,
        "panic" => Panic,
        "print" => Print,
        "println" => Println,
        "real" => Real,
        "recover" => Recover,
        _ => return None,
    })
}

pub(crate) fn builtin_name(b: Builtin) -> &'static str {
    use Builtin::*;
    match b {
        Append => "append",
        Cap => "cap",
        Close => "close",
        Complex => "complex",
        Copy => "copy",
        Delete => "delete",
        Imag => "imag",
        Len => "len",
        Make => "make",
        New => "new",
        Panic => "panic",
        Print => "print",
        Println => "println",
        Real => "real",
        Recover => "recover",
        UnsafeAdd => "unsafe.Add",
        Alignof => "unsafe.Alignof",
        Offsetof => "unsafe.Offsetof",
        Sizeof => "unsafe.Sizeof",
        UnsafeSlice => "unsafe.Slice",
    }
}

/// `interface{}`.
pub fn empty_interface() -> Ty {
    Ty::new(TyKind::Interface(Vec::new()))
}

/// The predeclared `error`: `interface{ Error() string }`.
pub fn error_type() -> Ty {
    Ty::new(TyKind::Interface(vec![(
        "Error".to_string(),
        Ty::new(TyKind::Func {
            params: Vec::new(),
            results: vec![Ty::basic(BasicKind::String)],
            variadic: false,
        }),
    )]))
}

/// The type of a member of an imported package of the subset.
pub(crate) fn package_member(package: &str, name: &str) -> Option<Ty> {
    let int = Ty::basic(BasicKind::Int);
    match (package, name) {
        ("fmt", "Println" | "Print") => Some(Ty::new(TyKind::Func {
            params: vec![Ty::new(TyKind::Slice(empty_interface()))],
            results: vec![int, error_type()],
            variadic: true,
        })),
        ("fmt", "Printf") => Some(Ty::new(TyKind::Func {
            params: vec![
                Ty::basic(BasicKind::String),
                Ty::new(TyKind::Slice(empty_interface())),
            ],
            results: vec![int, error_type()],
            variadic: true,
        })),
        ("fmt", "Sprintf") => Some(Ty::new(TyKind::Func {
            params: vec![
                Ty::basic(BasicKind::String),
                Ty::new(TyKind::Slice(empty_interface())),
            ],
            results: vec![Ty::basic(BasicKind::String)],
            variadic: true,
        })),
        ("fmt", "Sprint" | "Sprintln") => Some(Ty::new(TyKind::Func {
            params: vec![Ty::new(TyKind::Slice(empty_interface()))],
            results: vec![Ty::basic(BasicKind::String)],
            variadic: true,
        })),
        ("os", "Args") => Some(Ty::new(TyKind::Slice(Ty::basic(BasicKind::String)))),
        ("os", "Exit") => Some(Ty::new(TyKind::Func {
            params: vec![int],
            results: Vec::new(),
            variadic: false,
        })),
        _ => None,
    }
}

/// Import paths the subset knows.
pub(crate) fn known_package(path: &str) -> bool {
    matches!(path, "fmt" | "os") || crate::stdlib::provides(path)
}
