//! Go types as values: cheap to clone (`Arc`), compared structurally, with named types
//! compared by their declaration ([`TypeDefId`]) and their underlying type looked up through
//! the database (so recursive types such as `type L struct{ next *L }` are finite).

use std::fmt;
use std::sync::Arc;

use crate::{Package, TypeDefId};

/// A type. Equality (`==`) is structural *including* how a basic type was spelled
/// (`byte` is not `==` `uint8`), so a changed spelling is a changed query result and
/// every message printed from it is recomputed; Go's type identity, which ignores the
/// spelling, is [`Ty::identical`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Ty {
    kind: Arc<TyKind>,
    alias: Option<BasicAlias>,
}

/// The predeclared aliases `byte` (of `uint8`) and `rune` (of `int32`). As in types2,
/// a type keeps the alias's name where the source (or a rule of the language, such as
/// the default type of an untyped rune) produced it, and prints it; identity ignores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicAlias {
    Byte,
    Rune,
}

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
    UntypedComplex,
}

impl BasicKind {
    /// The kind's own name (`uint8`, `int32`: the run-time type names; messages print
    /// an aliased type's alias name, see [`BasicAlias`]).
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
            UntypedComplex => "untyped complex",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedString
                | UntypedNil
                | UntypedComplex
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
        Ty {
            kind: Arc::new(kind),
            alias: None,
        }
    }
    pub fn basic(kind: BasicKind) -> Ty {
        Ty::new(TyKind::Basic(kind))
    }
    /// `byte`: `uint8` spelled as its alias.
    pub fn byte() -> Ty {
        Ty::aliased(BasicAlias::Byte)
    }
    /// `rune`: `int32` spelled as its alias.
    pub fn rune() -> Ty {
        Ty::aliased(BasicAlias::Rune)
    }
    pub fn aliased(alias: BasicAlias) -> Ty {
        let kind = match alias {
            BasicAlias::Byte => BasicKind::Uint8,
            BasicAlias::Rune => BasicKind::Int32,
        };
        Ty {
            kind: Arc::new(TyKind::Basic(kind)),
            alias: Some(alias),
        }
    }
    pub fn invalid() -> Ty {
        Ty::new(TyKind::Invalid)
    }
    pub fn kind(&self) -> &TyKind {
        &self.kind
    }
    /// The alias this basic type was spelled with, if any.
    pub fn alias(&self) -> Option<BasicAlias> {
        self.alias
    }
    pub fn is_invalid(&self) -> bool {
        matches!(*self.kind, TyKind::Invalid)
    }
    pub fn as_basic(&self) -> Option<BasicKind> {
        match *self.kind {
            TyKind::Basic(b) => Some(b),
            _ => None,
        }
    }

    /// Go's type identity (types2's `Identical` for the types golift has): as `==`,
    /// except that `byte` is `uint8` and `rune` is `int32` wherever they occur.
    pub fn identical(&self, other: &Ty) -> bool {
        if Arc::ptr_eq(&self.kind, &other.kind) {
            return true;
        }
        let all =
            |a: &[Ty], b: &[Ty]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.identical(y));
        use TyKind::*;
        match (self.kind(), other.kind()) {
            (Invalid, Invalid) => true,
            (Basic(a), Basic(b)) => a == b,
            (Pointer(a), Pointer(b)) | (Slice(a), Slice(b)) => a.identical(b),
            (Array(n, a), Array(m, b)) => n == m && a.identical(b),
            (Map(k1, v1), Map(k2, v2)) => k1.identical(k2) && v1.identical(v2),
            (Chan(d1, a), Chan(d2, b)) => d1 == d2 && a.identical(b),
            (Struct(fa), Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && x.ty.identical(&y.ty)
                    })
            }
            (
                Func {
                    params: p1,
                    results: r1,
                    variadic: v1,
                },
                Func {
                    params: p2,
                    results: r2,
                    variadic: v2,
                },
            ) => v1 == v2 && all(p1, p2) && all(r1, r2),
            (Interface(ma), Interface(mb)) => {
                ma.len() == mb.len()
                    && ma
                        .iter()
                        .zip(mb)
                        .all(|((n1, t1), (n2, t2))| n1 == n2 && t1.identical(t2))
            }
            (Tuple(a), Tuple(b)) => all(a, b),
            (Named(a), Named(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Debug for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.kind, f)
    }
}
