//! `fmt.Println` (and `fmt.Print`) over `interface{}` values described by [`TypeDesc`]s,
//! with fmt's `%v` rules; the output of one call is written to stdout in one `write`.

use crate::floatfmt::{format_complex_v, format_float_v};
use crate::print::{format_hex, format_int, format_uint};
use crate::sys::write_out;
use crate::types::{bytes, kind, Eface, GoString, TypeDesc};

/// Appends the `%v` text of the value of type `t` at `data`. `depth` 0 is a top-level
/// operand (where a non-nil pointer to an array, slice, struct or map prints as `&...`).
///
/// # Safety
/// `t` must describe the value at `data` correctly (all nested descriptors valid).
pub unsafe fn format_value(out: &mut Vec<u8>, t: &TypeDesc, data: *const u8, depth: usize) {
    // SAFETY (all reads): `data` points at a value of type `t`.
    unsafe {
        match t.kind {
            kind::BOOL => out.extend_from_slice(if *data != 0 { b"true" } else { b"false" }),
            kind::INT | kind::INT64 => {
                out.extend_from_slice(format_int(data.cast::<i64>().read_unaligned()).as_bytes())
            }
            kind::INT8 => out.extend_from_slice(format_int(i64::from(*data as i8)).as_bytes()),
            kind::INT16 => out.extend_from_slice(
                format_int(i64::from(data.cast::<i16>().read_unaligned())).as_bytes(),
            ),
            kind::INT32 => out.extend_from_slice(
                format_int(i64::from(data.cast::<i32>().read_unaligned())).as_bytes(),
            ),
            kind::UINT | kind::UINT64 | kind::UINTPTR => {
                out.extend_from_slice(format_uint(data.cast::<u64>().read_unaligned()).as_bytes())
            }
            kind::UINT8 => out.extend_from_slice(format_uint(u64::from(*data)).as_bytes()),
            kind::UINT16 => out.extend_from_slice(
                format_uint(u64::from(data.cast::<u16>().read_unaligned())).as_bytes(),
            ),
            kind::UINT32 => out.extend_from_slice(
                format_uint(u64::from(data.cast::<u32>().read_unaligned())).as_bytes(),
            ),
            kind::FLOAT32 => out.extend_from_slice(
                format_float_v(f64::from(data.cast::<f32>().read_unaligned()), true).as_bytes(),
            ),
            kind::FLOAT64 => out.extend_from_slice(
                format_float_v(data.cast::<f64>().read_unaligned(), false).as_bytes(),
            ),
            kind::COMPLEX64 => {
                let p = data.cast::<f32>();
                let (re, im) = (p.read_unaligned(), p.add(1).read_unaligned());
                let s = format_complex_v(f64::from(re), f64::from(im), true);
                out.extend_from_slice(s.as_bytes())
            }
            kind::COMPLEX128 => {
                let p = data.cast::<f64>();
                let (re, im) = (p.read_unaligned(), p.add(1).read_unaligned());
                out.extend_from_slice(format_complex_v(re, im, false).as_bytes())
            }
            kind::STRING => {
                let s = data.cast::<GoString>().read_unaligned();
                out.extend_from_slice(bytes(s.ptr, s.len));
            }
            kind::POINTER => {
                let p = data.cast::<*const u8>().read_unaligned();
                let elem = t.elem();
                match elem {
                    Some(e)
                        if depth == 0
                            && !p.is_null()
                            && matches!(
                                e.kind,
                                kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP
                            ) =>
                    {
                        out.push(b'&');
                        format_value(out, e, p, depth + 1);
                    }
                    _ => format_pointer(out, p as u64),
                }
            }
            kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER | kind::MAP => {
                let p = data.cast::<u64>().read_unaligned();
                if t.kind == kind::MAP {
                    // Maps have no runtime layout yet: only nil maps print correctly.
                    out.extend_from_slice(b"map[]");
                } else {
                    format_pointer(out, p);
                }
            }
            kind::INTERFACE => {
                let e = data.cast::<Eface>().read_unaligned();
                match e.typ.as_ref() {
                    None => out.extend_from_slice(b"<nil>"),
                    Some(et) => {
                        let word: *const *const u8 = &e.data;
                        format_value(out, et, crate::types::eface_value_ptr(et, word), depth + 1)
                    }
                }
            }
            kind::ARRAY | kind::SLICE => {
                let (ptr, n) = if t.kind == kind::ARRAY {
                    (data, t.len)
                } else {
                    let s = data.cast::<crate::types::Slice>().read_unaligned();
                    (s.ptr.cast_const(), s.len.max(0) as u64)
                };
                out.push(b'[');
                if let Some(e) = t.elem() {
                    for i in 0..n {
                        if i > 0 {
                            out.push(b' ');
                        }
                        format_value(out, e, ptr.add((i * e.size) as usize), depth + 1);
                    }
                }
                out.push(b']');
            }
            kind::STRUCT => {
                out.push(b'{');
                for (i, f) in t.fields().iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    if let Some(ft) = f.typ.as_ref() {
                        format_value(out, ft, data.add(f.offset as usize), depth + 1);
                    }
                }
                out.push(b'}');
            }
            _ => {
                out.extend_from_slice(b"%!v(");
                out.extend_from_slice(t.name());
                out.push(b')');
            }
        }
    }
}

/// fmt's `%p`-style pointer for `%v`: `0x...`, or `<nil>`.
fn format_pointer(out: &mut Vec<u8>, p: u64) {
    if p == 0 {
        out.extend_from_slice(b"<nil>");
    } else {
        out.extend_from_slice(format_hex(p).as_bytes());
    }
}

/// Appends one operand (an `interface{}`): `<nil>` for a nil interface.
///
/// # Safety
/// As [`format_value`].
pub unsafe fn format_operand(out: &mut Vec<u8>, arg: &Eface) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match arg.typ.as_ref() {
            None => out.extend_from_slice(b"<nil>"),
            Some(t) => {
                let word: *const *const u8 = &arg.data;
                format_value(out, t, crate::types::eface_value_ptr(t, word), 0)
            }
        }
    }
}

/// # Safety
/// `args` points at `n` valid interface values (or `n == 0`).
unsafe fn operands<'a>(args: *const Eface, n: i64) -> &'a [Eface] {
    if args.is_null() || n <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(args, n as usize) }
    }
}

/// `fmt.Println(a...)`: operands separated by spaces, then a newline, on stdout.
///
/// # Safety
/// `args` points at `n` valid interface values.
#[export_name = "fmt.Println"]
pub unsafe extern "C" fn println(args: *const Eface, n: i64) {
    let mut out = Vec::new();
    // SAFETY: guaranteed by the caller.
    for (i, a) in unsafe { operands(args, n) }.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        // SAFETY: guaranteed by the caller.
        unsafe { format_operand(&mut out, a) };
    }
    out.push(b'\n');
    write_out(&out);
}

/// `fmt.Print(a...)`: a space between operands when neither is a string.
///
/// # Safety
/// `args` points at `n` valid interface values.
#[export_name = "fmt.Print"]
pub unsafe extern "C" fn print(args: *const Eface, n: i64) {
    let mut out = Vec::new();
    let is_string =
        // SAFETY: a non-null descriptor pointer is valid.
        |a: &Eface| unsafe { a.typ.as_ref() }.is_some_and(|t| t.kind == kind::STRING);
    // SAFETY: guaranteed by the caller.
    let args = unsafe { operands(args, n) };
    for (i, a) in args.iter().enumerate() {
        if i > 0 && !is_string(a) && !is_string(&args[i - 1]) {
            out.push(b' ');
        }
        // SAFETY: guaranteed by the caller.
        unsafe { format_operand(&mut out, a) };
    }
    write_out(&out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{FieldDesc, Slice};
    use std::ptr::null;

    fn desc(k: u64, size: u64, name: &'static str) -> TypeDesc {
        TypeDesc {
            kind: k,
            size,
            elem: null(),
            len: 0,
            fields: null(),
            name_ptr: name.as_ptr(),
            name_len: name.len() as u64,
        }
    }

    /// `fmt.Println` of the value at `data`, boxed as compiled code boxes it: the data
    /// word is the value itself for pointer-shaped types, a pointer to a copy otherwise.
    fn show(t: &TypeDesc, data: *const u8) -> String {
        let data = if crate::types::is_direct_iface(t) {
            // SAFETY: `data` points at a pointer-shaped value.
            unsafe { data.cast::<*const u8>().read() }
        } else {
            data
        };
        let mut v = Vec::new();
        unsafe { format_operand(&mut v, &Eface { typ: t, data }) };
        String::from_utf8_lossy(&v).into_owned()
    }

    #[repr(C)]
    struct P {
        x: i64,
        s: GoString,
        b: bool,
        q: *const i64,
        i: Eface,
        l: Slice,
    }

    // gc 1.19.8: fmt.Println(P{1, "s", true, nil, nil, []int{4}}, &P{}, []int{1, 2, 3},
    // [3]bool{true}, (*int)(nil), []int(nil), struct{ I interface{} }{5})
    #[test]
    fn composites_as_gc() {
        let int = desc(kind::INT, 8, "int");
        let boolean = desc(kind::BOOL, 1, "bool");
        let string = desc(kind::STRING, 16, "string");
        let iface = desc(kind::INTERFACE, 16, "interface {}");
        let mut pint = desc(kind::POINTER, 8, "*int");
        pint.elem = &int;
        let mut sint = desc(kind::SLICE, 24, "[]int");
        sint.elem = &int;
        let mut abool = desc(kind::ARRAY, 3, "[3]bool");
        abool.elem = &boolean;
        abool.len = 3;
        let f = |typ: &TypeDesc, offset: usize| FieldDesc {
            name_ptr: b"f".as_ptr(),
            name_len: 1,
            typ,
            offset: offset as u64,
        };
        let fields = [
            f(&int, 0),
            f(&string, 8),
            f(&boolean, 24),
            f(&pint, 32),
            f(&iface, 40),
            f(&sint, 56),
        ];
        let mut pd = desc(kind::STRUCT, std::mem::size_of::<P>() as u64, "main.P");
        pd.fields = fields.as_ptr();
        pd.len = fields.len() as u64;
        let mut ppd = desc(kind::POINTER, 8, "*main.P");
        ppd.elem = &pd;

        let four = [4i64];
        let p = P {
            x: 1,
            s: GoString {
                ptr: b"s".as_ptr(),
                len: 1,
            },
            b: true,
            q: null(),
            i: Eface {
                typ: null(),
                data: null(),
            },
            l: Slice {
                ptr: four.as_ptr() as *mut u8,
                len: 1,
                cap: 1,
            },
        };
        assert_eq!(
            show(&pd, (&p as *const P).cast()),
            "{1 s true <nil> <nil> [4]}"
        );
        let zero = P {
            x: 0,
            s: GoString {
                ptr: null(),
                len: 0,
            },
            b: false,
            q: null(),
            i: Eface {
                typ: null(),
                data: null(),
            },
            l: Slice {
                ptr: std::ptr::null_mut(),
                len: 0,
                cap: 0,
            },
        };
        let pz: *const P = &zero;
        assert_eq!(
            show(&ppd, (&pz as *const *const P).cast()),
            "&{0  false <nil> <nil> []}"
        );

        let xs = [1i64, 2, 3];
        let s = Slice {
            ptr: xs.as_ptr() as *mut u8,
            len: 3,
            cap: 3,
        };
        assert_eq!(show(&sint, (&s as *const Slice).cast()), "[1 2 3]");
        let bs = [1u8, 0, 0];
        assert_eq!(show(&abool, bs.as_ptr()), "[true false false]");
        let np: *const i64 = null();
        assert_eq!(show(&pint, (&np as *const *const i64).cast()), "<nil>");
        let ns = Slice {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        assert_eq!(show(&sint, (&ns as *const Slice).cast()), "[]");
        let five = 5i64;
        let boxed = Eface {
            typ: &int,
            data: (&five as *const i64).cast(),
        };
        let fi = [f(&iface, 0)];
        let mut wd = desc(kind::STRUCT, 16, "struct { I interface {} }");
        wd.fields = fi.as_ptr();
        wd.len = 1;
        assert_eq!(show(&wd, (&boxed as *const Eface).cast()), "{5}");
        let nonnil: *const i64 = &five;
        assert!(show(&pint, (&nonnil as *const *const i64).cast()).starts_with("0x"));
    }
}
