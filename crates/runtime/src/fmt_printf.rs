//! fmt's entry points (`Print`, `Println`, `Printf`, `Sprint`, `Sprintln`, `Sprintf`)
//! and their operand walks (gc's `fmt/print.go`: doPrint, doPrintln, doPrintf with
//! flags, `*` and `[n]` argument indexes, and the `%!(EXTRA ...)`, `%!v(MISSING)`,
//! `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(NOVERB)`, `%!v(BADINDEX)` reports). A printed
//! call is written to stdout in one `write`. Operand formatting is `fmt_value`'s.

use crate::errors::{new_error_string, new_wrap_error, Iface};
use crate::fmt_value::{int_from_arg, Pp};
use crate::os::{file_write, File};
use crate::strings::{decode, new_string, GoString};
use crate::sys::write_out;
use crate::types::{bytes, kind, Eface};

/// The operands of a call: `n` interface values at `args`.
///
/// # Safety
/// `args` points at `n` valid interface values (or `n <= 0`).
unsafe fn operands<'a>(args: *const Eface, n: i64) -> &'a [Eface] {
    if args.is_null() || n <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(args, n as usize) }
    }
}

/// Whether an operand holds a string (of any string type).
fn is_string(a: &Eface) -> bool {
    // SAFETY: a non-null descriptor is valid.
    unsafe { a.typ.as_ref() }.is_some_and(|t| t.kind == kind::STRING)
}

/// gc's tooLarge: widths and precisions are limited to a million.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// gc's parsenum: a decimal number at `s[start..end]`: (value, present, next index).
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum, mut i) = (0i64, false, start);
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// gc's parseArgNumber on `s` (starting at `[`): (zero-based index, length, ok).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (width, ok, newi) = parsenum(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// doPrintf's state beside the printer.
struct Printf<'a> {
    p: Pp,
    args: &'a [Eface],
    reordered: bool,
    good_arg_num: bool,
}

impl Printf<'_> {
    /// gc's argNumber: an explicit `[n]` at `format[i..]`.
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < self.args.len() {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// gc's intFromArg: a `*` width or precision.
    fn int_from_arg(&self, arg_num: usize) -> (i64, bool, usize) {
        let Some(a) = self.args.get(arg_num) else {
            return (0, false, arg_num);
        };
        // SAFETY: the operands are valid interface values.
        match unsafe { int_from_arg(a) } {
            Some(n) if !too_large(n) => (n, true, arg_num + 1),
            _ => (0, false, arg_num + 1),
        }
    }

    /// `%!verb` followed by `what`.
    fn bang(&mut self, verb: u32, what: &[u8]) {
        self.p.fmt.buf.extend_from_slice(b"%!");
        crate::fmt_quote::push_rune(&mut self.p.fmt.buf, verb);
        self.p.fmt.buf.extend_from_slice(what);
    }

    fn print_arg(&mut self, arg_num: usize, verb: u32) {
        let a = self.args[arg_num];
        // SAFETY: the operands are valid interface values.
        unsafe { self.p.print_arg(&a, verb) };
    }

    /// gc's doPrintf.
    fn run(&mut self, format: &[u8]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut i = 0usize;
        'format: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.p.fmt.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.p.fmt.clear_flags();
            while i < end {
                let c = format[i];
                let f = &mut self.p.fmt.f;
                match c {
                    b'#' => f.sharp = true,
                    b'0' => f.zero = !f.minus,
                    b'+' => f.plus = true,
                    b'-' => {
                        f.minus = true;
                        f.zero = false;
                    }
                    b' ' => f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < self.args.len() {
                            if c == b'v' {
                                f.sharp_v = f.sharp;
                                f.sharp = false;
                                f.plus_v = f.plus;
                                f.plus = false;
                            }
                            self.print_arg(arg_num, u32::from(c));
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }
            let (n, ni, mut after_index) = self.arg_number(arg_num, format, i);
            arg_num = n;
            i = ni;
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = self.int_from_arg(arg_num);
                arg_num = n;
                self.p.fmt.f.wid = w;
                self.p.fmt.f.wid_present = ok;
                if !ok {
                    self.p.fmt.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if w < 0 {
                    let f = &mut self.p.fmt.f;
                    f.wid = -w;
                    f.minus = true;
                    f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                self.p.fmt.f.wid = w;
                self.p.fmt.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                let (n, ni, ai) = self.arg_number(arg_num, format, i);
                arg_num = n;
                i = ni;
                after_index = ai;
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (pr, ok, n) = self.int_from_arg(arg_num);
                    arg_num = n;
                    let f = &mut self.p.fmt.f;
                    // A negative precision is as bad as a missing one.
                    f.prec = pr;
                    f.prec_present = ok;
                    if f.prec < 0 {
                        f.prec = 0;
                        f.prec_present = false;
                    }
                    if !f.prec_present {
                        self.p.fmt.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (pr, ok, ni) = parsenum(format, i, end);
                    i = ni;
                    let f = &mut self.p.fmt.f;
                    f.prec = if ok { pr } else { 0 };
                    f.prec_present = true;
                }
            }
            if !after_index {
                let (n, ni, _) = self.arg_number(arg_num, format, i);
                arg_num = n;
                i = ni;
            }
            if i >= end {
                self.p.fmt.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (verb, size) = if format[i] < 0x80 {
                (u32::from(format[i]), 1)
            } else {
                decode(&format[i..])
            };
            i += size;
            if verb == u32::from(b'%') {
                self.p.fmt.buf.push(b'%');
            } else if !self.good_arg_num {
                self.bang(verb, b"(BADINDEX)");
            } else if arg_num >= self.args.len() {
                self.bang(verb, b"(MISSING)");
            } else {
                if verb == u32::from(b'v') {
                    let f = &mut self.p.fmt.f;
                    f.sharp_v = f.sharp;
                    f.sharp = false;
                    f.plus_v = f.plus;
                    f.plus = false;
                }
                self.print_arg(arg_num, verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < self.args.len() {
            self.p.fmt.clear_flags();
            self.p.fmt.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, a) in self.args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.p.fmt.buf.extend_from_slice(b", ");
                }
                // SAFETY: a non-null descriptor is valid.
                match unsafe { a.typ.as_ref() } {
                    None => self.p.fmt.buf.extend_from_slice(b"<nil>"),
                    Some(t) => {
                        self.p.fmt.buf.extend_from_slice(t.name());
                        self.p.fmt.buf.push(b'=');
                        // SAFETY: the operands are valid interface values.
                        unsafe { self.p.print_arg(a, u32::from(b'v')) };
                    }
                }
            }
            self.p.fmt.buf.push(b')');
        }
    }
}

/// gc's doPrintf: `format` applied to `args`.
///
/// # Safety
/// The operands are valid interface values.
unsafe fn sprintf(format: &[u8], args: &[Eface]) -> Vec<u8> {
    let mut st = Printf {
        p: Pp::default(),
        args,
        reordered: false,
        good_arg_num: true,
    };
    st.run(format);
    st.p.fmt.buf
}

/// gc's `fmt.Errorf`: the message, and the operand of its one valid `%w`, if any.
///
/// # Safety
/// The operands are valid interface values.
unsafe fn errorf(format: &[u8], args: &[Eface]) -> (Vec<u8>, Option<Iface>) {
    let mut st = Printf {
        p: Pp {
            wrap_errs: true,
            ..Pp::default()
        },
        args,
        reordered: false,
        good_arg_num: true,
    };
    st.run(format);
    (st.p.fmt.buf, st.p.wrapped_err)
}

/// gc's doPrint: a space between operands when neither is a string.
///
/// # Safety
/// The operands are valid interface values.
unsafe fn sprint(args: &[Eface]) -> Vec<u8> {
    let mut p = Pp::default();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && !is_string(a) && !is_string(&args[i - 1]) {
            p.fmt.buf.push(b' ');
        }
        // SAFETY: guaranteed by the caller.
        unsafe { p.print_arg(a, u32::from(b'v')) };
    }
    p.fmt.buf
}

/// gc's doPrintln: operands separated by spaces, then a newline.
///
/// # Safety
/// The operands are valid interface values.
unsafe fn sprintln(args: &[Eface]) -> Vec<u8> {
    let mut p = Pp::default();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            p.fmt.buf.push(b' ');
        }
        // SAFETY: guaranteed by the caller.
        unsafe { p.print_arg(a, u32::from(b'v')) };
    }
    p.fmt.buf.push(b'\n');
    p.fmt.buf
}

/// Writes `out` to stdout; the byte count `fmt.Print*` returns.
fn emit(out: &[u8]) -> i64 {
    write_out(out);
    out.len() as i64
}

/// Stores a new Go string holding `b` at `out`.
///
/// # Safety
/// `out` is writable.
unsafe fn store_string(out: *mut GoString, b: &[u8]) {
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(new_string(&[b])) };
}

/// `fmt.Print(a...)`.
///
/// # Safety
/// `args` points at `n` valid interface values.
#[export_name = "fmt.Print"]
pub unsafe extern "C" fn print(args: *const Eface, n: i64) -> i64 {
    // SAFETY: guaranteed by the caller.
    emit(&unsafe { sprint(operands(args, n)) })
}

/// `fmt.Println(a...)`.
///
/// # Safety
/// `args` points at `n` valid interface values.
#[export_name = "fmt.Println"]
pub unsafe extern "C" fn println(args: *const Eface, n: i64) -> i64 {
    // SAFETY: guaranteed by the caller.
    emit(&unsafe { sprintln(operands(args, n)) })
}

/// `fmt.Printf(format, a...)`.
///
/// # Safety
/// `(fp, fl)` is a valid string; `args` points at `n` valid interface values.
#[export_name = "fmt.Printf"]
pub unsafe extern "C" fn printf(fp: *const u8, fl: i64, args: *const Eface, n: i64) -> i64 {
    // SAFETY: guaranteed by the caller.
    emit(&unsafe { sprintf(bytes(fp, fl), operands(args, n)) })
}

/// `fmt.Sprint(a...)`, written to `out`.
///
/// # Safety
/// `out` is writable; `args` points at `n` valid interface values.
#[export_name = "fmt.Sprint"]
pub unsafe extern "C" fn sprint_rt(out: *mut GoString, args: *const Eface, n: i64) {
    // SAFETY: guaranteed by the caller.
    unsafe { store_string(out, &sprint(operands(args, n))) }
}

/// `fmt.Sprintln(a...)`, written to `out`.
///
/// # Safety
/// `out` is writable; `args` points at `n` valid interface values.
#[export_name = "fmt.Sprintln"]
pub unsafe extern "C" fn sprintln_rt(out: *mut GoString, args: *const Eface, n: i64) {
    // SAFETY: guaranteed by the caller.
    unsafe { store_string(out, &sprintln(operands(args, n))) }
}

/// `fmt.Sprintf(format, a...)`, written to `out`.
///
/// # Safety
/// `out` is writable; `(fp, fl)` a valid string; `args` points at `n` valid
/// interface values.
#[export_name = "fmt.Sprintf"]
pub unsafe extern "C" fn sprintf_rt(
    out: *mut GoString,
    fp: *const u8,
    fl: i64,
    args: *const Eface,
    n: i64,
) {
    // SAFETY: guaranteed by the caller.
    unsafe { store_string(out, &sprintf(bytes(fp, fl), operands(args, n))) }
}

/// `fmt.Errorf(format, a...)`: a `*fmt.wrapError` when the format has one valid `%w`,
/// else an `*errors.errorString`, written to `out`.
///
/// # Safety
/// `out` is writable; `(fp, fl)` a valid string; `args` points at `n` valid
/// interface values.
#[export_name = "fmt.Errorf"]
pub unsafe extern "C" fn errorf_rt(
    out: *mut Iface,
    fp: *const u8,
    fl: i64,
    args: *const Eface,
    n: i64,
) {
    // SAFETY: guaranteed by the caller.
    let (msg, wrapped) = unsafe { errorf(bytes(fp, fl), operands(args, n)) };
    let s = new_string(&[&msg]);
    let msg = crate::types::GoString {
        ptr: s.ptr,
        len: s.len,
    };
    let err = match wrapped {
        Some(w) => new_wrap_error(msg, w),
        None => new_error_string(msg),
    };
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(err) };
}

/// `fmt.Fprint(w, a...)` to an `*os.File`: its byte count.
///
/// # Safety
/// `file` is an `*os.File` the runtime made; `args` points at `n` valid interface
/// values.
#[export_name = "fmt.Fprint"]
pub unsafe extern "C" fn fprint(file: *const File, args: *const Eface, n: i64) -> i64 {
    // SAFETY: guaranteed by the caller.
    unsafe { file_write(file, &sprint(operands(args, n))) }
}

/// `fmt.Fprintln(w, a...)` to an `*os.File`.
///
/// # Safety
/// As [`fprint`].
#[export_name = "fmt.Fprintln"]
pub unsafe extern "C" fn fprintln(file: *const File, args: *const Eface, n: i64) -> i64 {
    // SAFETY: guaranteed by the caller.
    unsafe { file_write(file, &sprintln(operands(args, n))) }
}

/// `fmt.Fprintf(w, format, a...)` to an `*os.File`.
///
/// # Safety
/// As [`fprint`]; `(fp, fl)` is a valid string.
#[export_name = "fmt.Fprintf"]
pub unsafe extern "C" fn fprintf(
    file: *const File,
    fp: *const u8,
    fl: i64,
    args: *const Eface,
    n: i64,
) -> i64 {
    // SAFETY: guaranteed by the caller.
    unsafe { file_write(file, &sprintf(bytes(fp, fl), operands(args, n))) }
}
