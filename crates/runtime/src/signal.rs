//! The SIGSEGV/SIGBUS handler: a fault near address 0 is reported as gc reports a nil
//! dereference (`panic: runtime error: invalid memory address or nil pointer dereference`
//! and the `[signal SIGSEGV: ...]` line); a fault next to the stack pointer as gc's stack
//! overflow; anything else as gc's `unexpected fault address`. All exit with status 2.
//! The handler runs on an alternate signal stack so that stack overflows reach it.

use crate::os::exit;
use crate::panic::{panic_with, TraceFrom, NIL_DEREF};
use crate::print::{format_hex, Small};
use crate::sys::{self, write_err, SigAction, StackT};
use std::ffi::c_void;

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
        let from = TraceFrom::Fault {
            pc: pc as usize,
            fp: fp as usize,
            sp: sp as usize,
        };
        panic_with(&[NIL_DEREF], Some(line.as_bytes()), from);
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
