//! gc's `handleMethods` (fmt/print.go): an operand's own `Error()`, `String()` and
//! `GoString()` methods, found in its type descriptor's method table and called in
//! golift's Go calling convention with the interface data word as the receiver; and
//! `%w`, which only `fmt.Errorf` accepts, once, with an error operand. gc's rules:
//! `%v %s %q %x %X` (and the `Print`s, which print `%v`) use `Error` before `String`;
//! `%#v` uses `GoString` only; other verbs print the value itself; a value reached
//! through an unexported struct field is printed without its methods (reflect's
//! `CanInterface`). What this module does not do: `Format` (it takes a `fmt.State`,
//! which golift does not provide). A method that panics is recovered as gc's
//! `catchPanic` does (`crate::defer::catch_string_call`): `<nil>` for a nil pointer
//! receiver, else `%!v(PANIC=String method: VALUE)`. A nil pointer whose method has a
//! value receiver always panics in gc, so it prints gc's `<nil>` without the call.

use crate::errors::{Iface, ERROR};
use crate::fmt_format::{LDIGITS, UDIGITS};
use crate::fmt_value::Pp;
use crate::methods::find_method;
use crate::types::{bytes, is_direct_iface, kind, TypeDesc};

/// The signature of `Error`, `String` and `GoString`, as type descriptors name it.
const STRING_SIG: &str = "func() string";

/// The interface data word holding the value of type `t` at `data`.
///
/// # Safety
/// `data` points at a value of type `t`.
pub unsafe fn data_word(t: &TypeDesc, data: *const u8) -> *const u8 {
    if is_direct_iface(t) {
        // SAFETY: a pointer-shaped value is one word.
        unsafe { data.cast::<*const u8>().read_unaligned() }
    } else {
        data
    }
}

/// Whether `t` is a nil pointer whose method `name` has a value receiver (in `t`'s
/// element's method set), so that gc's call through `(*T).name` panics.
///
/// # Safety
/// `data` points at a value of type `t`.
unsafe fn nil_value_receiver(t: &TypeDesc, data: *const u8, name: &str) -> bool {
    t.kind == kind::POINTER
        // SAFETY: a pointer value is one word.
        && unsafe { data.cast::<*const u8>().read_unaligned() }.is_null()
        && t.elem().is_some_and(|e| find_method(e, name, STRING_SIG).is_some())
}

impl Pp {
    /// handleMethods for the value of type `t` at `data`: true when it printed.
    ///
    /// # Safety
    /// `data` points at a value of type `t`.
    pub(crate) unsafe fn handle_methods(
        &mut self,
        t: &TypeDesc,
        data: *const u8,
        verb: u32,
    ) -> bool {
        if self.erroring {
            return false;
        }
        // SAFETY: guaranteed by the caller.
        let word = unsafe { data_word(t, data) };
        let mut verb = verb;
        if verb == u32::from(b'w') {
            let is_error = find_method(t, "Error", STRING_SIG).is_some();
            let tab = if is_error && self.wrap_errs && self.wrapped_err.is_none() {
                crate::methods::itab_for(&ERROR.0, t)
            } else {
                None
            };
            let Some(tab) = tab else {
                self.wrapped_err = None;
                self.wrap_errs = false;
                self.bad_verb(verb, Some((t, data)));
                return true;
            };
            self.wrapped_err = Some(Iface { tab, data: word });
            verb = u32::from(b'v');
        }
        let (name, f) = if self.fmt.f.sharp_v {
            match find_method(t, "GoString", STRING_SIG) {
                Some(f) => ("GoString", f),
                None => return false,
            }
        } else {
            if !matches!(verb, 0x76 | 0x73 | 0x78 | 0x58 | 0x71) {
                // Not one of `v s x X q`.
                return false;
            }
            match find_method(t, "Error", STRING_SIG) {
                Some(f) => ("Error", f),
                None => match find_method(t, "String", STRING_SIG) {
                    Some(f) => ("String", f),
                    None => return false,
                },
            }
        };
        // SAFETY: guaranteed by the caller.
        if unsafe { nil_value_receiver(t, data, name) } {
            // gc's catchPanic writes it unpadded.
            self.fmt.buf.extend_from_slice(b"<nil>");
            return true;
        }
        // SAFETY: `f` is a method of `t`, `word` a value of it.
        let s = match unsafe { crate::defer::catch_string_call(f, word) } {
            Ok(s) => s,
            Err(v) => {
                // SAFETY: guaranteed by the caller.
                unsafe { self.catch_panic(t, data, verb, name, &v) };
                return true;
            }
        };
        // SAFETY: a Go string.
        let s = unsafe { bytes(s.ptr, s.len) };
        if name == "GoString" {
            self.fmt.fmt_s(s);
        } else {
            self.fmt_string(s, verb, t, data);
        }
        true
    }

    /// gc's catchPanic: the method `name` of the operand panicked with `v`.
    ///
    /// # Safety
    /// `data` points at a value of type `t`; `v` is a valid interface value.
    unsafe fn catch_panic(
        &mut self,
        t: &TypeDesc,
        data: *const u8,
        verb: u32,
        name: &str,
        v: &crate::types::Eface,
    ) {
        // SAFETY: a pointer value is one word.
        if t.kind == kind::POINTER && unsafe { data.cast::<*const u8>().read_unaligned() }.is_null()
        {
            // Unpadded, as gc's output has it.
            self.fmt.buf.extend_from_slice(b"<nil>");
            return;
        }
        if self.panicking {
            // SAFETY: a valid interface value.
            unsafe { crate::panic::gopanic(v.typ, v.data) }
        }
        let old = self.fmt.f;
        self.fmt.clear_flags();
        self.fmt.buf.extend_from_slice(b"%!");
        let mut c = [0u8; 4];
        let verb_ch = char::from_u32(verb).unwrap_or('?');
        self.fmt
            .buf
            .extend_from_slice(verb_ch.encode_utf8(&mut c).as_bytes());
        self.fmt.buf.extend_from_slice(b"(PANIC=");
        self.fmt.buf.extend_from_slice(name.as_bytes());
        self.fmt.buf.extend_from_slice(b" method: ");
        self.panicking = true;
        // SAFETY: a valid interface value.
        unsafe { self.print_arg(v, u32::from(b'v')) };
        self.panicking = false;
        self.fmt.buf.push(b')');
        self.fmt.f = old;
    }

    /// gc's fmtString: a method's result under `verb`.
    fn fmt_string(&mut self, s: &[u8], verb: u32, t: &TypeDesc, data: *const u8) {
        match verb {
            0x76 if self.fmt.f.sharp_v => self.fmt.fmt_q(s),
            0x76 | 0x73 => self.fmt.fmt_s(s),
            0x78 => self.fmt.fmt_sbx(s, LDIGITS),
            0x58 => self.fmt.fmt_sbx(s, UDIGITS),
            0x71 => self.fmt.fmt_q(s),
            _ => self.bad_verb(verb, Some((t, data))),
        }
    }
}
