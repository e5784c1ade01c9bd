//! `defer`, `panic` and `recover` (docs/runtime-abi.md, "Defer, panic and recover").
//!
//! A compiled function with `defer` statements keeps a [`DeferFrame`] in its stack frame
//! and registers it on entry with `runtime.deferframe_enter`, an assembly routine that
//! records the callee-saved registers, stack pointer and return address (a setjmp that
//! Cranelift can call: the code after it reads nothing but the frame it is given back).
//! Each `defer` statement pushes a [`DeferRec`] (`runtime.deferproc`); the function runs
//! its deferred calls itself, popping records with `runtime.deferpop`, at every return
//! and when a panic reaches it. A panic ([`start_panic`]) captures its traceback, then
//! resumes the innermost registered frame at its `deferframe_enter` call (which returns
//! the frame a second time); that frame runs its deferred calls and leaves through
//! `runtime.deferframe_exit`, which passes the panic on to the next frame unless a
//! deferred call recovered it (`runtime.gorecover`, valid only in a function called
//! directly by the frame's deferred-call code). With no frame left, the panic chain is
//! printed as gc's `printpanics` with the newest panic's traceback, and the program
//! exits with status 2. What this module does not do: goroutines (there is one).

use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

use crate::traceback::Entry;
use crate::types::{Eface, TypeDesc};

/// Words of callee-saved state `deferframe_enter` records (x86-64 uses 8, aarch64 21).
const REGS: usize = 24;

/// The record of one running function with `defer` statements, in its stack frame.
/// Codegen reserves [`FRAME_SIZE`] bytes for it, followed by its own words.
#[repr(C)]
pub struct DeferFrame {
    regs: [usize; REGS],
    prev: *mut DeferFrame,
    defers: *mut DeferRec,
    panic: *mut Panic,
    _pad: usize,
}

/// Bytes of a [`DeferFrame`] (docs/runtime-abi.md).
pub const FRAME_SIZE: usize = std::mem::size_of::<DeferFrame>();

/// Where `deferframe_enter` stores the function's frame pointer (rbp, x29).
#[cfg(target_arch = "x86_64")]
const FP_INDEX: usize = 1;
#[cfg(target_arch = "aarch64")]
const FP_INDEX: usize = 10;

/// One executed `defer` statement: which of the function's statements (`index`) and
/// the values of its call's operands after the header.
#[repr(C)]
pub struct DeferRec {
    next: *mut DeferRec,
    index: u64,
}

/// One panic (gc's `_panic`), in the collected heap so that its value stays alive.
#[repr(C)]
pub struct Panic {
    typ: *const TypeDesc,
    data: *const u8,
    link: *mut Panic,
    recovered: bool,
    aborted: bool,
    trace: *const Entry,
    ntrace: usize,
}

/// The innermost registered frame.
static FRAMES: AtomicPtr<DeferFrame> = AtomicPtr::new(std::ptr::null_mut());
/// The newest panic (gc's `gp._panic`).
static PANICS: AtomicPtr<Panic> = AtomicPtr::new(std::ptr::null_mut());
/// The `[signal ...]` line's values of a panic raised by a fault (gc's `gp.sig`...):
/// signal, code, address, pc; signal 0 when none.
static SIG: [AtomicU64; 4] = [
    AtomicU64::new(0),
    AtomicU64::new(0),
    AtomicU64::new(0),
    AtomicU64::new(0),
];

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".text",
    ".globl runtime.deferframe_enter",
    ".type runtime.deferframe_enter,@function",
    "runtime.deferframe_enter:",
    "mov [rdi], rbx",
    "mov [rdi+8], rbp",
    "mov [rdi+16], r12",
    "mov [rdi+24], r13",
    "mov [rdi+32], r14",
    "mov [rdi+40], r15",
    "lea rax, [rsp+8]",
    "mov [rdi+48], rax",
    "mov rax, [rsp]",
    "mov [rdi+56], rax",
    "jmp {link}",
    ".size runtime.deferframe_enter, .-runtime.deferframe_enter",
    ".globl golift_deferframe_resume",
    ".type golift_deferframe_resume,@function",
    "golift_deferframe_resume:",
    "mov rbx, [rdi]",
    "mov rbp, [rdi+8]",
    "mov r12, [rdi+16]",
    "mov r13, [rdi+24]",
    "mov r14, [rdi+32]",
    "mov r15, [rdi+40]",
    "mov rsp, [rdi+48]",
    "mov rax, rdi",
    "jmp qword ptr [rdi+56]",
    ".size golift_deferframe_resume, .-golift_deferframe_resume",
    link = sym deferframe_link,
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".text",
    ".globl runtime.deferframe_enter",
    ".type runtime.deferframe_enter,%function",
    "runtime.deferframe_enter:",
    "stp x19, x20, [x0, #0]",
    "stp x21, x22, [x0, #16]",
    "stp x23, x24, [x0, #32]",
    "stp x25, x26, [x0, #48]",
    "stp x27, x28, [x0, #64]",
    "stp x29, x30, [x0, #80]",
    "mov x9, sp",
    "str x9, [x0, #96]",
    "stp d8, d9, [x0, #104]",
    "stp d10, d11, [x0, #120]",
    "stp d12, d13, [x0, #136]",
    "stp d14, d15, [x0, #152]",
    "b {link}",
    ".size runtime.deferframe_enter, .-runtime.deferframe_enter",
    ".globl golift_deferframe_resume",
    ".type golift_deferframe_resume,%function",
    "golift_deferframe_resume:",
    "ldp x19, x20, [x0, #0]",
    "ldp x21, x22, [x0, #16]",
    "ldp x23, x24, [x0, #32]",
    "ldp x25, x26, [x0, #48]",
    "ldp x27, x28, [x0, #64]",
    "ldp x29, x30, [x0, #80]",
    "ldr x9, [x0, #96]",
    "mov sp, x9",
    "ldp d8, d9, [x0, #104]",
    "ldp d10, d11, [x0, #120]",
    "ldp d12, d13, [x0, #136]",
    "ldp d14, d15, [x0, #152]",
    "br x30",
    ".size golift_deferframe_resume, .-golift_deferframe_resume",
    link = sym deferframe_link,
);

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".text",
    ".globl golift_catch_call",
    ".type golift_catch_call,@function",
    "golift_catch_call:",
    "mov [rdi], rbx",
    "mov [rdi+8], rbp",
    "mov [rdi+16], r12",
    "mov [rdi+24], r13",
    "mov [rdi+32], r14",
    "mov [rdi+40], r15",
    "lea rax, [rsp+8]",
    "mov [rdi+48], rax",
    "mov rax, [rsp]",
    "mov [rdi+56], rax",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "mov rbx, rdi",
    "mov r12, rcx",
    "push rsi",
    "push rdx",
    "call {link}",
    "pop rdi",
    "pop rax",
    "call rax",
    "mov [r12], rax",
    "mov [r12+8], rdx",
    "mov rdi, rbx",
    "call {unlink}",
    "xor eax, eax",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size golift_catch_call, .-golift_catch_call",
    link = sym deferframe_link,
    unlink = sym catch_unlink,
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".text",
    ".globl golift_catch_call",
    ".type golift_catch_call,%function",
    "golift_catch_call:",
    "stp x19, x20, [x0, #0]",
    "stp x21, x22, [x0, #16]",
    "stp x23, x24, [x0, #32]",
    "stp x25, x26, [x0, #48]",
    "stp x27, x28, [x0, #64]",
    "stp x29, x30, [x0, #80]",
    "mov x9, sp",
    "str x9, [x0, #96]",
    "stp d8, d9, [x0, #104]",
    "stp d10, d11, [x0, #120]",
    "stp d12, d13, [x0, #136]",
    "stp d14, d15, [x0, #152]",
    "stp x29, x30, [sp, #-48]!",
    "mov x29, sp",
    "stp x19, x20, [sp, #16]",
    "stp x1, x2, [sp, #32]",
    "mov x19, x0",
    "mov x20, x3",
    "bl {link}",
    "ldp x9, x0, [sp, #32]",
    "blr x9",
    "stp x0, x1, [x20]",
    "mov x0, x19",
    "bl {unlink}",
    "mov x0, #0",
    "ldp x19, x20, [sp, #16]",
    "ldp x29, x30, [sp], #48",
    "ret",
    ".size golift_catch_call, .-golift_catch_call",
    link = sym deferframe_link,
    unlink = sym catch_unlink,
);

extern "C" {
    /// Restores the state `deferframe_enter` recorded in `frame` and returns from that
    /// call a second time, with `frame` as its result.
    fn golift_deferframe_resume(frame: *mut std::ffi::c_void) -> !;
    /// Links `frame`, calls the `func() string` method slot `f` with receiver `word`
    /// and stores its result at `out`, unlinks `frame`, returns 0; or returns `frame`
    /// when a panic in the call reaches `frame` (the registers as at the call).
    fn golift_catch_call(
        frame: *mut std::ffi::c_void,
        f: *const u8,
        word: *const u8,
        out: *mut crate::types::GoString,
    ) -> usize;
}

/// Unlinks the frame of a call that returned normally.
///
/// # Safety
/// `frame` is the innermost linked frame.
unsafe extern "C" fn catch_unlink(frame: *mut DeferFrame) {
    // SAFETY: guaranteed by the caller.
    FRAMES.store(unsafe { (*frame).prev }, Ordering::Relaxed);
}

/// Calls the `func() string` method slot `f` with receiver `word`, recovering a panic
/// in it as fmt's `catchPanic` does: `Err` with the panic's value (`interface{}`
/// words), which is then recovered.
///
/// # Safety
/// `f` is a method slot of the dynamic type of `word`.
pub unsafe fn catch_string_call(
    f: *const u8,
    word: *const u8,
) -> Result<crate::types::GoString, Eface> {
    let mut frame = std::mem::MaybeUninit::<DeferFrame>::zeroed();
    let mut out = crate::types::GoString {
        ptr: std::ptr::null(),
        len: 0,
    };
    let fp = frame.as_mut_ptr();
    // SAFETY: the frame lives until the call returns; the assembly returns once, with
    // the registers the call was made with.
    let r = unsafe { golift_catch_call(fp.cast(), f, word, &mut out) };
    if r == 0 {
        return Ok(out);
    }
    // SAFETY: the panic that resumed the frame is valid; the frame is the innermost.
    unsafe {
        let p = (*fp).panic;
        FRAMES.store((*fp).prev, Ordering::Relaxed);
        (*p).recovered = true;
        let mut head = (*p).link;
        while !head.is_null() && (*head).aborted {
            head = (*head).link;
        }
        PANICS.store(head, Ordering::Relaxed);
        if head.is_null() {
            SIG[0].store(0, Ordering::Relaxed);
        }
        Err(Eface {
            typ: (*p).typ,
            data: (*p).data,
        })
    }
}

/// The second half of `runtime.deferframe_enter` (tail-called with its argument): links
/// `frame` in as the innermost frame, with no deferred calls; returns 0.
///
/// # Safety
/// `frame` points at [`FRAME_SIZE`] writable bytes in the caller's stack frame.
unsafe extern "C" fn deferframe_link(frame: *mut DeferFrame) -> usize {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*frame).prev = FRAMES.load(Ordering::Relaxed);
        (*frame).defers = std::ptr::null_mut();
        (*frame).panic = std::ptr::null_mut();
    }
    FRAMES.store(frame, Ordering::Relaxed);
    0
}

/// `defer` statement `index` of the function owning `frame`: a new record with `size`
/// bytes for the call's operands (at offset 16, zeroed), pushed on the frame's list.
///
/// # Safety
/// `frame` is a linked frame.
#[export_name = "runtime.deferproc"]
pub unsafe extern "C" fn deferproc(frame: *mut DeferFrame, index: u64, size: i64) -> *mut u8 {
    let rec = crate::alloc::newobject(16 + size.max(0)).cast::<DeferRec>();
    // SAFETY: a fresh object of at least 16 bytes; `frame` is linked.
    unsafe {
        (*rec).index = index;
        (*rec).next = (*frame).defers;
        (*frame).defers = rec;
    }
    rec.cast()
}

/// The next deferred call of `frame` to run (most recent first), or null when none is
/// left. First, if a deferred call just recovered the panic the frame was running its
/// deferred calls for, the panic ends here (gc's `recovery`): it and the panics it
/// aborted leave the chain, and the rest run as at a normal return.
///
/// # Safety
/// `frame` is a linked frame.
#[export_name = "runtime.deferpop"]
pub unsafe extern "C" fn deferpop(frame: *mut DeferFrame) -> *mut DeferRec {
    // SAFETY: `frame` is linked; panics are valid objects.
    unsafe {
        let p = (*frame).panic;
        if !p.is_null() && (*p).recovered {
            let mut head = (*p).link;
            while !head.is_null() && (*head).aborted {
                head = (*head).link;
            }
            PANICS.store(head, Ordering::Relaxed);
            if head.is_null() {
                SIG[0].store(0, Ordering::Relaxed);
            }
            (*frame).panic = std::ptr::null_mut();
        }
        let rec = (*frame).defers;
        if !rec.is_null() {
            (*frame).defers = (*rec).next;
        }
        rec
    }
}

/// The function owning `frame` has run all its deferred calls: it unlinks the frame and
/// returns, or, if it was running them for a panic nobody recovered, the panic goes on
/// to the next frame.
///
/// # Safety
/// `frame` is the innermost linked frame.
#[export_name = "runtime.deferframe_exit"]
pub unsafe extern "C" fn deferframe_exit(frame: *mut DeferFrame) {
    // SAFETY: guaranteed by the caller.
    let (prev, p) = unsafe { ((*frame).prev, (*frame).panic) };
    FRAMES.store(prev, Ordering::Relaxed);
    if !p.is_null() {
        unwind(p);
    }
}

/// Resumes the innermost frame to run its deferred calls for `p`, or ends the program.
fn unwind(p: *mut Panic) -> ! {
    let frame = FRAMES.load(Ordering::Relaxed);
    if frame.is_null() {
        fatal_panic();
    }
    // SAFETY: linked frames live in the stack frames of running functions.
    unsafe {
        let earlier = (*frame).panic;
        if !earlier.is_null() && earlier != p {
            // A deferred call run for `earlier` panicked: gc marks it aborted.
            (*earlier).aborted = true;
        }
        (*frame).panic = p;
        golift_deferframe_resume(frame.cast())
    }
}

/// Raises a panic with value `(typ, data)` (an `interface{}`'s words) and traceback
/// `trace`; `signal` is the `[signal ...]` line's values for a fault.
pub fn start_panic(
    typ: *const TypeDesc,
    data: *const u8,
    trace: Vec<Entry>,
    signal: Option<[u64; 4]>,
) -> ! {
    if let Some(s) = signal {
        for (slot, v) in SIG.iter().zip(s) {
            slot.store(v, Ordering::Relaxed);
        }
    }
    let trace = trace.leak();
    let p = crate::alloc::newobject(std::mem::size_of::<Panic>() as i64).cast::<Panic>();
    // SAFETY: a fresh object of `Panic`'s size.
    unsafe {
        p.write(Panic {
            typ,
            data,
            link: PANICS.load(Ordering::Relaxed),
            recovered: false,
            aborted: false,
            trace: trace.as_ptr(),
            ntrace: trace.len(),
        })
    };
    PANICS.store(p, Ordering::Relaxed);
    unwind(p)
}

/// gc's `fatalpanic`: `printpanics` (oldest first, `[recovered]` on recovered ones),
/// the signal line of a fault, the newest panic's traceback; exit status 2.
fn fatal_panic() -> ! {
    let mut chain = Vec::new();
    let mut p = PANICS.load(Ordering::Relaxed);
    while !p.is_null() {
        chain.push(p);
        // SAFETY: panics are valid objects.
        p = unsafe { (*p).link };
    }
    for (i, &p) in chain.iter().rev().enumerate() {
        if i > 0 {
            crate::sys::write_err(b"\t");
        }
        crate::sys::write_err(b"panic: ");
        // SAFETY: a panic's value is a valid interface value.
        let text = unsafe { crate::panic::panic_text((*p).typ, (*p).data) };
        crate::sys::write_err(&text);
        // SAFETY: as above.
        if unsafe { (*p).recovered } {
            crate::sys::write_err(b" [recovered]");
        }
        crate::sys::write_err(b"\n");
    }
    let sig = SIG[0].load(Ordering::Relaxed);
    if sig != 0 {
        let line = crate::signal::signal_line(
            sig as i32,
            SIG[1].load(Ordering::Relaxed) as i32,
            SIG[2].load(Ordering::Relaxed),
            SIG[3].load(Ordering::Relaxed),
        );
        crate::sys::write_err(line.as_bytes());
        crate::sys::write_err(b"\n");
    }
    if crate::traceback::enabled() {
        crate::sys::write_err(b"\n");
        if let Some(&p) = chain.first() {
            // SAFETY: the trace was leaked by `start_panic`.
            let trace = unsafe { std::slice::from_raw_parts((*p).trace, (*p).ntrace) };
            crate::traceback::print_trace(trace);
        }
    }
    crate::os::exit(2)
}

/// If the function with frame pointer `fp` is running its deferred calls for a panic,
/// that panic's value words and traceback (a traceback through the deferred call goes
/// on with them, as gc's stack does).
pub fn panicking_frame(fp: usize) -> Option<(usize, usize, &'static [Entry])> {
    let mut f = FRAMES.load(Ordering::Relaxed);
    // SAFETY: linked frames and their panics are valid.
    unsafe {
        while !f.is_null() {
            let p = (*f).panic;
            if (*f).regs[FP_INDEX] == fp && !p.is_null() {
                let trace = std::slice::from_raw_parts((*p).trace, (*p).ntrace);
                return Some(((*p).typ as usize, (*p).data as usize, trace));
            }
            f = (*f).prev;
        }
    }
    None
}

/// `recover()` in the function whose frame pointer is `fp`: the current panic's value,
/// which is then recovered, if that function was called directly (method wrappers
/// aside, as gc) by the deferred-call code of the frame running its deferred calls for
/// the panic; nil otherwise.
///
/// # Safety
/// `fp` is the calling Go function's frame pointer.
#[export_name = "runtime.gorecover"]
pub unsafe extern "C" fn gorecover(fp: usize) -> Eface {
    let nil = Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    };
    let p = PANICS.load(Ordering::Relaxed);
    // SAFETY: panics, linked frames and the frame records of the Go stack are valid.
    unsafe {
        if p.is_null() || (*p).recovered || (*p).aborted {
            return nil;
        }
        let mut f = FRAMES.load(Ordering::Relaxed);
        while !f.is_null() && (*f).panic != p {
            f = (*f).prev;
        }
        if f.is_null() {
            return nil;
        }
        let mut rec = fp;
        let caller = loop {
            if rec == 0 || !rec.is_multiple_of(8) {
                return nil;
            }
            let (caller_fp, ret) = (
                (rec as *const usize).read(),
                (rec as *const usize).add(1).read(),
            );
            match ret.checked_sub(1).and_then(crate::traceback::lookup) {
                Some(place) if place.wrapper => rec = caller_fp,
                _ => break caller_fp,
            }
        };
        if caller != (*f).regs[FP_INDEX] {
            return nil;
        }
        (*p).recovered = true;
        Eface {
            typ: (*p).typ,
            data: (*p).data,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn frame_size_is_the_abi_constant() {
        // docs/runtime-abi.md: codegen reserves 224 bytes.
        assert_eq!(super::FRAME_SIZE, 224);
    }
}
