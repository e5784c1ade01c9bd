//! `==` between two `interface{}` values of the same dynamic type, by its descriptor
//! (gc's `runtime.efaceeq` and the type's generated equality): integers and pointers
//! by their bits, floats as IEEE values (NaN unequal, -0 equal to +0), strings by
//! content, structs field by field (blank fields skipped), arrays element by element,
//! nested interfaces recursively. A dynamic type that is not comparable (slices, maps,
//! funcs, and structs and arrays containing them) panics with gc's
//! `runtime error: comparing uncomparable type T`. Comparing the type words first, and
//! comparisons of an interface with a concrete value, are inline in compiled code.

use crate::panic::panic_runtime_error;
use crate::types::{eface_value_ptr, kind, Eface, GoString, TypeDesc};

/// `x == y` for two interfaces whose type words are both `t` (null: both nil); `x` and
/// `y` are their data words.
///
/// # Safety
/// `t` is null or a valid descriptor, and the data words hold values of type `t` as
/// compiled code stores them in interfaces.
#[export_name = "runtime.efaceeq"]
pub unsafe extern "C" fn efaceeq(t: *const TypeDesc, x: *const u8, y: *const u8) -> bool {
    // SAFETY: guaranteed by the caller.
    let Some(t) = (unsafe { t.as_ref() }) else {
        return true;
    };
    if !comparable(t) {
        panic_runtime_error(&[b"comparing uncomparable type ", t.name()]);
    }
    // SAFETY: the data words hold values of type `t`.
    unsafe {
        let (x, y) = (eface_value_ptr(t, &x), eface_value_ptr(t, &y));
        equal(t, x, y)
    }
}

/// Whether values of type `t` can be compared with `==` (gc: the type has an equality
/// function).
pub fn comparable(t: &TypeDesc) -> bool {
    match t.kind {
        kind::SLICE | kind::MAP | kind::FUNC => false,
        // SAFETY: an array descriptor's element is valid.
        kind::ARRAY => unsafe { t.elem.as_ref() }.is_none_or(comparable),
        kind::STRUCT => t
            .fields()
            .iter()
            // SAFETY: a field descriptor's type is valid.
            .all(|f| unsafe { f.typ.as_ref() }.is_none_or(comparable)),
        _ => true,
    }
}

/// `*x == *y` for comparable values of type `t`.
///
/// # Safety
/// `x` and `y` point at readable values of type `t`.
pub(crate) unsafe fn equal(t: &TypeDesc, x: *const u8, y: *const u8) -> bool {
    // SAFETY: guaranteed by the caller, for every read below.
    unsafe {
        match t.kind {
            kind::FLOAT32 => x.cast::<f32>().read_unaligned() == y.cast::<f32>().read_unaligned(),
            kind::FLOAT64 => x.cast::<f64>().read_unaligned() == y.cast::<f64>().read_unaligned(),
            kind::COMPLEX64 => {
                let (x, y) = (x.cast::<[f32; 2]>(), y.cast::<[f32; 2]>());
                x.read_unaligned() == y.read_unaligned()
            }
            kind::COMPLEX128 => {
                let (x, y) = (x.cast::<[f64; 2]>(), y.cast::<[f64; 2]>());
                x.read_unaligned() == y.read_unaligned()
            }
            kind::STRING => {
                let (x, y) = (
                    x.cast::<GoString>().read_unaligned(),
                    y.cast::<GoString>().read_unaligned(),
                );
                crate::types::bytes(x.ptr, x.len) == crate::types::bytes(y.ptr, y.len)
            }
            kind::INTERFACE => {
                let (x, y) = (dynamic(t, x), dynamic(t, y));
                x.typ == y.typ && efaceeq(x.typ, x.data, y.data)
            }
            kind::ARRAY => {
                let Some(elem) = t.elem.as_ref() else {
                    return true;
                };
                let size = elem.size as usize;
                (0..t.len as usize).all(|i| equal(elem, x.add(i * size), y.add(i * size)))
            }
            kind::STRUCT => t.fields().iter().all(|f| {
                let Some(ft) = f.typ.as_ref() else {
                    return true;
                };
                let off = f.offset as usize;
                crate::types::bytes(f.name_ptr, f.name_len as i64) == b"_"
                    || equal(ft, x.add(off), y.add(off))
            }),
            _ => {
                let n = t.size as usize;
                std::slice::from_raw_parts(x, n) == std::slice::from_raw_parts(y, n)
            }
        }
    }
}

/// The dynamic type and data word of the interface value at `p` of interface type `t`:
/// an `interface{}` holds the type itself, an interface with methods an itab (whose
/// `typ` is at offset 8), null for nil.
///
/// # Safety
/// `p` points at a readable interface value of type `t`.
pub(crate) unsafe fn dynamic(t: &TypeDesc, p: *const u8) -> Eface {
    // SAFETY: guaranteed by the caller; a non-null itab is valid.
    unsafe {
        let v = p.cast::<Eface>().read_unaligned();
        if t.nmethods == 0 || v.typ.is_null() {
            return v;
        }
        Eface {
            typ: v.typ.cast::<*const TypeDesc>().add(1).read(),
            data: v.data,
        }
    }
}
