//! The shortest `%v` text of a float ([`format_float_v`]). fmt's printers are in
//! `fmt_printf` (entry points), `fmt_value` (operands by type), `fmt_format` (flags and
//! padding), `fmt_float` (float verbs) and `fmt_quote` (`%q`).

/// `%v` of a float: strconv's shortest `'g'` formatting (`1e+06`, `0.1`, `1.234567e+06`,
/// `+Inf`). `single` formats with float32 precision.
pub fn format_float_v(v: f64, single: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    // Rust's `{:e}` gives the shortest digits that round-trip, as strconv does.
    let sci = if single {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    // strconv %g with shortest precision uses %e when exp < -4 || exp >= 6.
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else {
        // %f with as many fraction digits as needed; dp = position of the decimal point.
        let dp = exp + 1;
        let nd = digits.len() as i32;
        if dp <= 0 {
            out.push_str("0.");
            for _ in 0..-dp {
                out.push('0');
            }
            out.push_str(&digits);
        } else if dp >= nd {
            out.push_str(&digits);
            for _ in 0..dp - nd {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..dp as usize]);
            out.push('.');
            out.push_str(&digits[dp as usize..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fmt_value::Pp;
    use crate::types::{kind, Eface, FieldDesc, GoString, Slice, TypeDesc};
    use std::ptr::null;

    // Expected values: gc 1.19.8 fmt.Println of the same values.
    #[test]
    fn floats_v_as_gc() {
        let cases: &[(f64, &str)] = &[
            (1.5, "1.5"),
            (2.0, "2"),
            (1e6, "1e+06"),
            (123456.0, "123456"),
            (1234567.0, "1.234567e+06"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1e21, "1e+21"),
            (1e20, "1e+20"),
            (3.0 / 7.0, "0.42857142857142855"),
            (0.0, "0"),
            (-0.0, "-0"),
            (100.0, "100"),
            (1e-7, "1e-07"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789.0, "1.23456789e+08"),
            (12345678.9, "1.23456789e+07"),
            (0.000123, "0.000123"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
            (f64::NAN, "NaN"),
        ];
        for &(v, want) in cases {
            assert_eq!(format_float_v(v, false), want, "{v}");
        }
        let singles: &[(f32, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (16777216.0, "1.6777216e+07"),
            (1e10, "1e+10"),
            (3.4028235e38, "3.4028235e+38"),
        ];
        for &(v, want) in singles {
            assert_eq!(format_float_v(f64::from(v), true), want, "{v}");
        }
    }

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
        let mut p = Pp::default();
        unsafe { p.print_arg(&Eface { typ: t, data }, u32::from(b'v')) };
        String::from_utf8_lossy(&p.fmt.buf).into_owned()
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
