//! Package `errors` (`New`, `Unwrap`, `Is`) and the error values of `fmt.Errorf`: gc's
//! `*errors.errorString` and `*fmt.wrapError`, whose type descriptors, method tables and
//! `error` itabs live here (no compiled code names these types, so the runtime owns
//! them), and calls of a dynamic type's `Error`, `Unwrap` and `Is` methods through
//! its method table in golift's Go calling convention (docs/runtime-abi.md). What this
//! module does not do: format (`fmt_printf.rs` makes `Errorf`'s message), or `errors.As`.

use crate::methods::find_method;
use crate::types::{kind, FieldDesc, GoString, MethodDesc, TypeDesc};

/// An interface value with methods: `{itab, data}` (docs/runtime-abi.md).
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Iface {
    pub tab: *const u8,
    pub data: *const u8,
}

impl Iface {
    pub const NIL: Iface = Iface {
        tab: std::ptr::null(),
        data: std::ptr::null(),
    };

    /// The dynamic type (the itab's `typ` word), or None for nil.
    pub fn typ(&self) -> Option<&TypeDesc> {
        if self.tab.is_null() {
            return None;
        }
        // SAFETY: a non-null itab's second word is its dynamic type's descriptor.
        unsafe { self.tab.cast::<*const TypeDesc>().add(1).read().as_ref() }
    }
}

/// Read-only data the runtime shares with compiled code: raw pointers to other statics.
#[repr(transparent)]
pub struct Shared<T>(pub T);
// SAFETY: never written after link time.
unsafe impl<T> Sync for Shared<T> {}

/// A descriptor without elements, fields or methods.
const fn desc(k: u64, size: u64, name: &'static str) -> TypeDesc {
    TypeDesc::plain(k, size, name)
}

const fn field(name: &'static str, typ: &'static Shared<TypeDesc>, offset: u64) -> FieldDesc {
    FieldDesc {
        name_ptr: name.as_ptr(),
        name_len: name.len() as u64,
        typ: &typ.0,
        offset,
    }
}

const fn method(name: &'static str, typ: &'static Shared<TypeDesc>, ifn: *const u8) -> MethodDesc {
    MethodDesc {
        name_ptr: name.as_ptr(),
        name_len: name.len() as u64,
        typ: &typ.0,
        ifn,
    }
}

static STRING: Shared<TypeDesc> = Shared(desc(kind::STRING, 16, "string"));
pub(crate) static FUNC_STRING: Shared<TypeDesc> = Shared(desc(kind::FUNC, 8, "func() string"));
static FUNC_ERROR: Shared<TypeDesc> = Shared(desc(kind::FUNC, 8, "func() error"));

static ERROR_METHODS: Shared<[MethodDesc; 1]> =
    Shared([method("Error", &FUNC_STRING, std::ptr::null())]);
/// The predeclared `error`, as the itabs' interface.
pub static ERROR: Shared<TypeDesc> = Shared(TypeDesc {
    methods: &ERROR_METHODS.0 as *const MethodDesc,
    nmethods: 1,
    ..desc(kind::INTERFACE, 16, "error")
});

static ERROR_STRING_FIELDS: Shared<[FieldDesc; 1]> = Shared([field("s", &STRING, 0)]);
/// `errors.errorString`: `struct { s string }`.
static ERROR_STRING: Shared<TypeDesc> = Shared(TypeDesc {
    len: 1,
    fields: &ERROR_STRING_FIELDS.0 as *const FieldDesc,
    ..desc(kind::STRUCT, 16, "errors.errorString")
});
static ERROR_STRING_PTR_METHODS: Shared<[MethodDesc; 1]> = Shared([method(
    "Error",
    &FUNC_STRING,
    error_string_error as *const u8,
)]);
/// `*errors.errorString`.
pub static ERROR_STRING_PTR: Shared<TypeDesc> = Shared(TypeDesc {
    elem: &ERROR_STRING.0,
    methods: &ERROR_STRING_PTR_METHODS.0 as *const MethodDesc,
    nmethods: 1,
    ..desc(kind::POINTER, 8, "*errors.errorString")
});

static WRAP_ERROR_FIELDS: Shared<[FieldDesc; 2]> =
    Shared([field("msg", &STRING, 0), field("err", &ERROR, 16)]);
/// `fmt.wrapError`: `struct { msg string; err error }`.
static WRAP_ERROR: Shared<TypeDesc> = Shared(TypeDesc {
    len: 2,
    fields: &WRAP_ERROR_FIELDS.0 as *const FieldDesc,
    ..desc(kind::STRUCT, 32, "fmt.wrapError")
});
static WRAP_ERROR_PTR_METHODS: Shared<[MethodDesc; 2]> = Shared([
    method("Error", &FUNC_STRING, wrap_error_error as *const u8),
    method("Unwrap", &FUNC_ERROR, wrap_error_unwrap as *const u8),
]);
/// `*fmt.wrapError`.
pub static WRAP_ERROR_PTR: Shared<TypeDesc> = Shared(TypeDesc {
    elem: &WRAP_ERROR.0,
    methods: &WRAP_ERROR_PTR_METHODS.0 as *const MethodDesc,
    nmethods: 2,
    ..desc(kind::POINTER, 8, "*fmt.wrapError")
});

/// An itab of `error` (docs/runtime-abi.md, "Itabs"): interface, type, hash, `Error`.
#[repr(C)]
pub struct ErrorItab {
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    hash: u64,
    fun: [*const u8; 1],
}

static ERROR_STRING_ITAB: Shared<ErrorItab> = Shared(ErrorItab {
    inter: &ERROR.0,
    typ: &ERROR_STRING_PTR.0,
    hash: 0,
    fun: [error_string_error as *const u8],
});
static WRAP_ERROR_ITAB: Shared<ErrorItab> = Shared(ErrorItab {
    inter: &ERROR.0,
    typ: &WRAP_ERROR_PTR.0,
    hash: 0,
    fun: [wrap_error_error as *const u8],
});

/// `(*errors.errorString).Error` in the itab-slot form: the receiver is the data word.
///
/// # Safety
/// `e` points at an `errors.errorString`.
unsafe extern "C" fn error_string_error(e: *const GoString) -> GoString {
    // SAFETY: guaranteed by the caller.
    unsafe { e.read() }
}

/// `fmt.wrapError`'s layout.
#[repr(C)]
struct WrapError {
    msg: GoString,
    err: Iface,
}

/// `(*fmt.wrapError).Error`.
///
/// # Safety
/// `e` points at a `fmt.wrapError`.
unsafe extern "C" fn wrap_error_error(e: *const WrapError) -> GoString {
    // SAFETY: guaranteed by the caller.
    unsafe { (*e).msg }
}

/// `(*fmt.wrapError).Unwrap`.
///
/// # Safety
/// `e` points at a `fmt.wrapError`.
unsafe extern "C" fn wrap_error_unwrap(e: *const WrapError) -> Iface {
    // SAFETY: guaranteed by the caller.
    unsafe { (*e).err }
}

/// A heap object holding `v` (collected as any Go object).
fn boxed<T>(v: T) -> *const u8 {
    let p = crate::alloc::newobject(std::mem::size_of::<T>() as i64);
    // SAFETY: `p` is a fresh zeroed object of `T`'s size, 8-aligned at least.
    unsafe { p.cast::<T>().write(v) };
    p
}

/// `errors.New(text)`: a new `*errors.errorString`.
pub fn new_error_string(text: GoString) -> Iface {
    Iface {
        tab: (&ERROR_STRING_ITAB.0 as *const ErrorItab).cast(),
        data: boxed(text),
    }
}

/// `&fmt.wrapError{msg, err}` as an `error`.
pub fn new_wrap_error(msg: GoString, err: Iface) -> Iface {
    Iface {
        tab: (&WRAP_ERROR_ITAB.0 as *const ErrorItab).cast(),
        data: boxed(WrapError { msg, err }),
    }
}

/// `errors.New(text string) error`.
///
/// # Safety
/// `(p, n)` is a valid string.
#[export_name = "errors.New"]
pub unsafe extern "C" fn errors_new(p: *const u8, n: i64) -> Iface {
    new_error_string(GoString { ptr: p, len: n })
}

/// `err.Error()` of a non-nil error value.
///
/// # Safety
/// `err` is a valid non-nil error value.
pub unsafe fn call_error(err: Iface) -> GoString {
    // SAFETY: an itab's `fun[0]` is `error`'s only method, in the itab-slot form.
    unsafe {
        let f = err.tab.cast::<*const u8>().add(3).read();
        let f: unsafe extern "C" fn(*const u8) -> GoString = std::mem::transmute(f);
        f(err.data)
    }
}

/// `err.(interface{ Unwrap() error })`'s method, if the dynamic type has it.
fn unwrap_method(err: &Iface) -> Option<unsafe extern "C" fn(*const u8) -> Iface> {
    let f = find_method(err.typ()?, "Unwrap", "func() error")?;
    // SAFETY: the slot of a `func() error` method takes the data word.
    Some(unsafe { std::mem::transmute::<*const u8, unsafe extern "C" fn(*const u8) -> Iface>(f) })
}

/// `errors.Unwrap(err error) error`.
///
/// # Safety
/// `(tab, data)` is a valid error value.
#[export_name = "errors.Unwrap"]
pub unsafe extern "C" fn errors_unwrap(tab: *const u8, data: *const u8) -> Iface {
    let err = Iface { tab, data };
    match unwrap_method(&err) {
        // SAFETY: a method of the dynamic type, called with its receiver.
        Some(f) => unsafe { f(data) },
        None => Iface::NIL,
    }
}

/// `x == y` for two error values: same dynamic type and equal values (gc's `ifaceeq`,
/// which panics for an uncomparable dynamic type).
///
/// # Safety
/// Both are valid error values.
unsafe fn error_eq(x: &Iface, y: &Iface) -> bool {
    match (x.typ(), y.typ()) {
        (None, None) => true,
        (Some(a), Some(b)) if std::ptr::eq(a, b) => {
            // SAFETY: both hold values of type `a`.
            unsafe { crate::iface_eq::efaceeq(a, x.data, y.data) }
        }
        _ => false,
    }
}

/// `errors.Is(err, target error) bool`: gc 1.19's loop over the chain of `Unwrap`s,
/// comparing with `==` when `target`'s type is comparable and asking each error's own
/// `Is(error) bool` method.
///
/// # Safety
/// Both are valid error values.
#[export_name = "errors.Is"]
pub unsafe extern "C" fn errors_is(
    tab: *const u8,
    data: *const u8,
    ttab: *const u8,
    tdata: *const u8,
) -> bool {
    let mut err = Iface { tab, data };
    let target = Iface {
        tab: ttab,
        data: tdata,
    };
    let Some(tt) = target.typ() else {
        return err.tab.is_null();
    };
    let comparable = crate::iface_eq::comparable(tt);
    loop {
        // SAFETY: valid error values throughout the chain.
        if comparable && unsafe { error_eq(&err, &target) } {
            return true;
        }
        if let Some(f) = err
            .typ()
            .and_then(|t| find_method(t, "Is", "func(error) bool"))
        {
            // SAFETY: the slot of a `func(error) bool` method takes the data word and
            // the error's two words.
            let f: unsafe extern "C" fn(*const u8, *const u8, *const u8) -> bool =
                unsafe { std::mem::transmute(f) };
            // SAFETY: as above.
            if unsafe { f(err.data, target.tab, target.data) } {
                return true;
            }
        }
        match unwrap_method(&err) {
            // SAFETY: a method of the dynamic type, called with its receiver.
            Some(f) => err = unsafe { f(err.data) },
            None => return false,
        }
        if err.tab.is_null() {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &'static str) -> GoString {
        GoString {
            ptr: text.as_ptr(),
            len: text.len() as i64,
        }
    }

    fn text(g: GoString) -> String {
        // SAFETY: a string made from a static.
        String::from_utf8_lossy(unsafe { crate::types::bytes(g.ptr, g.len) }).into_owned()
    }

    // gc 1.19.8: base := errors.New("base"); w := fmt.Errorf("w: %w", base);
    // errors.Unwrap(w) == base, errors.Unwrap(base) == nil, errors.Is(w, base),
    // !errors.Is(w, errors.New("base")), errors.Is(nil, nil), !errors.Is(w, nil).
    #[test]
    fn unwrap_and_is_as_gc() {
        let base = new_error_string(s("base"));
        let w = new_wrap_error(s("w: base"), base);
        // SAFETY: valid error values made above.
        unsafe {
            assert_eq!(text(call_error(base)), "base");
            assert_eq!(text(call_error(w)), "w: base");
            assert_eq!(errors_unwrap(w.tab, w.data), base);
            assert_eq!(errors_unwrap(base.tab, base.data), Iface::NIL);
            assert!(errors_is(w.tab, w.data, base.tab, base.data));
            let other = new_error_string(s("base"));
            assert!(!errors_is(w.tab, w.data, other.tab, other.data));
            assert!(errors_is(
                std::ptr::null(),
                std::ptr::null(),
                std::ptr::null(),
                std::ptr::null()
            ));
            assert!(!errors_is(
                w.tab,
                w.data,
                std::ptr::null(),
                std::ptr::null()
            ));
        }
        assert_eq!(w.typ().map(|t| t.name()), Some(&b"*fmt.wrapError"[..]));
    }
}
