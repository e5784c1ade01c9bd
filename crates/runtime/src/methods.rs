//! Method lookup at run time from the method tables of type descriptors
//! (docs/runtime-abi.md, "Method tables"): [`find_method`] for the runtime's own callers
//! (fmt's `Error()`/`String()`), and itabs built on demand for conversions and type
//! assertions to interfaces with methods whose dynamic type is not known at compile time
//! (gc's `getitab`, `convI2I`, `assertE2I`, `assertE2I2`), cached per (interface, type)
//! pair for the life of the program. Itabs of pairs known at compile time are codegen's
//! (read-only data in the object); interface comparisons therefore compare dynamic types,
//! never itab addresses.
//!
//! A method's identity is its name and its signature's printed type name (`func() string`):
//! golift compiles one package, so unexported names need no package qualifier.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::panic::{panic_with, TraceFrom, RUNTIME_ERROR_FRAMES};
use crate::types::{MethodDesc, TypeDesc};

/// The itab slot function of method `name` with signature `sig` (its type name as gc
/// prints it, `func() string`) in `t`'s method set: it takes the data word of an
/// interface holding a `t` as its receiver. `None` when `t` has no such method.
pub fn find_method(t: &TypeDesc, name: &str, sig: &str) -> Option<*const u8> {
    let m = lookup(t, name.as_bytes())?;
    (m.typ().name() == sig.as_bytes() && !m.ifn.is_null()).then_some(m.ifn)
}

/// The itab of dynamic type `typ` for interface `inter` (made and cached at run time),
/// or None when `typ` lacks one of `inter`'s methods: for the runtime's own callers
/// (fmt's `%w`, which converts its operand to `error`).
pub fn itab_for(inter: &TypeDesc, typ: &TypeDesc) -> Option<*const u8> {
    getitab(inter, typ).ok()
}

/// The entry of `t`'s method table named `name`.
fn lookup<'a>(t: &'a TypeDesc, name: &[u8]) -> Option<&'a MethodDesc> {
    let ms = t.methods();
    ms.binary_search_by(|m| method_order(m.name(), name))
        .ok()
        .and_then(|i| ms.get(i))
}

/// gc's method order (codegen's `method_table::method_order`): exported names first,
/// then by name.
fn method_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let exported = |n: &[u8]| {
        std::str::from_utf8(n)
            .ok()
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    };
    exported(b).cmp(&exported(a)).then_with(|| a.cmp(b))
}

/// Bytes before an itab's `fun` array (docs/runtime-abi.md, "Itabs").
const ITAB_FUN_WORDS: usize = 3;

/// Run-time itabs by (interface, type) descriptor address; leaked, never freed.
static ITABS: Mutex<Option<HashMap<(usize, usize), usize>>> = Mutex::new(None);

/// The itab of dynamic type `typ` for interface `inter`, or the name of the first of
/// `inter`'s methods (in its order) that `typ` lacks.
fn getitab(inter: &TypeDesc, typ: &TypeDesc) -> Result<*const u8, &'static [u8]> {
    let key = (
        inter as *const TypeDesc as usize,
        typ as *const TypeDesc as usize,
    );
    let mut cache = ITABS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&itab) = cache.get_or_insert_with(HashMap::new).get(&key) {
        return Ok(itab as *const u8);
    }
    let mut words: Vec<usize> = vec![key.0, key.1, 0];
    for want in inter.methods() {
        let found = lookup(typ, want.name())
            .filter(|m| m.typ().name() == want.typ().name() && !m.ifn.is_null());
        match found {
            Some(m) => words.push(m.ifn as usize),
            // SAFETY: method names are codegen's static strings.
            None => {
                return Err(unsafe { crate::types::bytes(want.name_ptr, want.name_len as i64) })
            }
        }
    }
    debug_assert_eq!(words.len(), ITAB_FUN_WORDS + inter.methods().len());
    let itab = Box::leak(words.into_boxed_slice()).as_ptr() as usize;
    cache.get_or_insert_with(HashMap::new).insert(key, itab);
    Ok(itab as *const u8)
}

/// gc's `TypeAssertionError` for a dynamic type lacking a method: `interface conversion:
/// main.T is not main.I: missing method M`.
fn panic_missing(typ: &TypeDesc, inter: &TypeDesc, missing: &[u8]) -> ! {
    panic_with(
        crate::rterror::ErrType::TypeAssertion,
        &[
            b"interface conversion: ",
            typ.name(),
            b" is not ",
            inter.name(),
            b": missing method ",
            missing,
        ],
        None,
        TraceFrom::Here(RUNTIME_ERROR_FRAMES),
    )
}

/// gc's `convI2I`: the itab word of an interface value whose dynamic type is `typ` (null:
/// a nil interface, which stays nil) converted to interface `inter`, known to succeed.
///
/// # Safety
/// `inter` is a valid interface descriptor; `typ` is null or a valid descriptor.
#[export_name = "runtime.convI2I"]
pub unsafe extern "C" fn conv_i2i(inter: *const TypeDesc, typ: *const TypeDesc) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    let (inter, Some(typ)) = (unsafe { &*inter }, unsafe { typ.as_ref() }) else {
        return std::ptr::null();
    };
    match getitab(inter, typ) {
        Ok(itab) => itab,
        Err(missing) => panic_missing(typ, inter, missing),
    }
}

/// gc's `assertE2I` (and `assertI2I`): `x.(inter)` of an interface whose dynamic type is
/// `typ`, panicking when it is nil or lacks a method.
///
/// # Safety
/// `inter` is a valid interface descriptor; `typ` is null or a valid descriptor.
#[export_name = "runtime.assertE2I"]
pub unsafe extern "C" fn assert_e2i(inter: *const TypeDesc, typ: *const TypeDesc) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    let (inter, typ) = (unsafe { &*inter }, unsafe { typ.as_ref() });
    let Some(typ) = typ else {
        panic_with(
            crate::rterror::ErrType::TypeAssertion,
            &[
                b"interface conversion: interface is nil, not ",
                inter.name(),
            ],
            None,
            TraceFrom::Here(RUNTIME_ERROR_FRAMES),
        )
    };
    match getitab(inter, typ) {
        Ok(itab) => itab,
        Err(missing) => panic_missing(typ, inter, missing),
    }
}

/// gc's `assertE2I2` (and `assertI2I2`): the itab of `typ` for `inter`, null when `typ`
/// is null (a nil interface) or lacks a method.
///
/// # Safety
/// `inter` is a valid interface descriptor; `typ` is null or a valid descriptor.
#[export_name = "runtime.assertE2I2"]
pub unsafe extern "C" fn assert_e2i2(inter: *const TypeDesc, typ: *const TypeDesc) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    let (inter, typ) = (unsafe { &*inter }, unsafe { typ.as_ref() });
    typ.and_then(|t| getitab(inter, t).ok())
        .unwrap_or(std::ptr::null())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::null;

    fn desc(kind: u64, name: &'static str, methods: &[MethodDesc]) -> TypeDesc {
        TypeDesc {
            methods: if methods.is_empty() {
                null()
            } else {
                methods.as_ptr()
            },
            nmethods: methods.len() as u64,
            ..TypeDesc::plain(kind, 8, name)
        }
    }

    fn method(name: &'static str, typ: &TypeDesc, ifn: usize) -> MethodDesc {
        MethodDesc {
            name_ptr: name.as_ptr(),
            name_len: name.len() as u64,
            typ,
            ifn: ifn as *const u8,
        }
    }

    #[test]
    fn finds_methods_by_name_and_signature() {
        let string_sig = desc(crate::types::kind::FUNC, "func() string", &[]);
        let int_sig = desc(crate::types::kind::FUNC, "func() int", &[]);
        let ms = [
            method("Error", &string_sig, 0x10),
            method("String", &string_sig, 0x20),
            method("len", &int_sig, 0x30),
        ];
        let t = desc(crate::types::kind::INT, "main.T", &ms);
        assert_eq!(
            find_method(&t, "String", "func() string"),
            Some(0x20 as *const u8)
        );
        assert_eq!(
            find_method(&t, "len", "func() int"),
            Some(0x30 as *const u8)
        );
        assert_eq!(find_method(&t, "String", "func() int"), None);
        assert_eq!(find_method(&t, "Name", "func() string"), None);
        let no_methods = desc(crate::types::kind::INT, "int", &[]);
        assert_eq!(find_method(&no_methods, "String", "func() string"), None);

        // An itab lists the interface's methods in its order; the first missing one
        // is reported.
        let ims = [
            method("Error", &string_sig, 0),
            method("String", &string_sig, 0),
        ];
        let iface = desc(crate::types::kind::INTERFACE, "main.I", &ims);
        let itab = getitab(&iface, &t).expect("main.T has Error and String");
        // SAFETY: an itab of two methods is five words.
        let words = unsafe { std::slice::from_raw_parts(itab.cast::<usize>(), 5) };
        assert_eq!(&words[3..], &[0x10, 0x20]);
        assert_eq!(getitab(&iface, &t), Ok(itab), "cached");
        let jms = [
            method("Close", &string_sig, 0),
            method("String", &int_sig, 0),
        ];
        let j = desc(crate::types::kind::INTERFACE, "main.J", &jms);
        assert_eq!(getitab(&j, &t), Err(&b"Close"[..]));
        let kms = [method("String", &int_sig, 0)];
        let k = desc(crate::types::kind::INTERFACE, "main.K", &kms);
        assert_eq!(
            getitab(&k, &t),
            Err(&b"String"[..]),
            "same name, other type"
        );
    }
}
