//! Go panics and fatal errors: gc's messages (`panic: runtime error: index out of range
//! [5] with length 3`), the goroutine traceback (`traceback.rs`), and exit status 2.

use crate::os::exit;
use crate::print::{format_hex, format_int, format_uint, Small};
use crate::print_float::{print_complex, print_float};
use crate::rterror::ErrType;
use crate::sys::write_err;
use crate::types::{bytes, kind, TypeDesc};

/// Where the goroutine traceback after a panic message starts.
#[derive(Clone, Copy, Debug)]
pub enum TraceFrom {
    /// The Go code that called into the runtime; the number is how many runtime frames
    /// gc has on its stack for this panic (they count against gc's 100-frame limit):
    /// [`GOPANIC_FRAMES`] or [`RUNTIME_ERROR_FRAMES`].
    Here(usize),
    /// A fault at `pc` with frame pointer `fp` and stack pointer `sp` (a run-time error).
    Fault { pc: usize, fp: usize, sp: usize },
}

/// gc's hidden frames under `panic(v)`: `runtime.gopanic`.
pub const GOPANIC_FRAMES: usize = 1;
/// gc's hidden frames under a run-time error: `runtime.gopanic` and the function that
/// raised it (`runtime.goPanicIndex`, `runtime.panicdivide`, `runtime.sigpanic`,
/// `runtime.makeslice`...); checked against gc 1.19.8 with 200-deep recursions.
pub const RUNTIME_ERROR_FRAMES: usize = 2;

/// Prints the blank line and the goroutine traceback that follow a fatal error.
// Never inlined: the walk starts from the frames of the runtime and skips them.
#[inline(never)]
fn trace(from: TraceFrom) {
    if !crate::traceback::enabled() {
        return;
    }
    write_err(b"\n");
    crate::traceback::print_trace(&capture(from));
}

/// The traceback of a panic raised `from` there.
#[inline(never)]
fn capture(from: TraceFrom) -> Vec<crate::traceback::Entry> {
    match from {
        TraceFrom::Here(hidden) => crate::traceback::capture_here(hidden),
        TraceFrom::Fault { pc, fp, sp } => {
            crate::traceback::capture_from_fault(pc, fp, sp, RUNTIME_ERROR_FRAMES)
        }
    }
}

/// Raises a run-time panic whose value is a new error of type `kind` with `Error()`
/// text the concatenated parts (gc's text, `runtime error: ` included where gc's has
/// it); `signal` holds the `[signal ...]` line's values (signal, code, address, pc) of
/// a fault. Deferred calls may recover it (`defer.rs`).
#[inline(never)]
pub fn panic_with(kind: ErrType, parts: &[&[u8]], signal: Option<[u64; 4]>, from: TraceFrom) -> ! {
    let text: Vec<u8> = parts.concat();
    let (typ, data) = crate::rterror::new_error(kind, &text);
    let trace = capture(from);
    crate::defer::start_panic(typ, data, trace, signal)
}

/// A `runtime.Error` panic raised by the runtime function the Go code called: the
/// message is prefixed `runtime error: `.
#[inline(never)]
pub fn panic_runtime_error(parts: &[&[u8]]) -> ! {
    let mut all: Vec<&[u8]> = vec![b"runtime error: "];
    all.extend_from_slice(parts);
    panic_with(
        ErrType::ErrorString,
        &all,
        None,
        TraceFrom::Here(RUNTIME_ERROR_FRAMES),
    )
}

/// gc's `throw`: `fatal error: MSG`, the Go frames, exit status 2.
#[inline(never)]
pub fn fatal(msg: &[u8]) -> ! {
    write_err(b"fatal error: ");
    write_err(msg);
    write_err(b"\n");
    trace(TraceFrom::Here(RUNTIME_ERROR_FRAMES));
    exit(2)
}

/// The kinds of bounds failure, in gc's `boundsErrorCode` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounds {
    Index,
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
    /// `(*[N]T)(s)` with `len(s) < N`.
    Convert,
}

/// gc's `boundsError.Error()` without the `runtime error: ` prefix. `signed` says whether
/// `x` is a signed index (a negative one gets the short form, without `y`).
pub fn bounds_message(code: Bounds, x: i64, y: i64, signed: bool) -> Small {
    let neg = signed && x < 0;
    let fmt: &[u8] = match (code, neg) {
        (Bounds::Index, false) => b"index out of range [%x] with length %y",
        (Bounds::SliceAlen, false) => b"slice bounds out of range [:%x] with length %y",
        (Bounds::SliceAcap, false) => b"slice bounds out of range [:%x] with capacity %y",
        (Bounds::SliceB, false) => b"slice bounds out of range [%x:%y]",
        (Bounds::Slice3Alen, false) => b"slice bounds out of range [::%x] with length %y",
        (Bounds::Slice3Acap, false) => b"slice bounds out of range [::%x] with capacity %y",
        (Bounds::Slice3B, false) => b"slice bounds out of range [:%x:%y]",
        (Bounds::Slice3C, false) => b"slice bounds out of range [%x:%y:]",
        (Bounds::Convert, _) => {
            b"cannot convert slice with length %x to pointer to array with length %y"
        }
        (Bounds::Index, true) => b"index out of range [%x]",
        (Bounds::SliceAlen | Bounds::SliceAcap, true) => b"slice bounds out of range [:%x]",
        (Bounds::SliceB, true) => b"slice bounds out of range [%x:]",
        (Bounds::Slice3Alen | Bounds::Slice3Acap, true) => b"slice bounds out of range [::%x]",
        (Bounds::Slice3B, true) => b"slice bounds out of range [:%x:]",
        (Bounds::Slice3C, true) => b"slice bounds out of range [%x::]",
    };
    let mut out = Small::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' && i + 1 < fmt.len() {
            let n = if fmt[i + 1] == b'x' {
                if signed {
                    format_int(x)
                } else {
                    format_uint(x as u64)
                }
            } else {
                // y is a length or capacity (or a slice bound), never negative here.
                format_int(y)
            };
            out.push(n.as_bytes());
            i += 2;
        } else {
            out.push(&fmt[i..i + 1]);
            i += 1;
        }
    }
    out
}

#[inline(never)]
fn panic_bounds(code: Bounds, x: i64, y: i64, signed: bool) -> ! {
    panic_with(
        ErrType::Bounds,
        &[
            b"runtime error: ",
            bounds_message(code, x, y, signed).as_bytes(),
        ],
        None,
        TraceFrom::Here(RUNTIME_ERROR_FRAMES),
    )
}

macro_rules! bounds_panics {
    ($($name:literal, $uname:literal, $f:ident, $uf:ident, $code:ident;)*) => {$(
        #[doc = concat!("`", $name, "(x, y)`: a signed index or bound `x` failed against `y`.")]
        #[export_name = $name]
        pub extern "C" fn $f(x: i64, y: i64) -> ! {
            panic_bounds(Bounds::$code, x, y, true)
        }
        #[doc = concat!("`", $uname, "(x, y)`: as the signed form, `x` unsigned.")]
        #[export_name = $uname]
        pub extern "C" fn $uf(x: u64, y: i64) -> ! {
            panic_bounds(Bounds::$code, x as i64, y, false)
        }
    )*};
}

bounds_panics! {
    "runtime.panicIndex", "runtime.panicIndexU", panic_index, panic_index_u, Index;
    "runtime.panicSliceAlen", "runtime.panicSliceAlenU", panic_slice_alen, panic_slice_alen_u, SliceAlen;
    "runtime.panicSliceAcap", "runtime.panicSliceAcapU", panic_slice_acap, panic_slice_acap_u, SliceAcap;
    "runtime.panicSliceB", "runtime.panicSliceBU", panic_slice_b, panic_slice_b_u, SliceB;
    "runtime.panicSlice3Alen", "runtime.panicSlice3AlenU", panic_slice3_alen, panic_slice3_alen_u, Slice3Alen;
    "runtime.panicSlice3Acap", "runtime.panicSlice3AcapU", panic_slice3_acap, panic_slice3_acap_u, Slice3Acap;
    "runtime.panicSlice3B", "runtime.panicSlice3BU", panic_slice3_b, panic_slice3_b_u, Slice3B;
    "runtime.panicSlice3C", "runtime.panicSlice3CU", panic_slice3_c, panic_slice3_c_u, Slice3C;
    "runtime.panicSliceConvert", "runtime.panicSliceConvertU", panic_slice_convert, panic_slice_convert_u, Convert;
}

#[export_name = "runtime.panicdivide"]
pub extern "C" fn panicdivide() -> ! {
    panic_runtime_error(&[b"integer divide by zero"])
}

#[export_name = "runtime.panicunsafeslicelen"]
pub extern "C" fn panicunsafeslicelen() -> ! {
    panic_runtime_error(&[b"unsafe.Slice: len out of range"])
}

#[export_name = "runtime.panicunsafeslicenilptr"]
pub extern "C" fn panicunsafeslicenilptr() -> ! {
    panic_runtime_error(&[b"unsafe.Slice: ptr is nil and len is not zero"])
}

#[export_name = "runtime.panicshift"]
pub extern "C" fn panicshift() -> ! {
    panic_runtime_error(&[b"negative shift amount"])
}

/// The message of a nil dereference.
pub const NIL_DEREF: &[u8] = b"runtime error: invalid memory address or nil pointer dereference";

/// Bytes of the call instruction compiled code uses for runtime calls (`call rel32`,
/// `bl`), to find the call from its return address.
#[cfg(target_arch = "x86_64")]
const CALL_LEN: usize = 5;
#[cfg(target_arch = "aarch64")]
const CALL_LEN: usize = 4;

/// An explicit nil check failed: reported as gc reports the fault its implicit check
/// takes (gc probes the pointer itself, so `addr=0x0`), with the check's call into this
/// function standing for the faulting instruction: its address is the signal line's pc
/// and the innermost frame's, as a fault's would be.
#[export_name = "runtime.panicmem"]
#[inline(never)]
pub extern "C" fn panicmem() -> ! {
    let fault =
        crate::traceback::caller_frame().map(|(ret, fp)| (ret.saturating_sub(CALL_LEN), fp));
    let pc = fault.map_or(0, |(pc, _)| pc);
    let signal = [crate::sys::SIGSEGV as u64, 1, 0, pc as u64];
    let from = match fault {
        Some((pc, fp)) => TraceFrom::Fault { pc, fp, sp: fp },
        None => TraceFrom::Here(RUNTIME_ERROR_FRAMES),
    };
    panic_with(ErrType::ErrorString, &[NIL_DEREF], Some(signal), from)
}

/// Whether `name` is the predeclared name of the basic kind `k` (an unnamed basic type).
fn is_predeclared(k: u64, name: &[u8]) -> bool {
    let want: &[u8] = match k {
        kind::BOOL => b"bool",
        kind::INT => b"int",
        kind::INT8 => b"int8",
        kind::INT16 => b"int16",
        kind::INT32 => b"int32",
        kind::INT64 => b"int64",
        kind::UINT => b"uint",
        kind::UINT8 => b"uint8",
        kind::UINT16 => b"uint16",
        kind::UINT32 => b"uint32",
        kind::UINT64 => b"uint64",
        kind::UINTPTR => b"uintptr",
        kind::FLOAT32 => b"float32",
        kind::FLOAT64 => b"float64",
        kind::STRING => b"string",
        _ => return false,
    };
    name == want
}

/// gc's `printany`/`printanycustomtype` of a panic value, appended to `out` piece by piece.
///
/// # Safety
/// `typ` is null or a valid descriptor, and `data` points at a value of that type.
pub unsafe fn panic_value_text(typ: *const TypeDesc, data: *const u8, out: &mut Vec<u8>) {
    // SAFETY: guaranteed by the caller.
    let Some(t) = (unsafe { typ.as_ref() }) else {
        out.extend_from_slice(b"nil");
        return;
    };
    // SAFETY (all reads below): `data` points at a value of type `t`.
    let scalar: Option<Small> = unsafe {
        match t.kind {
            kind::BOOL => {
                let mut s = Small::new();
                s.push(if *data != 0 { b"true" } else { b"false" });
                Some(s)
            }
            kind::INT | kind::INT64 => Some(format_int(data.cast::<i64>().read_unaligned())),
            kind::INT8 => Some(format_int(i64::from(data.cast::<i8>().read()))),
            kind::INT16 => Some(format_int(i64::from(data.cast::<i16>().read_unaligned()))),
            kind::INT32 => Some(format_int(i64::from(data.cast::<i32>().read_unaligned()))),
            kind::UINT | kind::UINT64 | kind::UINTPTR => {
                Some(format_uint(data.cast::<u64>().read_unaligned()))
            }
            kind::UINT8 => Some(format_uint(u64::from(*data))),
            kind::UINT16 => Some(format_uint(u64::from(data.cast::<u16>().read_unaligned()))),
            kind::UINT32 => Some(format_uint(u64::from(data.cast::<u32>().read_unaligned()))),
            kind::FLOAT32 => Some(print_float(f64::from(data.cast::<f32>().read_unaligned()))),
            kind::FLOAT64 => Some(print_float(data.cast::<f64>().read_unaligned())),
            kind::COMPLEX64 => {
                let p = data.cast::<f32>();
                let (re, im) = (p.read_unaligned(), p.add(1).read_unaligned());
                Some(print_complex(f64::from(re), f64::from(im)))
            }
            kind::COMPLEX128 => {
                let p = data.cast::<f64>();
                Some(print_complex(p.read_unaligned(), p.add(1).read_unaligned()))
            }
            _ => None,
        }
    };
    let named = !is_predeclared(t.kind, t.name());
    if t.kind == kind::STRING {
        // SAFETY: a string value is a (ptr, len) header.
        let s = unsafe {
            let h = data.cast::<crate::types::GoString>().read_unaligned();
            bytes(h.ptr, h.len)
        };
        if named {
            out.extend_from_slice(t.name());
            out.extend_from_slice(b"(\"");
            out.extend_from_slice(s);
            out.extend_from_slice(b"\")");
        } else {
            out.extend_from_slice(s);
        }
        return;
    }
    match scalar {
        Some(s) if !named => out.extend_from_slice(s.as_bytes()),
        Some(s) => {
            out.extend_from_slice(t.name());
            out.push(b'(');
            out.extend_from_slice(s.as_bytes());
            out.push(b')');
        }
        None => {
            // gc prints the interface's data word: the pointer itself for pointer-shaped
            // types, the address of the boxed copy otherwise.
            let word = match t.kind {
                kind::POINTER | kind::MAP | kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => {
                    // SAFETY: a pointer-shaped value is one word.
                    unsafe { data.cast::<u64>().read_unaligned() }
                }
                _ => data as u64,
            };
            out.push(b'(');
            out.extend_from_slice(t.name());
            out.extend_from_slice(b") ");
            out.extend_from_slice(format_hex(word).as_bytes());
        }
    }
}

/// gc's `printpanicval` of a panic value after `preprintpanics`: an error prints its
/// `Error()`, a Stringer its `String()` (found in the descriptor's method table),
/// anything else as gc's `printany`.
///
/// # Safety
/// `typ`/`data` are a valid `interface{}` value's words (`typ` null for nil).
pub unsafe fn panic_text(typ: *const TypeDesc, data: *const u8) -> Vec<u8> {
    let mut text = Vec::new();
    let word: *const *const u8 = &data;
    // SAFETY: guaranteed by the caller; a direct value is the data word itself.
    let value = match unsafe { typ.as_ref() } {
        Some(t) => unsafe { crate::types::eface_value_ptr(t, word) },
        None => data,
    };
    // SAFETY: a non-null descriptor is valid; `word` holds a value of its type.
    let method = unsafe { typ.as_ref() }.and_then(|t| {
        crate::methods::find_method(t, "Error", "func() string")
            .or_else(|| crate::methods::find_method(t, "String", "func() string"))
    });
    match method {
        Some(f) => {
            // SAFETY: a method slot of the dynamic type, called with its data word.
            let s = unsafe {
                let f: unsafe extern "C" fn(*const u8) -> crate::types::GoString =
                    std::mem::transmute(f);
                f(data)
            };
            // SAFETY: a Go string.
            text.extend_from_slice(unsafe { crate::types::bytes(s.ptr, s.len) });
        }
        // SAFETY: guaranteed by the caller.
        None => unsafe { panic_value_text(typ, value, &mut text) },
    }
    text
}

/// `panic(v)`: `typ`/`data` are the interface value's two words (`typ` null for
/// `panic(nil)`). Deferred calls may recover it; if none does, gc's panic message (see
/// [`panic_text`]) and traceback end the program.
///
/// # Safety
/// As [`panic_value_text`].
#[export_name = "runtime.gopanic"]
#[inline(never)]
pub unsafe extern "C" fn gopanic(typ: *const TypeDesc, data: *const u8) -> ! {
    let trace = capture(TraceFrom::Here(GOPANIC_FRAMES));
    crate::defer::start_panic(typ, data, trace, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(code: Bounds, x: i64, y: i64) -> String {
        String::from_utf8_lossy(bounds_message(code, x, y, true).as_bytes()).into_owned()
    }

    // Expected values: gc 1.19.8 binaries (s := make([]int, 3); s[5], s[-1], s[1:2:9], s[5:2]).
    #[test]
    fn bounds_messages_as_gc() {
        assert_eq!(
            b(Bounds::Index, 5, 3),
            "index out of range [5] with length 3"
        );
        assert_eq!(b(Bounds::Index, -1, 3), "index out of range [-1]");
        assert_eq!(
            b(Bounds::Slice3Acap, 9, 3),
            "slice bounds out of range [::9] with capacity 3"
        );
        assert_eq!(b(Bounds::SliceB, 5, 2), "slice bounds out of range [5:2]");
        assert_eq!(
            b(Bounds::SliceAlen, 4, 3),
            "slice bounds out of range [:4] with length 3"
        );
        let u = bounds_message(Bounds::Index, -1, 3, false);
        assert_eq!(
            u.as_bytes(),
            b"index out of range [18446744073709551615] with length 3"
        );
    }

    fn desc(k: u64, size: u64, name: &'static str) -> TypeDesc {
        TypeDesc::plain(k, size, name)
    }

    fn text(t: Option<&TypeDesc>, data: *const u8) -> String {
        let mut v = Vec::new();
        let p = t.map_or(std::ptr::null(), |t| t as *const TypeDesc);
        unsafe { panic_value_text(p, data, &mut v) };
        String::from_utf8_lossy(&v).into_owned()
    }

    // gc 1.19.8: panic(42), panic(main.MyInt(7)), panic(1.5), panic("boom"), panic(nil).
    #[test]
    fn panic_values_as_gc() {
        let i = 42i64;
        assert_eq!(
            text(Some(&desc(kind::INT, 8, "int")), (&i as *const i64).cast()),
            "42"
        );
        let m = 7i64;
        assert_eq!(
            text(
                Some(&desc(kind::INT, 8, "main.MyInt")),
                (&m as *const i64).cast()
            ),
            "main.MyInt(7)"
        );
        let f = 1.5f64;
        assert_eq!(
            text(
                Some(&desc(kind::FLOAT64, 8, "float64")),
                (&f as *const f64).cast()
            ),
            "+1.500000e+000"
        );
        let s = crate::types::GoString {
            ptr: b"boom".as_ptr(),
            len: 4,
        };
        let sp = (&s as *const crate::types::GoString).cast();
        assert_eq!(text(Some(&desc(kind::STRING, 16, "string")), sp), "boom");
        assert_eq!(
            text(Some(&desc(kind::STRING, 16, "main.S")), sp),
            "main.S(\"boom\")"
        );
        assert_eq!(text(None, std::ptr::null()), "nil");
        let st = [0u8; 8];
        let t = text(Some(&desc(kind::STRUCT, 8, "main.T")), st.as_ptr());
        assert!(t.starts_with("(main.T) 0x"), "{t}");
    }
}
