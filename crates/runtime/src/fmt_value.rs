//! fmt's printing of one operand by verb (gc's `fmt/print.go`: printArg, printValue,
//! fmtBool/Integer/Float/Complex/String/Bytes/Pointer, badVerb), driven by the
//! [`TypeDesc`] compiled code passes with every `interface{}`. An operand's own
//! `Error()`/`String()`/`GoString()` methods and `%w` are `fmt_methods.rs`'s.

use crate::errors::Iface;
use crate::fmt_format::{Fmt, LDIGITS, UDIGITS};
use crate::types::{bytes, eface_value_ptr, kind, Eface, GoString, Slice, TypeDesc};

/// One `fmt` call's printer: the formatter, whether a bad verb is being reported, and
/// `fmt.Errorf`'s `%w` state.
#[derive(Default)]
pub struct Pp {
    pub fmt: Fmt,
    pub(crate) erroring: bool,
    /// `fmt.Errorf`: `%w` is accepted (once).
    pub(crate) wrap_errs: bool,
    /// The operand of `Errorf`'s `%w`, as an `error`.
    pub(crate) wrapped_err: Option<Iface>,
    /// The value being printed was reached through an unexported struct field, so its
    /// methods are not called (reflect's `CanInterface` is false).
    pub(crate) read_only: bool,
    /// A panicking method's value is being printed (gc's `p.panicking`): another panic
    /// is not caught.
    pub(crate) panicking: bool,
}

/// Whether a struct field named `name` is exported (its first character is upper case).
fn exported(name: &[u8]) -> bool {
    let (c, _) = crate::strings::decode(name);
    char::from_u32(c).is_some_and(char::is_uppercase)
}

/// A verb as a byte when it is ASCII (every verb fmt knows is).
fn ascii(verb: u32) -> u8 {
    if verb < 0x80 {
        verb as u8
    } else {
        0
    }
}

/// An integer value of kind `k` at `data`: (bits, signed), or None for other kinds.
///
/// # Safety
/// `data` points at a value of kind `k`.
unsafe fn read_integer(k: u64, data: *const u8) -> Option<(u64, bool)> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        Some(match k {
            kind::INT | kind::INT64 => (data.cast::<i64>().read_unaligned() as u64, true),
            kind::INT8 => (i64::from(*data as i8) as u64, true),
            kind::INT16 => (i64::from(data.cast::<i16>().read_unaligned()) as u64, true),
            kind::INT32 => (i64::from(data.cast::<i32>().read_unaligned()) as u64, true),
            kind::UINT | kind::UINT64 | kind::UINTPTR => {
                (data.cast::<u64>().read_unaligned(), false)
            }
            kind::UINT8 => (u64::from(*data), false),
            kind::UINT16 => (u64::from(data.cast::<u16>().read_unaligned()), false),
            kind::UINT32 => (u64::from(data.cast::<u32>().read_unaligned()), false),
            _ => return None,
        })
    }
}

/// The integer held by an operand, for `*` widths (gc's intFromArg): only integer
/// kinds whose value fits an int.
///
/// # Safety
/// `arg` is a valid interface value.
pub unsafe fn int_from_arg(arg: &Eface) -> Option<i64> {
    // SAFETY: a non-null descriptor is valid.
    let t = unsafe { arg.typ.as_ref() }?;
    let word: *const *const u8 = &arg.data;
    // SAFETY: the interface holds a value of type `t`.
    let (u, signed) = unsafe { read_integer(t.kind, eface_value_ptr(t, word)) }?;
    if !signed && (u as i64) < 0 {
        return None;
    }
    Some(u as i64)
}

impl Pp {
    /// printArg: one top-level operand.
    ///
    /// # Safety
    /// `arg` is a valid interface value whose descriptor describes its data.
    pub unsafe fn print_arg(&mut self, arg: &Eface, verb: u32) {
        // SAFETY: a non-null descriptor is valid.
        let Some(t) = (unsafe { arg.typ.as_ref() }) else {
            match ascii(verb) {
                b'T' | b'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(verb, None),
            }
            return;
        };
        let word: *const *const u8 = &arg.data;
        // SAFETY: the interface holds a value of type `t`.
        let data = unsafe { eface_value_ptr(t, word) };
        match ascii(verb) {
            b'T' => return self.fmt.fmt_s(t.name()),
            // SAFETY: as above.
            b'p' => return unsafe { self.fmt_pointer(t, data, verb) },
            _ => {}
        }
        if t.kind == kind::SLICE && t.name() == b"[]uint8" {
            // fmt's fast path for an unnamed []byte (named `[]byte` in `%#v`).
            // SAFETY: a slice header.
            let s = unsafe { data.cast::<Slice>().read_unaligned() };
            // SAFETY: a valid slice.
            let b = (!s.ptr.is_null()).then(|| unsafe { bytes(s.ptr, s.len) });
            // SAFETY: as above.
            return unsafe { self.fmt_bytes(b, verb, b"[]byte", t, data) };
        }
        // SAFETY: as above.
        if !unsafe { self.handle_methods(t, data, verb) } {
            // SAFETY: as above.
            unsafe { self.print_value(t, data, verb, 0) }
        }
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)` without a value.
    pub(crate) fn bad_verb(&mut self, verb: u32, v: Option<(&TypeDesc, *const u8)>) {
        self.erroring = true;
        self.fmt.buf.extend_from_slice(b"%!");
        crate::fmt_quote::push_rune(&mut self.fmt.buf, verb);
        self.fmt.buf.push(b'(');
        match v {
            Some((t, data)) => {
                self.fmt.buf.extend_from_slice(t.name());
                self.fmt.buf.push(b'=');
                // SAFETY: `data` holds a value of type `t` (the caller's operand).
                unsafe { self.print_value(t, data, u32::from(b'v'), 0) };
            }
            None => self.fmt.buf.extend_from_slice(b"<nil>"),
        }
        self.fmt.buf.push(b')');
        self.erroring = false;
    }

    /// printValue: the value of type `t` at `data`; `depth` 0 is a top-level operand.
    ///
    /// # Safety
    /// `t` describes the value at `data`, nested descriptors included.
    pub unsafe fn print_value(&mut self, t: &TypeDesc, data: *const u8, verb: u32, depth: usize) {
        let v = ascii(verb);
        // SAFETY: `data` points at a value of type `t`.
        if depth > 0 && !self.read_only && unsafe { self.handle_methods(t, data, verb) } {
            return;
        }
        // SAFETY (all reads): `data` points at a value of type `t`.
        unsafe {
            if let Some((u, signed)) = read_integer(t.kind, data) {
                return self.fmt_integer(u, signed, verb, t, data);
            }
            match t.kind {
                kind::BOOL => match v {
                    b't' | b'v' => self.fmt.fmt_boolean(*data != 0),
                    _ => self.bad_verb(verb, Some((t, data))),
                },
                kind::FLOAT32 => {
                    let x = f64::from(data.cast::<f32>().read_unaligned());
                    self.fmt_float(x, true, verb, t, data)
                }
                kind::FLOAT64 => {
                    let x = data.cast::<f64>().read_unaligned();
                    self.fmt_float(x, false, verb, t, data)
                }
                kind::COMPLEX64 | kind::COMPLEX128 => self.fmt_complex(t, data, verb),
                kind::STRING => {
                    let s = data.cast::<GoString>().read_unaligned();
                    let s = bytes(s.ptr, s.len);
                    match v {
                        b'v' if self.fmt.f.sharp_v => self.fmt.fmt_q(s),
                        b'v' | b's' => self.fmt.fmt_s(s),
                        b'x' => self.fmt.fmt_sbx(s, LDIGITS),
                        b'X' => self.fmt.fmt_sbx(s, UDIGITS),
                        b'q' => self.fmt.fmt_q(s),
                        _ => self.bad_verb(verb, Some((t, data))),
                    }
                }
                kind::MAP => self.print_map(t, data, verb, depth),
                kind::STRUCT => {
                    let sharp_v = self.fmt.f.sharp_v;
                    if sharp_v {
                        self.fmt.buf.extend_from_slice(t.name());
                    }
                    self.fmt.buf.push(b'{');
                    for (i, f) in t.fields().iter().enumerate() {
                        if i > 0 {
                            if sharp_v {
                                self.fmt.buf.extend_from_slice(b", ");
                            } else {
                                self.fmt.buf.push(b' ');
                            }
                        }
                        let name = bytes(f.name_ptr, f.name_len as i64);
                        if (self.fmt.f.plus_v || sharp_v) && !name.is_empty() {
                            self.fmt.buf.extend_from_slice(name);
                            self.fmt.buf.push(b':');
                        }
                        let Some(ft) = f.typ.as_ref() else { continue };
                        let read_only = self.read_only;
                        self.read_only |= !exported(name);
                        self.print_value(ft, data.add(f.offset as usize), verb, depth + 1);
                        self.read_only = read_only;
                    }
                    self.fmt.buf.push(b'}');
                }
                kind::INTERFACE => {
                    let mut e = data.cast::<Eface>().read_unaligned();
                    if !t.methods().is_empty() {
                        // An interface with methods holds an itab: its dynamic type.
                        let tab = Iface {
                            tab: e.typ.cast(),
                            data: e.data,
                        };
                        e.typ = tab.typ().map_or(std::ptr::null(), |t| t as *const TypeDesc);
                    }
                    match e.typ.as_ref() {
                        None if self.fmt.f.sharp_v => {
                            self.fmt.buf.extend_from_slice(t.name());
                            self.fmt.buf.extend_from_slice(b"(nil)");
                        }
                        None => self.fmt.buf.extend_from_slice(b"<nil>"),
                        Some(et) => {
                            let word: *const *const u8 = data.add(8).cast();
                            self.print_value(et, eface_value_ptr(et, word), verb, depth + 1)
                        }
                    }
                }
                kind::ARRAY | kind::SLICE => self.print_list(t, data, verb, depth),
                kind::POINTER => {
                    let p = data.cast::<*const u8>().read_unaligned();
                    if let Some(e) = t.elem() {
                        if depth == 0
                            && !p.is_null()
                            && matches!(
                                e.kind,
                                kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP
                            )
                        {
                            self.fmt.buf.push(b'&');
                            return self.print_value(e, p, verb, depth + 1);
                        }
                    }
                    self.fmt_pointer(t, data, verb)
                }
                kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => self.fmt_pointer(t, data, verb),
                _ => {
                    self.fmt.buf.push(b'?');
                    self.fmt.buf.extend_from_slice(t.name());
                    self.fmt.buf.push(b'?');
                }
            }
        }
    }

    /// An array or slice: `[a b]`, `T{a, b}` in `%#v`, bytes for `%s %q %x %X`.
    ///
    /// # Safety
    /// As [`Pp::print_value`].
    unsafe fn print_list(&mut self, t: &TypeDesc, data: *const u8, verb: u32, depth: usize) {
        // SAFETY (all reads): `data` points at a value of type `t`.
        unsafe {
            let (ptr, n, nil) = if t.kind == kind::ARRAY {
                (data, t.len, false)
            } else {
                let s = data.cast::<Slice>().read_unaligned();
                (s.ptr.cast_const(), s.len.max(0) as u64, s.ptr.is_null())
            };
            let Some(e) = t.elem() else { return };
            if matches!(ascii(verb), b's' | b'q' | b'x' | b'X') && e.kind == kind::UINT8 {
                return self.fmt_bytes(Some(bytes(ptr, n as i64)), verb, t.name(), t, data);
            }
            if self.fmt.f.sharp_v {
                self.fmt.buf.extend_from_slice(t.name());
                if t.kind == kind::SLICE && nil {
                    self.fmt.buf.extend_from_slice(b"(nil)");
                    return;
                }
                self.fmt.buf.push(b'{');
                for i in 0..n {
                    if i > 0 {
                        self.fmt.buf.extend_from_slice(b", ");
                    }
                    self.print_value(e, ptr.add((i * e.size) as usize), verb, depth + 1);
                }
                self.fmt.buf.push(b'}');
            } else {
                self.fmt.buf.push(b'[');
                for i in 0..n {
                    if i > 0 {
                        self.fmt.buf.push(b' ');
                    }
                    self.print_value(e, ptr.add((i * e.size) as usize), verb, depth + 1);
                }
                self.fmt.buf.push(b']');
            }
        }
    }

    /// gc's pp.fmtInteger.
    fn fmt_integer(&mut self, u: u64, signed: bool, verb: u32, t: &TypeDesc, data: *const u8) {
        match ascii(verb) {
            b'v' if self.fmt.f.sharp_v && !signed => self.fmt_0x64(u, true),
            b'v' | b'd' => self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS),
            b'b' => self.fmt.fmt_integer(u, 2, signed, verb, LDIGITS),
            b'o' | b'O' => self.fmt.fmt_integer(u, 8, signed, verb, LDIGITS),
            b'x' => self.fmt.fmt_integer(u, 16, signed, verb, LDIGITS),
            b'X' => self.fmt.fmt_integer(u, 16, signed, verb, UDIGITS),
            b'c' => self.fmt.fmt_c(u),
            b'q' => self.fmt.fmt_qc(u),
            b'U' => self.fmt.fmt_unicode(u),
            _ => self.bad_verb(verb, Some((t, data))),
        }
    }

    /// `u` in hex with (`leading0x`) or without a `0x`, the sharp flag restored after.
    fn fmt_0x64(&mut self, u: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(u, 16, false, u32::from(b'v'), LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    /// gc's pp.fmtFloat: the verb's strconv format and default precision.
    fn fmt_float(&mut self, x: f64, single: bool, verb: u32, t: &TypeDesc, data: *const u8) {
        match ascii(verb) {
            b'v' => self.fmt.fmt_float(x, single, b'g', -1),
            c @ (b'b' | b'g' | b'G' | b'x' | b'X') => self.fmt.fmt_float(x, single, c, -1),
            c @ (b'f' | b'e' | b'E') => self.fmt.fmt_float(x, single, c, 6),
            b'F' => self.fmt.fmt_float(x, single, b'f', 6),
            _ => self.bad_verb(verb, Some((t, data))),
        }
    }

    /// gc's pp.fmtComplex: `(re+imi)`, the imaginary part always signed.
    ///
    /// # Safety
    /// `data` points at a complex value of `t`'s kind.
    unsafe fn fmt_complex(&mut self, t: &TypeDesc, data: *const u8, verb: u32) {
        let single = t.kind == kind::COMPLEX64;
        // SAFETY: guaranteed by the caller.
        let (re, im) = unsafe {
            if single {
                let p = data.cast::<f32>();
                (
                    f64::from(p.read_unaligned()),
                    f64::from(p.add(1).read_unaligned()),
                )
            } else {
                let p = data.cast::<f64>();
                (p.read_unaligned(), p.add(1).read_unaligned())
            }
        };
        match ascii(verb) {
            b'v' | b'b' | b'g' | b'G' | b'x' | b'X' | b'f' | b'F' | b'e' | b'E' => {
                let old_plus = self.fmt.f.plus;
                self.fmt.buf.push(b'(');
                self.fmt_float(re, single, verb, t, data);
                self.fmt.f.plus = true;
                self.fmt_float(im, single, verb, t, data);
                self.fmt.buf.extend_from_slice(b"i)");
                self.fmt.f.plus = old_plus;
            }
            _ => self.bad_verb(verb, Some((t, data))),
        }
    }

    /// gc's pp.fmtBytes: `v` is None for a nil slice; `name` is the type as `%#v`
    /// prints it.
    ///
    /// # Safety
    /// `t` describes the value at `data` (for the verbs handled by `print_value`).
    unsafe fn fmt_bytes(
        &mut self,
        v: Option<&[u8]>,
        verb: u32,
        name: &[u8],
        t: &TypeDesc,
        data: *const u8,
    ) {
        match ascii(verb) {
            b'v' | b'd' => {
                let b = v.unwrap_or(&[]);
                if self.fmt.f.sharp_v {
                    self.fmt.buf.extend_from_slice(name);
                    if v.is_none() {
                        self.fmt.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.fmt.buf.push(b'{');
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.fmt.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(u64::from(c), true);
                    }
                    self.fmt.buf.push(b'}');
                } else {
                    self.fmt.buf.push(b'[');
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.fmt.buf.push(b' ');
                        }
                        self.fmt.fmt_integer(u64::from(c), 10, false, verb, LDIGITS);
                    }
                    self.fmt.buf.push(b']');
                }
            }
            b's' => self.fmt.fmt_s(v.unwrap_or(&[])),
            b'x' => self.fmt.fmt_sbx(v.unwrap_or(&[]), LDIGITS),
            b'X' => self.fmt.fmt_sbx(v.unwrap_or(&[]), UDIGITS),
            b'q' => self.fmt.fmt_q(v.unwrap_or(&[])),
            // SAFETY: guaranteed by the caller.
            _ => unsafe { self.print_value(t, data, verb, 0) },
        }
    }

    /// gc's pp.fmtPointer: `%p`, and `%v` of pointer-shaped values.
    ///
    /// # Safety
    /// `data` points at a value of type `t`.
    unsafe fn fmt_pointer(&mut self, t: &TypeDesc, data: *const u8, verb: u32) {
        let u = match t.kind {
            kind::CHAN | kind::FUNC | kind::MAP | kind::POINTER | kind::UNSAFE_POINTER => {
                // SAFETY: a pointer-shaped value is one word.
                unsafe { data.cast::<u64>().read_unaligned() }
            }
            // SAFETY: a slice header.
            kind::SLICE => unsafe { data.cast::<Slice>().read_unaligned() }.ptr as u64,
            _ => return self.bad_verb(verb, Some((t, data))),
        };
        match ascii(verb) {
            b'v' if self.fmt.f.sharp_v => {
                self.fmt.buf.push(b'(');
                self.fmt.buf.extend_from_slice(t.name());
                self.fmt.buf.extend_from_slice(b")(");
                if u == 0 {
                    self.fmt.buf.extend_from_slice(b"nil");
                } else {
                    self.fmt_0x64(u, true);
                }
                self.fmt.buf.push(b')');
            }
            b'v' if u == 0 => self.fmt.pad(b"<nil>"),
            b'v' | b'p' => self.fmt_0x64(u, !self.fmt.f.sharp),
            b'b' | b'o' | b'd' | b'x' | b'X' => self.fmt_integer(u, false, verb, t, data),
            _ => self.bad_verb(verb, Some((t, data))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::FieldDesc;
    use std::ptr::null;

    fn desc(k: u64, size: u64, name: &'static str) -> TypeDesc {
        TypeDesc::plain(k, size, name)
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
