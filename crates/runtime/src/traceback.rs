//! gc's goroutine traceback after a panic: `goroutine 1 [running]:`, then per Go frame,
//! innermost first, `main.f(...)` and `\t/abs/path/x.go:LINE +0xOFF`, down to `main.main`
//! (or `main.init` or an init function `main.init.N` during package initialisation).
//!
//! Frames are found by walking frame pointers (compiled Go code and this runtime keep
//! them: Cranelift's `preserve_frame_pointers`, rustc's `-Cforce-frame-pointers`; on both
//! targets a frame record is `[fp] = caller's fp`, `[fp + 8] = return address`). Each pc
//! is looked up in the line table the compiled object carries (`go.linetab`, layout in
//! docs/runtime-abi.md); codegen owns its contents, this module only reads them. Frames
//! of the runtime itself are not in the table and are hidden, as gc hides its runtime
//! frames. Argument values are not known here (they live in registers): a function with
//! parameters prints `(...)`, one without `()`.
//!
//! `GOTRACEBACK` is read as gc reads it: `none`, or a value that is neither a level name
//! nor a number, is level 0, which prints no traceback (not even the blank line before
//! it). Levels 2 and up (`system`, `crash`) print the same frames as level 1: the runtime
//! frames they would add are gc's own, and `crash` does not abort.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::print::{format_hex, format_uint};
use crate::sys::write_err;

/// gc's traceback level (`gotraceback()`): 0 prints no traceback.
static LEVEL: AtomicU32 = AtomicU32::new(1);

/// gc's `setTraceback` level of a `GOTRACEBACK` value (runtime/runtime1.go).
pub fn level_of(value: &[u8]) -> u32 {
    match value {
        b"none" => 0,
        b"" | b"single" | b"all" => 1,
        b"system" | b"crash" => 2,
        // gc's `atoi`: decimal digits, optionally after `-`; a negative or unparsable
        // number leaves level 0.
        digits => {
            let mut n: u64 = 0;
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return 0;
            }
            for d in digits {
                n = match n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(u64::from(d - b'0')))
                {
                    Some(n) => n,
                    None => return 0,
                };
            }
            u32::try_from(n).unwrap_or(0)
        }
    }
}

/// Reads `GOTRACEBACK` (once, at start-up).
pub fn init() {
    if let Some(v) = std::env::var_os("GOTRACEBACK") {
        use std::os::unix::ffi::OsStrExt;
        LEVEL.store(level_of(v.as_bytes()), Ordering::Relaxed);
    }
}

/// Whether a panic prints its traceback (level above 0).
pub fn enabled() -> bool {
    LEVEL.load(Ordering::Relaxed) > 0
}

/// gc's `_TracebackMaxFrames`: at most this many physical frames are walked, the hidden
/// runtime frames of the panic included.
const MAX_FRAMES: usize = 100;

/// The table's header (`go.linetab`).
#[repr(C)]
pub struct LineTab {
    pub version: u64,
    pub nfuncs: u64,
    pub funcs: *const FuncInfo,
    pub nfiles: u64,
    pub files: *const Str,
}

/// One compiled function.
#[repr(C)]
pub struct FuncInfo {
    pub entry: *const u8,
    pub size: u64,
    pub name_ptr: *const u8,
    pub name_len: u64,
    pub runs: *const Run,
    pub nruns: u32,
    /// Bit 0: the function has parameters.
    pub flags: u32,
}

/// Code from `start` (offset from the function's entry) up to the next run is on `line`
/// of file number `file`.
#[repr(C)]
pub struct Run {
    pub start: u32,
    pub file: u32,
    pub line: u32,
}

/// A file name.
#[repr(C)]
pub struct Str {
    pub ptr: *const u8,
    pub len: u64,
}

/// The layout version this runtime reads.
const VERSION: u64 = 1;

// SAFETY: the table is read-only data.
unsafe impl Sync for LineTab {}

#[cfg(not(test))]
extern "C" {
    /// Defined by every compiled package (crates/codegen/src/object.rs).
    #[link_name = "go.linetab"]
    static GO_LINETAB: LineTab;
}

/// The program's line table.
#[cfg(not(test))]
fn table() -> &'static LineTab {
    // SAFETY: the compiled object defines the symbol with this layout.
    unsafe { &GO_LINETAB }
}

/// The runtime's unit tests link no compiled Go code: an empty table.
#[cfg(test)]
fn table() -> &'static LineTab {
    static EMPTY: LineTab = LineTab {
        version: VERSION,
        nfuncs: 0,
        funcs: std::ptr::null(),
        nfiles: 0,
        files: std::ptr::null(),
    };
    &EMPTY
}

/// Where a pc is in the Go source.
pub struct Place {
    pub name: &'static [u8],
    pub file: &'static [u8],
    pub line: u32,
    pub entry: usize,
    pub has_params: bool,
    /// A method wrapper: shown only as the innermost frame (where it called a panic),
    /// as gc's `elideWrapperCalling`, unless `GOTRACEBACK` is `system` or more.
    pub wrapper: bool,
}

/// # Safety
/// `ptr` is null only with `len == 0`; otherwise it points at `len` readable bytes of
/// static data.
unsafe fn bytes(ptr: *const u8, len: u64) -> &'static [u8] {
    if ptr.is_null() {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(ptr, len as usize) }
}

/// The Go function containing `pc` and the source line of `pc`, from table `t`.
pub fn lookup_in(t: &'static LineTab, pc: usize) -> Option<Place> {
    if t.version != VERSION || t.funcs.is_null() {
        return None;
    }
    // SAFETY (all reads below): codegen lays the table out as declared above, with
    // `nfuncs` functions, `nruns` runs each and `nfiles` file names.
    let funcs = unsafe { std::slice::from_raw_parts(t.funcs, t.nfuncs as usize) };
    let f = funcs
        .iter()
        .find(|f| (f.entry as usize) <= pc && pc < (f.entry as usize) + f.size as usize)?;
    let off = (pc - f.entry as usize) as u32;
    let runs: &[Run] = if f.runs.is_null() {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(f.runs, f.nruns as usize) }
    };
    let run = runs.iter().take_while(|r| r.start <= off).last()?;
    let files: &[Str] = if t.files.is_null() {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(t.files, t.nfiles as usize) }
    };
    let file = files.get(run.file as usize)?;
    Some(Place {
        name: unsafe { bytes(f.name_ptr, f.name_len) },
        file: unsafe { bytes(file.ptr, file.len) },
        line: run.line,
        entry: f.entry as usize,
        has_params: f.flags & 1 != 0,
        wrapper: f.flags & 2 != 0,
    })
}

/// The Go function and line of `pc` in this program.
pub fn lookup(pc: usize) -> Option<Place> {
    lookup_in(table(), pc)
}

/// The current frame pointer.
#[inline(always)]
fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads a register.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    fp
}

/// The frame records from `fp` outwards, while they stay inside the Go stack `[lo, hi)`
/// and move strictly outwards: per record, the return address it holds and the frame
/// pointer of the function that address returns into.
struct Walk {
    fp: usize,
    lo: usize,
    hi: usize,
}

impl Iterator for Walk {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let fp = self.fp;
        if !fp.is_multiple_of(8) || fp < self.lo || fp.checked_add(16)? > self.hi {
            return None;
        }
        // SAFETY: `fp` is an aligned frame record inside the live part of the stack.
        let (next, ret) = unsafe {
            (
                (fp as *const usize).read(),
                (fp as *const usize).add(1).read(),
            )
        };
        self.fp = if next > fp { next } else { usize::MAX };
        Some((ret, next))
    }
}

/// Prints one frame: `pc` is the address shown (return address or faulting pc), `place`
/// where it is.
fn print_frame(place: &Place, pc: usize) {
    write_err(place.name);
    write_err(if place.has_params {
        b"(...)\n\t"
    } else {
        b"()\n\t"
    });
    write_err(place.file);
    write_err(b":");
    write_err(format_uint(u64::from(place.line)).as_bytes());
    write_err(b" +");
    write_err(format_hex((pc - place.entry) as u64).as_bytes());
    write_err(b"\n");
}

/// One line pair of a captured traceback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A Go frame that called on: its return address (looked up at `pc - 1`, the call).
    Ret(usize),
    /// A Go frame that faulted at `pc` (looked up as is).
    Exact(usize),
    /// gc's `runtime.gopanic` frame of an earlier panic whose deferred call this trace
    /// runs in: `panic({typ, data})` at gc's `runtime/panic.go` line.
    Panic(usize, usize),
}

/// Where gc 1.19.8's `gopanic` calls a deferred function (its frame's line in
/// tracebacks through a deferred call).
const GOPANIC_FILE: &[u8] = b"/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212";

/// Prints a captured traceback after `goroutine 1 [running]:`.
pub fn print_trace(entries: &[Entry]) {
    write_err(b"goroutine 1 [running]:\n");
    for e in entries {
        match *e {
            Entry::Ret(pc) => {
                if let Some(place) = pc.checked_sub(1).and_then(lookup) {
                    print_frame(&place, pc);
                }
            }
            Entry::Exact(pc) => {
                if let Some(place) = lookup(pc) {
                    print_frame(&place, pc);
                }
            }
            Entry::Panic(t, d) => {
                write_err(b"panic({");
                write_err(format_hex(t as u64).as_bytes());
                write_err(b", ");
                write_err(format_hex(d as u64).as_bytes());
                write_err(b"})\n\t");
                write_err(GOPANIC_FILE);
                write_err(b"\n");
            }
        }
    }
}

/// Appends the Go frames of `walk` to `out` after `seen_go` (a Go frame already
/// captured): skips runtime frames before the first Go frame, stops at the first non-Go
/// frame after it. `budget` frames at most. A frame that is running the deferred calls
/// of an earlier panic (`crate::defer::panicking_frame`) ends the walk with that
/// panic's `gopanic` frame and its trace, as gc's stack has them.
fn capture_walk(walk: Walk, out: &mut Vec<Entry>, mut seen_go: bool, mut budget: usize) {
    for (ret, caller_fp) in walk {
        if budget == 0 {
            return;
        }
        match ret.checked_sub(1).and_then(lookup) {
            Some(place) if place.wrapper && seen_go && LEVEL.load(Ordering::Relaxed) < 2 => {}
            Some(_) => {
                if let Some((typ, data, earlier)) = crate::defer::panicking_frame(caller_fp) {
                    out.push(Entry::Panic(typ, data));
                    out.extend_from_slice(earlier);
                    return;
                }
                out.push(Entry::Ret(ret));
                seen_go = true;
                budget -= 1;
            }
            None if seen_go => return,
            None => {}
        }
    }
}

/// The top of the Go stack (0 before the Go thread starts).
fn stack_top() -> usize {
    crate::gc::stack_top()
}

/// The Go frames that led here. `hidden` is the number of runtime frames gc has on its
/// stack for this kind of panic (`gopanic`, and for run-time errors the
/// `panicIndex`-like frame), which count against its limit.
#[inline(never)]
pub fn capture_here(hidden: usize) -> Vec<Entry> {
    let fp = frame_pointer();
    let walk = Walk {
        fp,
        lo: fp,
        hi: stack_top(),
    };
    let mut out = Vec::new();
    capture_walk(walk, &mut out, false, MAX_FRAMES.saturating_sub(hidden));
    out
}

/// Prints `goroutine 1 [running]:` and the Go frames that led here (see
/// [`capture_here`]).
#[inline(never)]
pub fn print_here(hidden: usize) {
    print_trace(&capture_here(hidden));
}

/// The innermost Go frame that led here: the return address of its call into the
/// runtime, and its frame pointer.
#[inline(never)]
pub fn caller_frame() -> Option<(usize, usize)> {
    let fp = frame_pointer();
    let walk = Walk {
        fp,
        lo: fp,
        hi: stack_top(),
    };
    for (ret, caller_fp) in walk {
        if ret.checked_sub(1).and_then(lookup).is_some() {
            return Some((ret, caller_fp));
        }
    }
    None
}

/// As [`capture_here`], from a fault at `pc` with frame pointer `fp` and stack pointer
/// `sp`: the faulting frame is looked up at `pc` itself (not a return address).
pub fn capture_from_fault(pc: usize, fp: usize, sp: usize, hidden: usize) -> Vec<Entry> {
    let mut budget = MAX_FRAMES.saturating_sub(hidden);
    let mut out = Vec::new();
    let here = lookup(pc).is_some();
    if here {
        out.push(Entry::Exact(pc));
        budget = budget.saturating_sub(1);
    }
    let walk = Walk {
        fp,
        lo: sp,
        hi: stack_top(),
    };
    capture_walk(walk, &mut out, here, budget);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leak<T>(v: Vec<T>) -> *const T {
        Box::leak(v.into_boxed_slice()).as_ptr()
    }

    // gc 1.19.8's setTraceback (runtime/runtime1.go), checked with GOTRACEBACK=none,
    // bogus and -1 (no traceback) against single, all and 1.
    #[test]
    fn gotraceback_levels_as_gc() {
        for (v, level) in [
            ("none", 0),
            ("", 1),
            ("single", 1),
            ("all", 1),
            ("system", 2),
            ("crash", 2),
            ("0", 0),
            ("1", 1),
            ("3", 3),
            ("-1", 0),
            ("bogus", 0),
            ("99999999999", 0),
        ] {
            assert_eq!(level_of(v.as_bytes()), level, "GOTRACEBACK={v:?}");
        }
    }

    #[test]
    fn lookup_finds_function_and_line() {
        let code = Box::leak(vec![0u8; 64].into_boxed_slice());
        let runs = leak(vec![
            Run {
                start: 0,
                file: 0,
                line: 3,
            },
            Run {
                start: 10,
                file: 0,
                line: 5,
            },
        ]);
        let name = b"main.f";
        let path = b"/tmp/x.go";
        let funcs = leak(vec![FuncInfo {
            entry: code.as_ptr(),
            size: 32,
            name_ptr: name.as_ptr(),
            name_len: name.len() as u64,
            runs,
            nruns: 2,
            flags: 1,
        }]);
        let files = leak(vec![Str {
            ptr: path.as_ptr(),
            len: path.len() as u64,
        }]);
        let t: &'static LineTab = Box::leak(Box::new(LineTab {
            version: VERSION,
            nfuncs: 1,
            funcs,
            nfiles: 1,
            files,
        }));
        let base = code.as_ptr() as usize;
        let p = lookup_in(t, base + 9).expect("in main.f");
        assert_eq!((p.name, p.file, p.line), (&name[..], &path[..], 3));
        assert!(p.has_params);
        assert_eq!(lookup_in(t, base + 10).map(|p| p.line), Some(5));
        assert_eq!(lookup_in(t, base + 31).map(|p| p.line), Some(5));
        assert!(lookup_in(t, base + 32).is_none());
        assert!(lookup_in(t, base.wrapping_sub(1)).is_none());
    }
}
