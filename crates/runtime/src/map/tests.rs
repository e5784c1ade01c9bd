use super::*;
use crate::types::{FieldDesc, GoString};
use std::collections::HashSet;

struct Shared<T>(T);
// SAFETY: the descriptors are immutable after construction.
unsafe impl<T> Sync for Shared<T> {}

static INT: Shared<TypeDesc> = Shared(TypeDesc::plain(kind::INT, 8, "int"));
static STRING: Shared<TypeDesc> = Shared(TypeDesc::plain(kind::STRING, 16, "string"));
static FLOAT: Shared<TypeDesc> = Shared(TypeDesc::plain(kind::FLOAT64, 8, "float64"));
static ANY: Shared<TypeDesc> = Shared(TypeDesc::plain(kind::INTERFACE, 16, "interface {}"));

fn map_type(key: &'static TypeDesc, val: &'static TypeDesc) -> TypeDesc {
    TypeDesc {
        elem: val,
        key,
        ..TypeDesc::plain(kind::MAP, 8, "map")
    }
}

fn get(t: &TypeDesc, h: *mut HMap, k: *const u8) -> Option<i64> {
    // SAFETY: `k` points at a key of the map's type.
    let p = unsafe { mapaccess1(t, h, k) };
    // SAFETY: a non-null result points at an int value.
    (!p.is_null()).then(|| unsafe { p.cast::<i64>().read() })
}

fn put(t: &TypeDesc, h: *mut HMap, k: *const u8, v: i64) {
    // SAFETY: as in `get`; the slot holds an int.
    unsafe { mapassign(t, h, k).cast::<i64>().write(v) }
}

fn iterate(t: &TypeDesc, h: *mut HMap) -> Vec<(i64, i64)> {
    let mut it = std::mem::MaybeUninit::<HIter>::uninit();
    let mut out = Vec::new();
    // SAFETY: `it` is an iterator's storage; keys and values are ints.
    unsafe {
        mapiterinit(t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            out.push((it.key.cast::<i64>().read(), it.val.cast::<i64>().read()));
            mapiternext(it);
        }
    }
    out
}

#[test]
fn insert_lookup_delete_many_ints() {
    let t = map_type(&INT.0, &INT.0);
    // SAFETY: a valid map type, no stack buffer.
    let h = unsafe { makemap(&t, 0, std::ptr::null_mut()) };
    for i in 0..10_000i64 {
        put(&t, h, (&i as *const i64).cast(), i * 3);
    }
    // SAFETY: `h` is a live map.
    assert_eq!(unsafe { (*h).count }, 10_000);
    for i in 0..10_000i64 {
        assert_eq!(get(&t, h, (&i as *const i64).cast()), Some(i * 3));
    }
    let absent = 10_001i64;
    assert_eq!(get(&t, h, (&absent as *const i64).cast()), None);
    for i in (0..10_000i64).step_by(2) {
        // SAFETY: as above.
        unsafe { mapdelete(&t, h, (&i as *const i64).cast()) };
    }
    // SAFETY: as above.
    assert_eq!(unsafe { (*h).count }, 5_000);
    for i in 0..10_000i64 {
        let want = (i % 2 == 1).then_some(i * 3);
        assert_eq!(get(&t, h, (&i as *const i64).cast()), want);
    }
    // Reinsertion after deletions compacts instead of growing without bound.
    for round in 0..20i64 {
        for i in (0..10_000i64).step_by(2) {
            put(&t, h, (&i as *const i64).cast(), round);
            // SAFETY: as above.
            unsafe { mapdelete(&t, h, (&i as *const i64).cast()) };
        }
    }
    // SAFETY: as above.
    assert!(unsafe { (*h).cap } <= 16_384);
    let mut seen = iterate(&t, h);
    seen.sort_unstable();
    let want: Vec<(i64, i64)> = (0..10_000)
        .filter(|i| i % 2 == 1)
        .map(|i| (i, i * 3))
        .collect();
    assert_eq!(seen, want);
}

#[test]
fn nil_map_reads_and_iterates_nothing() {
    let t = map_type(&INT.0, &INT.0);
    let k = 1i64;
    assert_eq!(
        get(&t, std::ptr::null_mut(), (&k as *const i64).cast()),
        None
    );
    assert!(iterate(&t, std::ptr::null_mut()).is_empty());
    // SAFETY: deleting from a nil map does nothing.
    unsafe { mapdelete(&t, std::ptr::null_mut(), (&k as *const i64).cast()) };
}

#[test]
fn string_keys_compare_by_content() {
    let t = map_type(&STRING.0, &INT.0);
    // SAFETY: as above.
    let h = unsafe { makemap(&t, 4, std::ptr::null_mut()) };
    let a = String::from("hello");
    let b = String::from("hello");
    let ka = GoString {
        ptr: a.as_ptr(),
        len: 5,
    };
    let kb = GoString {
        ptr: b.as_ptr(),
        len: 5,
    };
    put(&t, h, (&ka as *const GoString).cast(), 7);
    assert_eq!(get(&t, h, (&kb as *const GoString).cast()), Some(7));
    let kc = GoString {
        ptr: b.as_ptr(),
        len: 4,
    };
    assert_eq!(get(&t, h, (&kc as *const GoString).cast()), None);
}

#[test]
fn float_keys_nan_and_signed_zero() {
    let t = map_type(&FLOAT.0, &INT.0);
    // SAFETY: as above.
    let h = unsafe { makemap(&t, 0, std::ptr::null_mut()) };
    let nan = f64::NAN;
    put(&t, h, (&nan as *const f64).cast(), 1);
    put(&t, h, (&nan as *const f64).cast(), 2);
    assert_eq!(get(&t, h, (&nan as *const f64).cast()), None);
    let (pz, nz) = (0.0f64, -0.0f64);
    put(&t, h, (&pz as *const f64).cast(), 3);
    put(&t, h, (&nz as *const f64).cast(), 4);
    assert_eq!(get(&t, h, (&pz as *const f64).cast()), Some(4));
    // SAFETY: as above.
    assert_eq!(unsafe { (*h).count }, 3);
    // The key is the last one stored (gc's needkeyupdate): -0.
    let keys: Vec<u64> = iterate(&t, h).iter().map(|&(k, _)| k as u64).collect();
    assert!(keys.contains(&(-0.0f64).to_bits()));
}

#[test]
fn interface_keys_by_dynamic_value() {
    let t = map_type(&ANY.0, &INT.0);
    // SAFETY: as above.
    let h = unsafe { makemap(&t, 0, std::ptr::null_mut()) };
    let (x, y) = (5i64, 5i64);
    let kx = crate::types::Eface {
        typ: &INT.0,
        data: (&x as *const i64).cast(),
    };
    let ky = crate::types::Eface {
        typ: &INT.0,
        data: (&y as *const i64).cast(),
    };
    put(&t, h, (&kx as *const crate::types::Eface).cast(), 9);
    assert_eq!(
        get(&t, h, (&ky as *const crate::types::Eface).cast()),
        Some(9)
    );
    let nil = crate::types::Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    };
    assert_eq!(
        get(&t, h, (&nil as *const crate::types::Eface).cast()),
        None
    );
}

#[test]
fn iteration_skips_deleted_and_never_repeats() {
    let t = map_type(&INT.0, &INT.0);
    // SAFETY: as above.
    let h = unsafe { makemap(&t, 0, std::ptr::null_mut()) };
    for i in 0..100i64 {
        put(&t, h, (&i as *const i64).cast(), i);
    }
    let mut it = std::mem::MaybeUninit::<HIter>::uninit();
    let mut seen = HashSet::new();
    let mut deleted = HashSet::new();
    // SAFETY: as in `iterate`.
    unsafe {
        mapiterinit(&t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            let k = it.key.cast::<i64>().read();
            assert!(!deleted.contains(&k), "deleted key {k} produced");
            assert!(seen.insert(k), "key {k} produced twice");
            // Delete another entry and add new ones (which force the array to move).
            let d = (k + 37) % 100;
            if !seen.contains(&d) {
                mapdelete(&t, h, (&d as *const i64).cast());
                deleted.insert(d);
            }
            let n = 1000 + k;
            put(&t, h, (&n as *const i64).cast(), n);
            mapiternext(it);
        }
    }
    for k in 0..100 {
        assert!(seen.contains(&k) || deleted.contains(&k), "key {k} missed");
    }
}

static BLANK_FIELDS: Shared<[FieldDesc; 2]> = Shared([
    FieldDesc {
        name_ptr: "a".as_ptr(),
        name_len: 1,
        typ: &INT.0,
        offset: 0,
    },
    FieldDesc {
        name_ptr: "_".as_ptr(),
        name_len: 1,
        typ: &INT.0,
        offset: 8,
    },
]);
/// `struct { a int; _ int }`.
static BLANK_STRUCT: Shared<TypeDesc> = Shared(TypeDesc {
    len: 2,
    fields: &BLANK_FIELDS.0 as *const FieldDesc,
    ..TypeDesc::plain(kind::STRUCT, 16, "main.T")
});

#[test]
fn struct_keys_ignore_blank_fields() {
    let t = map_type(&BLANK_STRUCT.0, &INT.0);
    // SAFETY: as above.
    let h = unsafe { makemap(&t, 0, std::ptr::null_mut()) };
    let (k1, k2, k3) = ([1i64, 5], [1i64, 9], [2i64, 5]);
    put(&t, h, k1.as_ptr().cast(), 10);
    assert_eq!(get(&t, h, k2.as_ptr().cast()), Some(10));
    assert_eq!(get(&t, h, k3.as_ptr().cast()), None);
    put(&t, h, k2.as_ptr().cast(), 11);
    // SAFETY: as above.
    assert_eq!(unsafe { (*h).count }, 1);
}
