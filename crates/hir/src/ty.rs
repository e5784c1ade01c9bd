//! Go types as values: cheap to clone (`Arc`), compared structurally, with named types
//! compared by their declaration ([`TypeDefId`]) and their underlying type looked up through
//! the database (so recursive types such as `type L struct{ next *L }` are finite).

use std::fmt;
use std::sync::Arc;

use crate::{Package, TypeDefId};

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Ty(Arc<TyKind>);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name gc prints (`byte` and `rune` are aliases and print as `uint8`, `int32`).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
}

/// A named (defined) type: its identity is its declaration ([`TypeDefId`]); the name is
/// kept beside it for printing types without the database.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedRef {
    pub def: TypeDefId,
    pub name: String,
}

impl NamedRef {
    /// The package-level type `name` of `package`.
    pub fn package_level(db: &dyn crate::Db, package: Package, name: &str) -> NamedRef {
        NamedRef {
            def: TypeDefId::package_level(db, package, name),
            name: name.to_string(),
        }
    }
    /// The package declaring the type.
    pub fn package(&self, db: &dyn crate::Db) -> Package {
        self.def.package(db)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: Ty,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TyKind {
    /// The type of an erroneous expression; never reported twice.
    Invalid,
    Basic(BasicKind),
    Pointer(Ty),
    Slice(Ty),
    Array(u64, Ty),
    Map(Ty, Ty),
    Chan(golift_syntax::ast::ChanDir, Ty),
    Struct(Vec<StructField>),
    /// A function type: parameters, results, variadic (last parameter is `...T`, stored
    /// as `[]T`).
    Func {
        params: Vec<Ty>,
        results: Vec<Ty>,
        variadic: bool,
    },
    /// An interface: method names with their function types; empty is `interface{}`.
    Interface(Vec<(String, Ty)>),
    /// The type of a call with several results.
    Tuple(Vec<Ty>),
    Named(NamedRef),
}

impl Ty {
    pub fn new(kind: TyKind) -> Ty {
        Ty(Arc::new(kind))
    }
    pub fn basic(kind: BasicKind) -> Ty {
        Ty::new(TyKind::Basic(kind))
    }
    pub fn invalid() -> Ty {
        Ty::new(TyKind::Invalid)
    }
    pub fn kind(&self) -> &TyKind {
        &self.0
    }
    pub fn is_invalid(&self) -> bool {
        matches!(*self.0, TyKind::Invalid)
    }
    pub fn as_basic(&self) -> Option<BasicKind> {
        match *self.0 {
            TyKind::Basic(b) => Some(b),
            _ => None,
        }
    }
}

impl fmt::Debug for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}
