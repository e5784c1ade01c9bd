//! The program's garbage-collected heap: the one [`Heap`] every allocation uses, and its
//! conservative mark-and-sweep collections, so that programs that allocate far more than
//! they keep live run in bounded memory, as gc-built ones do.
//!
//! A collection starts inside an allocation once the heap is over budget (`heap.rs`:
//! gc's `GOGC=100`, never below 4 MB). Roots are the Go thread's stack from the
//! collector's frame up to the frame that started `main.init` (with every callee-saved
//! register spilled onto it first), and the program's writable data (`.data` and `.bss`:
//! package variables and the runtime's own statics); marking is `mark.rs`'s, sweeping
//! `heap.rs`'s.
//!
//! Go code runs on one thread, so the lock is never contended; it keeps the runtime's
//! unit tests, which allocate from several threads, sound. Nothing collects until
//! [`set_stack_top`] has been called (the C `main` does it on the Go thread), so the
//! runtime's unit tests never collect this heap (theirs are private `Heap`s).

use crate::heap::Heap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

/// The highest stack address of the Go thread that may hold Go pointers.
static STACK_TOP: AtomicUsize = AtomicUsize::new(0);

struct Gc {
    heap: Heap,
    /// The mark stack, kept between collections.
    stack: Vec<(usize, usize)>,
}

static GC: Mutex<Gc> = Mutex::new(Gc {
    heap: Heap::new(),
    stack: Vec::new(),
});

extern "C" {
    static __data_start: u8;
    static _end: u8;
}

fn lock() -> MutexGuard<'static, Gc> {
    GC.lock().unwrap_or_else(|e| e.into_inner())
}

/// Records the top of the Go stack: everything Go runs is below `top`.
pub fn set_stack_top(top: usize) {
    STACK_TOP.store(top, Ordering::Relaxed);
}

/// The top of the Go stack recorded by [`set_stack_top`] (0 before).
pub fn stack_top() -> usize {
    STACK_TOP.load(Ordering::Relaxed)
}

/// `size` (> 0) zeroed bytes of heap, after a collection if the heap is over budget;
/// a fatal error when memory runs out.
#[inline]
pub fn alloc(size: usize) -> *mut u8 {
    let mut g = lock();
    if g.heap.over_budget(size) && stack_top() != 0 {
        collect_locked(&mut g);
    }
    match g.heap.alloc(size) {
        Some(p) => p,
        None => {
            drop(g);
            crate::panic::fatal(b"runtime: out of memory")
        }
    }
}

/// The number of runtime allocations and the bytes they asked for, so far.
pub fn alloc_stats() -> (u64, u64) {
    let g = lock();
    (g.heap.allocs, g.heap.bytes)
}

/// The callee-saved registers, stored into `regs` (which lives on the stack being scanned).
#[inline(always)]
fn spill_registers(regs: &mut [usize; 12]) {
    let p = regs.as_mut_ptr();
    // SAFETY: stores into the 12-word array `regs` only.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{p}], rbx",
            "mov [{p} + 8], rbp",
            "mov [{p} + 16], r12",
            "mov [{p} + 24], r13",
            "mov [{p} + 32], r14",
            "mov [{p} + 40], r15",
            p = in(reg) p,
            options(nostack, preserves_flags),
        );
    }
    // SAFETY: stores into the 12-word array `regs` only.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{p}]",
            "stp x21, x22, [{p}, #16]",
            "stp x23, x24, [{p}, #32]",
            "stp x25, x26, [{p}, #48]",
            "stp x27, x28, [{p}, #64]",
            "str x29, [{p}, #80]",
            p = in(reg) p,
            options(nostack, preserves_flags),
        );
    }
}

/// Runs a collection (`runtime.GC`).
#[inline(never)]
pub fn collect() {
    let mut g = lock();
    collect_locked(&mut g);
}

/// Marks from the roots and sweeps; nothing before [`set_stack_top`].
#[inline(never)]
fn collect_locked(g: &mut Gc) {
    let top = STACK_TOP.load(Ordering::Relaxed);
    if top == 0 {
        return;
    }
    let mut regs = [0usize; 12];
    spill_registers(&mut regs);
    let regs = std::hint::black_box(&regs);
    let bottom = regs.as_ptr() as usize;
    // The linker-defined bounds of the writable data segment.
    let (data_lo, data_hi) = (
        std::ptr::addr_of!(__data_start) as usize,
        std::ptr::addr_of!(_end) as usize,
    );
    let roots = [(bottom.min(top), top), (data_lo, data_hi)];
    crate::mark::mark(&mut g.heap, &roots, &mut g.stack);
    g.heap.sweep();
    std::hint::black_box(regs);
}
