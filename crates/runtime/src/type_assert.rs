//! The panics of failed type assertions `x.(T)`, in gc's words (its
//! `TypeAssertionError`, a `runtime.Error` printed without the `runtime error: `
//! prefix): `interface conversion: interface {} is string, not int`, `... is nil, not
//! int`. The checks themselves are inline in compiled code.

use crate::panic::{panic_with, TraceFrom, RUNTIME_ERROR_FRAMES};
use crate::types::TypeDesc;

/// `x.(want)` failed: `x`, of static type `iface`, held a `have` (null: nil).
///
/// # Safety
/// `want` and `iface` are valid descriptors; `have` is null or one.
#[export_name = "runtime.panicdottypeE"]
pub unsafe extern "C" fn panicdottype_e(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> ! {
    // SAFETY: guaranteed by the caller.
    let (have, want, iface) = unsafe { (have.as_ref(), &*want, &*iface) };
    let (inter, asserted) = (iface.name(), want.name());
    let Some(have) = have else {
        panic_with(
            crate::rterror::ErrType::TypeAssertion,
            &[b"interface conversion: ", inter, b" is nil, not ", asserted],
            None,
            TraceFrom::Here(RUNTIME_ERROR_FRAMES),
        )
    };
    let concrete = have.name();
    // Two distinct types with one name: gc adds which kind of distinct.
    let same_name: &[u8] = if concrete == asserted {
        b" (types from different scopes)"
    } else {
        b""
    };
    panic_with(
        crate::rterror::ErrType::TypeAssertion,
        &[
            b"interface conversion: ",
            inter,
            b" is ",
            concrete,
            b", not ",
            asserted,
            same_name,
        ],
        None,
        TraceFrom::Here(RUNTIME_ERROR_FRAMES),
    )
}

/// `x.(want)` with `want` an interface and `x` nil.
///
/// # Safety
/// `want` is a valid descriptor.
#[export_name = "runtime.panicnildottype"]
pub unsafe extern "C" fn panicnildottype(want: *const TypeDesc) -> ! {
    // SAFETY: guaranteed by the caller.
    let want = unsafe { &*want };
    panic_with(
        crate::rterror::ErrType::TypeAssertion,
        &[b"interface conversion: interface is nil, not ", want.name()],
        None,
        TraceFrom::Here(RUNTIME_ERROR_FRAMES),
    )
}
