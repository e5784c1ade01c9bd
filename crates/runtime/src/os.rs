//! Process exit (`os.Exit` and every other way out): prints the allocation statistics when
//! `GOLIFT_ALLOCSTATS=1`, then `_exit`s. Also keeps the command-line arguments.

use crate::alloc::{alloc_bytes, alloc_count};
use crate::print::{format_uint, Small};
use crate::sys::{exit_now, write_err};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

static ALLOCSTATS: AtomicBool = AtomicBool::new(false);
static ARGC: AtomicUsize = AtomicUsize::new(0);
static ARGV: AtomicPtr<*const u8> = AtomicPtr::new(std::ptr::null_mut());

/// Called once at start-up: records the arguments and reads `GOLIFT_ALLOCSTATS`.
pub fn init(argc: usize, argv: *const *const u8) {
    ARGC.store(argc, Ordering::Relaxed);
    ARGV.store(argv.cast_mut(), Ordering::Relaxed);
    let on = std::env::var_os("GOLIFT_ALLOCSTATS").is_some_and(|v| v == "1");
    ALLOCSTATS.store(on, Ordering::Relaxed);
}

/// The number of command-line arguments and the C `argv` array.
pub fn args() -> (usize, *const *const u8) {
    (ARGC.load(Ordering::Relaxed), ARGV.load(Ordering::Relaxed))
}

/// The line `allocs=N bytes=M\n`.
pub fn allocstats_line(allocs: u64, bytes: u64) -> Small {
    let mut s = Small::new();
    s.push(b"allocs=");
    s.push(format_uint(allocs).as_bytes());
    s.push(b" bytes=");
    s.push(format_uint(bytes).as_bytes());
    s.push(b"\n");
    s
}

/// Ends the program with `status`, after the allocation statistics if asked for.
pub fn exit(status: i32) -> ! {
    if ALLOCSTATS.load(Ordering::Relaxed) {
        write_err(allocstats_line(alloc_count(), alloc_bytes()).as_bytes());
    }
    exit_now(status)
}

/// `os.Exit(code)`.
#[export_name = "os.Exit"]
pub extern "C" fn os_exit(code: i64) -> ! {
    exit(code as i32)
}

#[cfg(test)]
mod tests {
    #[test]
    fn allocstats_format() {
        let l = super::allocstats_line(3, 4096);
        assert_eq!(l.as_bytes(), b"allocs=3 bytes=4096\n");
    }
}
