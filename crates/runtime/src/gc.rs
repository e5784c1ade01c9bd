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
//! The heap is the allocating thread's own (a thread-local, so allocation takes no lock):
//! in a program only the Go thread allocates (the C `main` thread merely waits for it),
//! so it is the program's one heap; the runtime's unit tests, which allocate from several
//! threads, get one heap each. A runtime thread that allocated Go objects would need this
//! to change. Nothing collects until [`set_stack_top`] has been called (the C `main` does
//! it on the Go thread), so the runtime's unit tests never collect these heaps (the
//! collector's own tests use private `Heap`s).

use crate::heap::Heap;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The highest stack address of the Go thread that may hold Go pointers.
static STACK_TOP: AtomicUsize = AtomicUsize::new(0);

struct Gc {
    heap: Heap,
    /// The mark stack, kept between collections.
    stack: Vec<(usize, usize)>,
}

thread_local! {
    static GC: UnsafeCell<Gc> = const {
        UnsafeCell::new(Gc {
            heap: Heap::new(),
            stack: Vec::new(),
        })
    };
}

extern "C" {
    static __data_start: u8;
    static _end: u8;
}

/// Runs `f` on this thread's heap. `f` must not re-enter this module (nothing it calls
/// allocates Go memory), so the reference is unique.
#[inline(always)]
fn with<R>(f: impl FnOnce(&mut Gc) -> R) -> R {
    // SAFETY: the cell is this thread's, and no caller nests a second `with`.
    GC.with(|g| f(unsafe { &mut *g.get() }))
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
    with(|g| match g.heap.alloc_fast(size) {
        Some(p) => p,
        None => alloc_slow(g, size),
    })
}

/// [`alloc`] off its fast path: collects first when the heap is over budget.
#[inline(never)]
fn alloc_slow(g: &mut Gc, size: usize) -> *mut u8 {
    if g.heap.over_budget(size) && stack_top() != 0 {
        collect_heap(g);
    }
    match g.heap.alloc(size) {
        Some(p) => p,
        None => crate::panic::fatal(b"runtime: out of memory"),
    }
}

/// The number of runtime allocations and the bytes they asked for, so far.
pub fn alloc_stats() -> (u64, u64) {
    with(|g| (g.heap.allocs, g.heap.bytes))
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
    with(collect_heap);
}

/// Marks from the roots and sweeps; nothing before [`set_stack_top`].
#[inline(never)]
fn collect_heap(g: &mut Gc) {
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
