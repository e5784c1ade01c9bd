//! The values of run-time panics (`recover()` returns them): gc's `runtime.Error`
//! implementations `runtime.errorString` (nil dereference, division by zero, ...),
//! `runtime.boundsError` (index and slice bounds), `runtime.plainError` (a value method
//! called through a nil pointer) and `*runtime.TypeAssertionError` (failed interface
//! conversions), each with `Error` and `RuntimeError` methods in its method table, so
//! `fmt` and assertions to `error` and `runtime.Error` find them. What this module
//! does not do: reproduce gc's fields. Every value holds its whole `Error()` text as a
//! string (the `%#v` of a `runtime.boundsError` therefore differs from gc's).

use crate::errors::{Shared, FUNC_STRING};
use crate::types::{kind, GoString, MethodDesc, TypeDesc};

/// Which of gc's run-time error types a panic's value has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrType {
    ErrorString,
    Bounds,
    Plain,
    TypeAssertion,
}

static FUNC: Shared<TypeDesc> = Shared(TypeDesc::plain(kind::FUNC, 8, "func()"));

/// The methods, in gc's order (exported, by name).
static ERROR_METHODS: Shared<[MethodDesc; 2]> = Shared([
    MethodDesc {
        name_ptr: "Error".as_ptr(),
        name_len: 5,
        typ: &FUNC_STRING.0,
        ifn: runtime_error_error as *const u8,
    },
    MethodDesc {
        name_ptr: "RuntimeError".as_ptr(),
        name_len: 12,
        typ: &FUNC.0,
        ifn: runtime_error_runtime_error as *const u8,
    },
]);

const fn with_error(d: TypeDesc) -> TypeDesc {
    TypeDesc {
        methods: &ERROR_METHODS.0 as *const MethodDesc,
        nmethods: 2,
        ..d
    }
}

/// `RuntimeError()`: a marker method that does nothing.
extern "C" fn runtime_error_runtime_error(_e: *const u8) {}

static ERROR_STRING: Shared<TypeDesc> = Shared(with_error(TypeDesc::plain(
    kind::STRING,
    16,
    "runtime.errorString",
)));
static BOUNDS_ERROR: Shared<TypeDesc> = Shared(with_error(TypeDesc::plain(
    kind::STRUCT,
    16,
    "runtime.boundsError",
)));
static PLAIN_ERROR: Shared<TypeDesc> = Shared(with_error(TypeDesc::plain(
    kind::STRING,
    16,
    "runtime.plainError",
)));
static TYPE_ASSERTION_ERROR: Shared<TypeDesc> = Shared(TypeDesc::plain(
    kind::STRUCT,
    16,
    "runtime.TypeAssertionError",
));
static TYPE_ASSERTION_ERROR_PTR: Shared<TypeDesc> = Shared(with_error(TypeDesc {
    elem: &TYPE_ASSERTION_ERROR.0,
    ..TypeDesc::plain(kind::POINTER, 8, "*runtime.TypeAssertionError")
}));

/// `Error()` of every type here in the itab-slot form: the data word points at the
/// boxed text (the value itself, or what the pointer points at).
///
/// # Safety
/// `e` points at a Go string.
unsafe extern "C" fn runtime_error_error(e: *const GoString) -> GoString {
    // SAFETY: guaranteed by the caller.
    unsafe { e.read() }
}

/// A new run-time error of type `t` whose `Error()` is `text`: the `interface{}` words.
pub fn new_error(t: ErrType, text: &[u8]) -> (*const TypeDesc, *const u8) {
    let bytes = crate::alloc::newobject(text.len() as i64);
    // SAFETY: a fresh object of `text.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), bytes, text.len()) };
    let s = crate::alloc::newobject(16).cast::<GoString>();
    // SAFETY: a fresh 16-byte object.
    unsafe {
        s.write(GoString {
            ptr: bytes,
            len: text.len() as i64,
        })
    };
    let desc = match t {
        ErrType::ErrorString => &ERROR_STRING.0,
        ErrType::Bounds => &BOUNDS_ERROR.0,
        ErrType::Plain => &PLAIN_ERROR.0,
        ErrType::TypeAssertion => &TYPE_ASSERTION_ERROR_PTR.0,
    };
    (desc as *const TypeDesc, s.cast::<u8>().cast_const())
}
