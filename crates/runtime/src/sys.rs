//! The few C library calls the runtime makes, declared by hand (no `libc` dependency):
//! raw writes to file descriptors, `_exit`, `calloc`, the signal interface, and `mmap` for
//! the heap's address space.
//!
//! Layouts are glibc's for x86-64 and aarch64 Linux, which agree for everything here.

use std::ffi::c_void;

extern "C" {
    fn write(fd: i32, buf: *const c_void, count: usize) -> isize;
    #[link_name = "_exit"]
    fn c_exit(status: i32) -> !;
    pub fn calloc(nmemb: usize, size: usize) -> *mut c_void;
    pub fn sigaction(signum: i32, act: *const SigAction, oldact: *mut SigAction) -> i32;
    pub fn sigaltstack(ss: *const StackT, old: *mut StackT) -> i32;
    pub fn pthread_attr_init(attr: *mut PthreadAttr) -> i32;
    pub fn pthread_attr_setstacksize(attr: *mut PthreadAttr, size: usize) -> i32;
    pub fn pthread_create(
        thread: *mut u64,
        attr: *const PthreadAttr,
        start: extern "C" fn(*mut c_void) -> *mut c_void,
        arg: *mut c_void,
    ) -> i32;
    pub fn pthread_join(thread: u64, ret: *mut *mut c_void) -> i32;
    pub fn mmap(
        addr: *mut c_void,
        len: usize,
        prot: i32,
        flags: i32,
        fd: i32,
        off: i64,
    ) -> *mut c_void;
    pub fn munmap(addr: *mut c_void, len: usize) -> i32;
    pub fn mprotect(addr: *mut c_void, len: usize, prot: i32) -> i32;
}

/// `pthread_attr_t` (56 bytes on x86-64, 64 on aarch64): opaque, over-sized here.
#[repr(C, align(8))]
pub struct PthreadAttr(pub [u8; 128]);

/// `struct sigaction` (glibc, 152 bytes on both targets).
#[repr(C)]
pub struct SigAction {
    pub sa_sigaction: usize,
    pub sa_mask: [u64; 16],
    pub sa_flags: i32,
    pub sa_restorer: usize,
}

/// `stack_t`.
#[repr(C)]
pub struct StackT {
    pub ss_sp: *mut c_void,
    pub ss_flags: i32,
    pub ss_size: usize,
}

pub const SIGBUS: i32 = 7;
pub const SIGSEGV: i32 = 11;
pub const SA_SIGINFO: i32 = 4;
pub const SA_ONSTACK: i32 = 0x0800_0000;
pub const PROT_NONE: i32 = 0;
pub const PROT_READ: i32 = 1;
pub const PROT_WRITE: i32 = 2;
pub const MAP_PRIVATE: i32 = 2;
pub const MAP_FIXED: i32 = 0x10;
pub const MAP_ANONYMOUS: i32 = 0x20;

/// Writes all of `bytes` to `fd`, retrying short writes; errors are ignored, as gc does.
pub fn write_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: the pointer and length describe a live slice.
        let n = unsafe { write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n <= 0 {
            // EINTR is retried; anything else (closed pipe, ...) drops the output.
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        bytes = &bytes[n as usize..];
    }
}

/// Writes to standard error.
pub fn write_err(bytes: &[u8]) {
    write_all(2, bytes);
}

/// Writes to standard output.
pub fn write_out(bytes: &[u8]) {
    write_all(1, bytes);
}

/// Ends the process at once (no atexit handlers; nothing is buffered in the runtime).
pub fn exit_now(status: i32) -> ! {
    // SAFETY: `_exit` has no preconditions.
    unsafe { c_exit(status) }
}
