//! Questions about a type's kind that every stage asks (through named types): is it a
//! string, an interface, a `[]byte`, a `[]rune`. One definition here; the body's
//! lowering, escape analysis and codegen call these rather than matching `TyKind`s
//! themselves. Memory facts (size, pointers, direct-interface) are `layout_of`'s.

use crate::{underlying, BasicKind, Db, Ty, TyKind};

/// A string type (`string`, a named string, an untyped string constant).
pub fn is_string(db: &dyn Db, ty: &Ty) -> bool {
    matches!(
        underlying(db, ty).as_basic(),
        Some(BasicKind::String | BasicKind::UntypedString)
    )
}

/// An interface type (gc's `t.IsInterface()`).
pub fn is_interface(db: &dyn Db, ty: &Ty) -> bool {
    matches!(underlying(db, ty).kind(), TyKind::Interface(_))
}

/// A slice whose element is the basic type `elem` (through named types at both levels).
fn is_slice_of(db: &dyn Db, ty: &Ty, elem: BasicKind) -> bool {
    match underlying(db, ty).kind() {
        TyKind::Slice(e) => underlying(db, e).as_basic() == Some(elem),
        _ => false,
    }
}

/// `[]byte` (a slice of `uint8`).
pub fn is_byte_slice(db: &dyn Db, ty: &Ty) -> bool {
    is_slice_of(db, ty, BasicKind::Uint8)
}

/// `[]rune` (a slice of `int32`).
pub fn is_rune_slice(db: &dyn Db, ty: &Ty) -> bool {
    is_slice_of(db, ty, BasicKind::Int32)
}
