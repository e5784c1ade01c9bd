//! Process exit (`os.Exit` and every other way out): prints the allocation statistics when
//! `GOLIFT_ALLOCSTATS=1`, then `_exit`s. Also keeps the command-line arguments, and makes
//! `os.Stdout` and `os.Stderr` (`*os.File`s, which `fmt.Fprint*` write to).

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

/// The runtime's record of an open file (gc's `os.file`).
#[repr(C)]
pub struct FileRec {
    fd: i64,
}

/// `os.File` (hir's `stdlib/types.rs`: `struct { file unsafe.Pointer }`).
#[repr(C)]
pub struct File {
    file: *const FileRec,
}

/// `os.Stdout` and `os.Stderr`, made at their first use (heap objects, reachable from
/// these statics, so that a program may write through the pointer as gc's may).
static STD_FILES: [AtomicPtr<File>; 2] = [
    AtomicPtr::new(std::ptr::null_mut()),
    AtomicPtr::new(std::ptr::null_mut()),
];

/// The `*os.File` of standard output (`fd` 1) or standard error (2), for reading
/// `os.Stdout` / `os.Stderr`.
#[export_name = "os.stdfile"]
pub extern "C" fn stdfile(fd: i64) -> *const File {
    let slot = &STD_FILES[usize::from(fd != 1)];
    let f = slot.load(Ordering::Relaxed);
    if !f.is_null() {
        return f;
    }
    let rec = crate::alloc::newobject(std::mem::size_of::<FileRec>() as i64).cast::<FileRec>();
    let file = crate::alloc::newobject(std::mem::size_of::<File>() as i64).cast::<File>();
    // SAFETY: fresh objects of these sizes, 8-aligned.
    unsafe {
        rec.write(FileRec { fd });
        file.write(File { file: rec });
    }
    slot.store(file, Ordering::Relaxed);
    file
}

/// Writes `b` to `file` (gc's `(*os.File).Write`, whose errors golift does not report
/// yet); returns the byte count. A nil `*os.File` (or one whose record was cleared)
/// writes nothing.
///
/// # Safety
/// `file` is null or points at a `File`.
pub unsafe fn file_write(file: *const File, b: &[u8]) -> i64 {
    // SAFETY: guaranteed by the caller; the record is the runtime's.
    let Some(rec) = (unsafe { file.as_ref() }).and_then(|f| unsafe { f.file.as_ref() }) else {
        return 0;
    };
    crate::sys::write_all(rec.fd as i32, b);
    b.len() as i64
}

#[cfg(test)]
mod tests {
    #[test]
    fn allocstats_format() {
        let l = super::allocstats_line(3, 4096);
        assert_eq!(l.as_bytes(), b"allocs=3 bytes=4096\n");
    }
}
