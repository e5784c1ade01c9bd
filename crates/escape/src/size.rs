//! Type properties and gc's size rules (`HeapAllocReason`).
//!
//! - a declared variable larger than [`MAX_STACK_VAR_SIZE`] (10 MiB) is too large;
//! - an implicit allocation (`new(T)`, `&T{}`, a closure, `make([]T, n)` with constant
//!   `n`) larger than [`MAX_IMPLICIT_STACK_VAR_SIZE`] (64 KiB) is too large: strictly
//!   greater, so `make([]int, 8192)` (exactly 64 KiB) stays and `make([]int, 8193)` goes;
//! - `make([]T, n)` with a non-constant `n` always escapes ("non-constant size").

use golift_hir::{underlying, BasicKind, Db, Ty, TyKind};

pub(crate) const MAX_STACK_VAR_SIZE: u64 = 10 * 1024 * 1024;
pub(crate) const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

pub(crate) fn has_pointers(db: &dyn Db, ty: &Ty) -> bool {
    has_pointers_depth(db, ty, 0)
}

fn has_pointers_depth(db: &dyn Db, ty: &Ty, depth: u32) -> bool {
    if depth > 64 {
        return true;
    }
    match ty.kind() {
        TyKind::Invalid => true,
        TyKind::Basic(b) => matches!(
            b,
            BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString
        ),
        TyKind::Pointer(_)
        | TyKind::Slice(_)
        | TyKind::Map(..)
        | TyKind::Chan(..)
        | TyKind::Func { .. }
        | TyKind::Interface(_) => true,
        TyKind::Array(n, e) => *n > 0 && has_pointers_depth(db, e, depth + 1),
        TyKind::Struct(fs) => fs.iter().any(|f| has_pointers_depth(db, &f.ty, depth + 1)),
        TyKind::Tuple(ts) => ts.iter().any(|t| has_pointers_depth(db, t, depth + 1)),
        TyKind::Named(_) => has_pointers_depth(db, &underlying(db, ty), depth + 1),
    }
}

pub(crate) fn is_untyped(ty: &Ty) -> bool {
    ty.as_basic().is_some_and(|b| b.is_untyped())
}

pub(crate) fn under(db: &dyn Db, ty: &Ty) -> Ty {
    underlying(db, ty)
}

pub(crate) fn is_interface(db: &dyn Db, ty: &Ty) -> bool {
    matches!(under(db, ty).kind(), TyKind::Interface(_))
}

/// Whether values of `ty` are stored directly in an interface's data word.
pub(crate) fn is_direct_iface(db: &dyn Db, ty: &Ty) -> bool {
    let u = under(db, ty);
    match u.kind() {
        TyKind::Pointer(_) | TyKind::Chan(..) | TyKind::Map(..) | TyKind::Func { .. } => true,
        TyKind::Basic(BasicKind::UnsafePointer) => true,
        TyKind::Array(1, e) => is_direct_iface(db, e),
        TyKind::Struct(fs) if fs.len() == 1 => is_direct_iface(db, &fs[0].ty),
        _ => false,
    }
}

pub(crate) fn size_of(db: &dyn Db, ty: &Ty) -> u64 {
    golift_hir::layout(db, ty).size
}
