//! The SIGSEGV/SIGBUS handler: a fault near address 0 is reported as gc reports a nil
//! dereference (`panic: runtime error: invalid memory address or nil pointer dereference`
//! and the `[signal SIGSEGV: ...]` line); a fault next to the stack pointer as gc's stack
//! overflow; anything else as gc's `unexpected fault address`. A nil dereference becomes
//! a Go panic raised from the faulting code (gc's `sigpanic`), which deferred calls may
//! recover; the others exit with status 2.
//! The handler runs on an alternate signal stack so that stack overflows reach it.

use crate::os::exit;
use crate::panic::{panic_with, TraceFrom, NIL_DEREF};
use crate::print::{format_hex, Small};
use crate::sys::{self, write_err, SigAction, StackT};
use std::ffi::c_void;
use std::sync::atomic::{AtomicU64, Ordering};

/// Offsets of the faulting pc, sp and frame pointer (rbp, x29) in `ucontext_t` (glibc).
#[cfg(target_arch = "x86_64")]
const UC_PC: usize = 168;
#[cfg(target_arch = "x86_64")]
const UC_SP: usize = 160;
#[cfg(target_arch = "x86_64")]
const UC_FP: usize = 120;
#[cfg(target_arch = "aarch64")]
const UC_PC: usize = 440;
#[cfg(target_arch = "aarch64")]
const UC_SP: usize = 432;
#[cfg(target_arch = "aarch64")]
const UC_FP: usize = 416;

const ALT_STACK_SIZE: usize = 64 * 1024;

/// gc's `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4553e2]` line.
pub fn signal_line(sig: i32, code: i32, addr: u64, pc: u64) -> Small {
    let mut s = Small::new();
    s.push(if sig == sys::SIGBUS {
        b"[signal SIGBUS: bus error" as &[u8]
    } else {
        b"[signal SIGSEGV: segmentation violation"
    });
    s.push(b" code=");
    s.push(format_hex(code as u32 as u64).as_bytes());
    s.push(b" addr=");
    s.push(format_hex(addr).as_bytes());
    s.push(b" pc=");
    s.push(format_hex(pc).as_bytes());
    s.push(b"]");
    s
}

extern "C" fn on_fault(sig: i32, info: *mut c_void, ctx: *mut c_void) {
    // SAFETY: the kernel passes a valid siginfo_t and ucontext_t to an SA_SIGINFO handler.
    let (code, addr, pc, sp, fp) = unsafe {
        let info = info.cast::<u8>();
        let ctx = ctx.cast::<u8>();
        (
            info.add(8).cast::<i32>().read(),
            info.add(16).cast::<u64>().read(),
            ctx.add(UC_PC).cast::<u64>().read(),
            ctx.add(UC_SP).cast::<u64>().read(),
            ctx.add(UC_FP).cast::<u64>().read(),
        )
    };
    let line = signal_line(sig, code, addr, pc);
    if addr < 0x1000 {
        for (slot, v) in FAULT
            .iter()
            .zip([sig as u64, code as u32 as u64, addr, pc, fp, sp])
        {
            slot.store(v, Ordering::Relaxed);
        }
        // gc's sigpanic: the faulting code calls `sigpanic` from the faulting pc, which
        // raises the panic on the Go stack once the handler returns (a deferred call
        // may recover it).
        // SAFETY: `ctx` is the interrupted thread's context; the pushed word is below
        // its stack pointer, on its own stack.
        unsafe { redirect_to_sigpanic(ctx.cast::<u8>(), pc, sp) };
        return;
    }
    if addr.abs_diff(sp) < 256 * 1024 {
        write_err(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
        write_err(b"fatal error: stack overflow\n\n");
        write_err(line.as_bytes());
        write_err(b"\n");
        exit(2);
    }
    write_err(b"unexpected fault address ");
    write_err(format_hex(addr).as_bytes());
    write_err(b"\nfatal error: fault\n");
    write_err(line.as_bytes());
    write_err(b"\n");
    exit(2)
}

/// The last nil fault: signal, code, address, pc, frame pointer, stack pointer.
static FAULT: [AtomicU64; 6] = [
    AtomicU64::new(0),
    AtomicU64::new(0),
    AtomicU64::new(0),
    AtomicU64::new(0),
    AtomicU64::new(0),
    AtomicU64::new(0),
];

/// Makes the interrupted code call [`sigpanic`] as if from the faulting pc.
///
/// # Safety
/// `ctx` is the `ucontext_t` of a fault on the Go stack.
#[cfg(target_arch = "x86_64")]
unsafe fn redirect_to_sigpanic(ctx: *mut u8, pc: u64, sp: u64) {
    let new_sp = sp - 8;
    // SAFETY: guaranteed by the caller.
    unsafe {
        (new_sp as *mut u64).write(pc);
        ctx.add(UC_SP).cast::<u64>().write(new_sp);
        ctx.add(UC_PC)
            .cast::<u64>()
            .write(sigpanic as extern "C" fn() -> ! as usize as u64);
    }
}

/// Where x30 (the link register) is in `ucontext_t`.
#[cfg(target_arch = "aarch64")]
const UC_LR: usize = UC_FP + 8;

/// As on x86-64: the link register becomes the faulting pc (its old value is pushed, as
/// gc's `preparePanic` does, keeping the stack 16-byte aligned).
///
/// # Safety
/// `ctx` is the `ucontext_t` of a fault on the Go stack.
#[cfg(target_arch = "aarch64")]
unsafe fn redirect_to_sigpanic(ctx: *mut u8, pc: u64, sp: u64) {
    let new_sp = sp - 16;
    // SAFETY: guaranteed by the caller.
    unsafe {
        let lr = ctx.add(UC_LR).cast::<u64>().read();
        (new_sp as *mut u64).write(lr);
        ctx.add(UC_SP).cast::<u64>().write(new_sp);
        ctx.add(UC_LR).cast::<u64>().write(pc);
        ctx.add(UC_PC)
            .cast::<u64>()
            .write(sigpanic as extern "C" fn() -> ! as usize as u64);
    }
}

/// gc's `sigpanic`: raises the panic of the last nil fault, with its traceback from the
/// faulting pc.
extern "C" fn sigpanic() -> ! {
    let f: Vec<u64> = FAULT.iter().map(|v| v.load(Ordering::Relaxed)).collect();
    let from = TraceFrom::Fault {
        pc: f[3] as usize,
        fp: f[4] as usize,
        sp: f[5] as usize,
    };
    panic_with(
        crate::rterror::ErrType::ErrorString,
        &[NIL_DEREF],
        Some([f[0], f[1], f[2], f[3]]),
        from,
    )
}

/// Installs the handler for SIGSEGV and SIGBUS on an alternate stack.
pub fn install() {
    // SAFETY: plain C calls with valid, initialised arguments.
    unsafe {
        let stack = sys::calloc(1, ALT_STACK_SIZE);
        if !stack.is_null() {
            let ss = StackT {
                ss_sp: stack,
                ss_flags: 0,
                ss_size: ALT_STACK_SIZE,
            };
            sys::sigaltstack(&ss, std::ptr::null_mut());
        }
        let handler: extern "C" fn(i32, *mut c_void, *mut c_void) = on_fault;
        let act = SigAction {
            sa_sigaction: handler as usize,
            sa_mask: [0; 16],
            sa_flags: sys::SA_SIGINFO | sys::SA_ONSTACK,
            sa_restorer: 0,
        };
        sys::sigaction(sys::SIGSEGV, &act, std::ptr::null_mut());
        sys::sigaction(sys::SIGBUS, &act, std::ptr::null_mut());
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn signal_line_as_gc() {
        // gc 1.19.8: `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x46084a]`
        let l = super::signal_line(super::sys::SIGSEGV, 1, 0, 0x46084a);
        assert_eq!(
            l.as_bytes(),
            b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x46084a]"
        );
    }
}
