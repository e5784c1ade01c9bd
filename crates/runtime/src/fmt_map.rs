//! fmt's printing of maps (gc's printValue for `reflect.Map`): `map[k:v k:v]`,
//! `T{k:v, k:v}` in `%#v`, `T(nil)` for a nil map in `%#v`, with the entries sorted as
//! gc's `internal/fmtsort` sorts them (numbers by value, NaNs first, strings bytewise,
//! `false` before `true`, pointers and channels by address, structs and arrays element
//! by element, interfaces nil first, then by their dynamic type's descriptor address,
//! then by value). gc sorts with `sort.Stable`; so does this (a merge sort that never
//! assumes the order is consistent, as fmtsort's is not for NaNs or mixed types).

use crate::fmt_value::Pp;
use crate::iface_eq::dynamic;
use crate::map::{entries, HMap};
use crate::types::{bytes, eface_value_ptr, kind, GoString, TypeDesc};
use std::cmp::Ordering;

impl Pp {
    /// A map value of type `t` at `data` (the map word).
    ///
    /// # Safety
    /// `t` describes the map at `data` (key and element descriptors included).
    pub(crate) unsafe fn print_map(
        &mut self,
        t: &TypeDesc,
        data: *const u8,
        verb: u32,
        depth: usize,
    ) {
        // SAFETY: guaranteed by the caller.
        let h = unsafe { data.cast::<*const HMap>().read_unaligned() };
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            self.fmt.buf.extend_from_slice(t.name());
            if h.is_null() {
                self.fmt.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.fmt.buf.push(b'{');
        } else {
            self.fmt.buf.extend_from_slice(b"map[");
        }
        // SAFETY: codegen emits key and element descriptors for a map type.
        let (Some(kt), Some(vt)) = (unsafe { t.key.as_ref() }, t.elem()) else {
            return;
        };
        // SAFETY: `h` is null or a live map.
        let mut es = unsafe { entries(h) };
        // SAFETY: the keys are values of type `kt`.
        stable_sort(&mut es, |a, b| unsafe { compare(kt, a.0, b.0) });
        for (i, &(k, v)) in es.iter().enumerate() {
            if i > 0 {
                if sharp_v {
                    self.fmt.buf.extend_from_slice(b", ");
                } else {
                    self.fmt.buf.push(b' ');
                }
            }
            // SAFETY: the entry's key and value are of types `kt` and `vt`.
            unsafe {
                self.print_value(kt, k, verb, depth + 1);
                self.fmt.buf.push(b':');
                self.print_value(vt, v, verb, depth + 1);
            }
        }
        self.fmt.buf.push(if sharp_v { b'}' } else { b']' });
    }
}

/// A stable merge sort by `cmp` that tolerates an inconsistent order.
fn stable_sort<T: Copy>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering + Copy) {
    if v.len() <= 1 {
        return;
    }
    let mid = v.len() / 2;
    stable_sort(&mut v[..mid], cmp);
    stable_sort(&mut v[mid..], cmp);
    let (left, right) = (v[..mid].to_vec(), v[mid..].to_vec());
    let (mut i, mut j) = (0, 0);
    for slot in v.iter_mut() {
        let take_right =
            j < right.len() && (i >= left.len() || cmp(&right[j], &left[i]) == Ordering::Less);
        if take_right {
            *slot = right[j];
            j += 1;
        } else {
            *slot = left[i];
            i += 1;
        }
    }
}

fn float_compare(a: f64, b: f64) -> Ordering {
    if a.is_nan() {
        Ordering::Less
    } else if b.is_nan() {
        Ordering::Greater
    } else {
        a.partial_cmp(&b).unwrap_or(Ordering::Equal)
    }
}

/// fmtsort's compare of two keys of type `t`.
///
/// # Safety
/// `a` and `b` point at values of type `t`.
unsafe fn compare(t: &TypeDesc, a: *const u8, b: *const u8) -> Ordering {
    // SAFETY: guaranteed by the caller, for every read below.
    unsafe {
        macro_rules! by {
            ($ty:ty) => {
                a.cast::<$ty>()
                    .read_unaligned()
                    .cmp(&b.cast::<$ty>().read_unaligned())
            };
        }
        match t.kind {
            kind::INT8 => by!(i8),
            kind::INT16 => by!(i16),
            kind::INT32 => by!(i32),
            kind::INT | kind::INT64 => by!(i64),
            kind::BOOL | kind::UINT8 => by!(u8),
            kind::UINT16 => by!(u16),
            kind::UINT32 => by!(u32),
            kind::UINT
            | kind::UINT64
            | kind::UINTPTR
            | kind::POINTER
            | kind::UNSAFE_POINTER
            | kind::CHAN => by!(u64),
            kind::STRING => {
                let (x, y) = (
                    a.cast::<GoString>().read_unaligned(),
                    b.cast::<GoString>().read_unaligned(),
                );
                bytes(x.ptr, x.len).cmp(bytes(y.ptr, y.len))
            }
            kind::FLOAT32 => float_compare(
                f64::from(a.cast::<f32>().read_unaligned()),
                f64::from(b.cast::<f32>().read_unaligned()),
            ),
            kind::FLOAT64 => float_compare(
                a.cast::<f64>().read_unaligned(),
                b.cast::<f64>().read_unaligned(),
            ),
            kind::COMPLEX64 => {
                let ([ar, ai], [br, bi]) = (
                    a.cast::<[f32; 2]>().read_unaligned(),
                    b.cast::<[f32; 2]>().read_unaligned(),
                );
                float_compare(f64::from(ar), f64::from(br))
                    .then_with(|| float_compare(f64::from(ai), f64::from(bi)))
            }
            kind::COMPLEX128 => {
                let ([ar, ai], [br, bi]) = (
                    a.cast::<[f64; 2]>().read_unaligned(),
                    b.cast::<[f64; 2]>().read_unaligned(),
                );
                float_compare(ar, br).then_with(|| float_compare(ai, bi))
            }
            kind::STRUCT => {
                for f in t.fields() {
                    let Some(ft) = f.typ.as_ref() else { continue };
                    let off = f.offset as usize;
                    let c = compare(ft, a.add(off), b.add(off));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            kind::ARRAY => {
                let Some(e) = t.elem() else {
                    return Ordering::Equal;
                };
                for i in 0..t.len as usize {
                    let off = i * e.size as usize;
                    let c = compare(e, a.add(off), b.add(off));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            kind::INTERFACE => {
                let (x, y) = (dynamic(t, a), dynamic(t, b));
                match (x.typ.as_ref(), y.typ.as_ref()) {
                    (None, None) => Ordering::Equal,
                    (None, Some(_)) => Ordering::Less,
                    (Some(_), None) => Ordering::Greater,
                    (Some(xt), Some(yt)) => {
                        if !std::ptr::eq(xt, yt) {
                            return (x.typ as usize).cmp(&(y.typ as usize));
                        }
                        compare(
                            xt,
                            eface_value_ptr(xt, &x.data),
                            eface_value_ptr(yt, &y.data),
                        )
                    }
                }
            }
            _ => Ordering::Less,
        }
    }
}
