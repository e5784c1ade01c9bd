//! A conservative mark-and-sweep collector, so that programs that allocate far more than
//! they keep live run in bounded memory, as gc-built ones do.
//!
//! Every heap object (`alloc::alloc_zeroed`) is recorded with its size. A collection
//! starts when the bytes allocated since the last one exceed the live bytes it found
//! (gc's `GOGC=100`), and never below [`MIN_HEAP`], so small programs never collect.
//! Roots are the Go thread's stack from the collector's frame up to the frame that
//! started `main.init` (with every callee-saved register spilled onto it first), and the
//! program's writable data (`.data` and `.bss`: package variables and the runtime's own
//! statics). Any word pointing into an object, or just past its end, keeps it; objects are
//! scanned word by word. Unreached objects are returned to `free`.
//!
//! Nothing collects until [`set_stack_top`] has been called (the C `main` does it on the
//! Go thread), so the runtime's unit tests never collect.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// No collection before the heap holds this many bytes (gc's `heapminimum`, 4 MB).
const MIN_HEAP: u64 = 4 << 20;

/// The highest stack address of the Go thread that may hold Go pointers.
static STACK_TOP: AtomicUsize = AtomicUsize::new(0);

struct Heap {
    /// Object start -> size in bytes.
    objects: BTreeMap<usize, usize>,
    /// Bytes allocated since the last collection, and the live bytes it found.
    since: u64,
    live: u64,
}

static HEAP: Mutex<Heap> = Mutex::new(Heap {
    objects: BTreeMap::new(),
    since: 0,
    live: 0,
});

extern "C" {
    fn free(p: *mut std::ffi::c_void);
    static __data_start: u8;
    static _end: u8;
}

/// Records the top of the Go stack: everything Go runs is below `top`.
pub fn set_stack_top(top: usize) {
    STACK_TOP.store(top, Ordering::Relaxed);
}

/// The top of the Go stack recorded by [`set_stack_top`] (0 before).
pub fn stack_top() -> usize {
    STACK_TOP.load(Ordering::Relaxed)
}

/// Whether the heap has grown enough that the caller should [`collect`] before its next
/// allocation of `size` bytes.
pub fn should_collect(size: u64) -> bool {
    if STACK_TOP.load(Ordering::Relaxed) == 0 {
        return false;
    }
    let h = HEAP.lock().unwrap_or_else(|e| e.into_inner());
    h.since + size > h.live.max(MIN_HEAP)
}

/// Records a new object.
pub fn register(p: *mut u8, size: u64) {
    let mut h = HEAP.lock().unwrap_or_else(|e| e.into_inner());
    h.objects.insert(p as usize, size as usize);
    h.since += size;
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

/// Runs a collection.
#[inline(never)]
pub fn collect() {
    let top = STACK_TOP.load(Ordering::Relaxed);
    if top == 0 {
        return;
    }
    let mut regs = [0usize; 12];
    spill_registers(&mut regs);
    let regs = std::hint::black_box(&regs);
    let bottom = regs.as_ptr() as usize;
    let mut h = HEAP.lock().unwrap_or_else(|e| e.into_inner());
    let mut marked: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut work: Vec<(usize, usize)> = Vec::new();
    // The linker-defined bounds of the writable data segment.
    let (data_lo, data_hi) = (
        std::ptr::addr_of!(__data_start) as usize,
        std::ptr::addr_of!(_end) as usize,
    );
    let roots = [(bottom.min(top), top), (data_lo, data_hi)];
    for &(lo, hi) in &roots {
        scan(&h.objects, lo, hi, &mut marked, &mut work);
    }
    while let Some((lo, hi)) = work.pop() {
        scan(&h.objects, lo, hi, &mut marked, &mut work);
    }
    let mut live = 0u64;
    let dead: Vec<usize> = h
        .objects
        .iter()
        .filter_map(|(&p, &size)| {
            if marked.contains(&p) {
                live += size as u64;
                None
            } else {
                Some(p)
            }
        })
        .collect();
    for p in dead {
        h.objects.remove(&p);
        // SAFETY: `p` came from `calloc` and nothing reachable points into it.
        unsafe { free(p as *mut std::ffi::c_void) };
    }
    h.live = live;
    h.since = 0;
}

/// Marks every object that a word of `[lo, hi)` points into (or just past), queueing
/// newly marked objects for scanning.
fn scan(
    objects: &BTreeMap<usize, usize>,
    lo: usize,
    hi: usize,
    marked: &mut std::collections::HashSet<usize>,
    work: &mut Vec<(usize, usize)>,
) {
    let mut a = (lo + 7) & !7;
    while a + 8 <= hi {
        // SAFETY: `[lo, hi)` is readable memory (stack, data segment, or a live object).
        let w = unsafe { (a as *const usize).read() };
        a += 8;
        if w < 4096 {
            continue;
        }
        if let Some((&start, &size)) = objects.range(..=w).next_back() {
            if w <= start + size && marked.insert(start) {
                work.push((start, start + size));
            }
        }
    }
}
