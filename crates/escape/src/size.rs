//! gc's size rules for the escape analysis (`HeapAllocReason` in gc's escape/utils.go).
//! The sizes themselves are hir's (`golift_hir::layout_of`); this module only decides
//! what is too large for the stack:
//!
//! - a declared variable larger than [`MAX_STACK_VAR_SIZE`] (10 MiB) is too large;
//! - an implicit allocation (`new(T)`, `&T{}`, a closure, `make([]T, n)` with constant
//!   `n`) larger than [`MAX_IMPLICIT_STACK_VAR_SIZE`] (64 KiB) is too large: strictly
//!   greater, so `make([]int, 8192)` (exactly 64 KiB) stays and `make([]int, 8193)` goes;
//! - `make([]T, n)` with a non-constant `n` always escapes ("non-constant size").

use golift_hir::{layout_of, Db, Ty};

pub(crate) const MAX_STACK_VAR_SIZE: u64 = 10 * 1024 * 1024;
pub(crate) const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

const TOO_LARGE: &str = "too large for stack";

/// Why a declared variable of type `ty` cannot live on the stack.
pub(crate) fn declared_var_reason(db: &dyn Db, ty: &Ty) -> Option<&'static str> {
    (layout_of(db, ty).size > MAX_STACK_VAR_SIZE).then_some(TOO_LARGE)
}

/// Why an implicit allocation of one `elem` (`new(elem)`, `&elem{}`) cannot live on the
/// stack.
pub(crate) fn implicit_alloc_reason(db: &dyn Db, elem: &Ty) -> Option<&'static str> {
    (layout_of(db, elem).size > MAX_IMPLICIT_STACK_VAR_SIZE).then_some(TOO_LARGE)
}

/// Why `make([]T, n)` with a length (or capacity, when given) that is not a constant
/// fitting an `int32` cannot live on the stack.
pub(crate) const NON_CONSTANT_SIZE: &str = "non-constant size";

/// Why `make([]elem, n)` with a constant `n` cannot live on the stack.
pub(crate) fn make_slice_reason(db: &dyn Db, elem: &Ty, n: i128) -> Option<&'static str> {
    let es = layout_of(db, elem).size;
    (es != 0 && n > i128::from(MAX_IMPLICIT_STACK_VAR_SIZE / es)).then_some(TOO_LARGE)
}
