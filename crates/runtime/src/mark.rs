//! Conservative marking: every aligned word of the root ranges that points into an
//! allocated heap object marks it, and each newly marked object is scanned the same way,
//! word by word, from an explicit mark stack (no recursion, so deep lists cannot
//! overflow the collector's stack). A word just past an object's end does not keep it
//! (gc's rule too: compiled code never keeps only such a pointer to memory it reads).
//! Objects popped from the stack wait in a small queue after a prefetch of their first
//! line, so that several cache misses are in flight while one object is scanned.
//! Which ranges are roots is the caller's business (`gc.rs`); sweeping is `heap.rs`'s.

use crate::heap::Heap;

/// Marks everything reachable from the words of `roots` (each `[lo, hi)`, readable).
pub fn mark(heap: &mut Heap, roots: &[(usize, usize)], stack: &mut Vec<(usize, usize)>) {
    stack.clear();
    for &(lo, hi) in roots {
        scan(heap, lo, hi, stack);
    }
    // A ring of objects whose memory is being prefetched, oldest scanned first.
    const AHEAD: usize = 8;
    let mut ring = [(0usize, 0usize); AHEAD];
    let (mut head, mut len) = (0usize, 0usize);
    loop {
        while len < AHEAD {
            let Some(obj) = stack.pop() else { break };
            prefetch(obj.0);
            ring[(head + len) % AHEAD] = obj;
            len += 1;
        }
        if len == 0 {
            return;
        }
        let (lo, hi) = ring[head];
        head = (head + 1) % AHEAD;
        len -= 1;
        scan(heap, lo, hi, stack);
    }
}

/// Asks the processor to start loading the cache line at `p` (a hint: no fault).
#[inline(always)]
fn prefetch(p: usize) {
    // SAFETY: a prefetch hint neither faults nor changes memory.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!("prefetcht0 [{p}]", p = in(reg) p, options(nostack, readonly, preserves_flags));
    }
    // SAFETY: as above.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!("prfm pldl1keep, [{p}]", p = in(reg) p, options(nostack, readonly, preserves_flags));
    }
}

/// Marks the objects the words of `[lo, hi)` point into, queueing the new ones.
#[inline]
fn scan(heap: &mut Heap, lo: usize, hi: usize, stack: &mut Vec<(usize, usize)>) {
    let mut a = lo.next_multiple_of(8);
    while a + 8 <= hi {
        // SAFETY: `[lo, hi)` is readable memory (a root range or a live heap object);
        // a volatile read, as the range may be the collector's own stack.
        let w = unsafe { std::ptr::read_volatile(a as *const usize) };
        a += 8;
        if let Some((span, slot)) = heap.find(w) {
            if let Some(obj) = heap.mark(span, slot) {
                stack.push(obj);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Collects `heap` with the words of `roots` as the only root.
    fn collect(heap: &mut Heap, roots: &[usize]) {
        let lo = roots.as_ptr() as usize;
        let mut stack = Vec::new();
        mark(heap, &[(lo, lo + 8 * roots.len())], &mut stack);
        heap.sweep();
    }

    fn alloc(heap: &mut Heap, size: usize) -> usize {
        heap.alloc(size).expect("memory") as usize
    }

    /// A singly linked list of `n` 16-byte nodes (word 0: next); returns the head.
    fn list(heap: &mut Heap, n: usize) -> usize {
        let mut head = 0usize;
        for _ in 0..n {
            let p = alloc(heap, 16);
            // SAFETY: `p` is a fresh 16-byte object.
            unsafe { (p as *mut usize).write(head) };
            head = p;
        }
        head
    }

    #[test]
    fn unreachable_objects_are_freed_reachable_ones_kept() {
        let mut h = Heap::new();
        let kept = list(&mut h, 10_000);
        let _dropped = list(&mut h, 10_000);
        collect(&mut h, &[kept]);
        assert_eq!(h.live_bytes(), 10_000 * 16);
        // Every node of the kept list is still allocated; the freed slots are reused
        // (zeroed) before any new page is taken.
        let mut p = kept;
        while p != 0 {
            assert!(h.find(p).is_some());
            // SAFETY: a live node.
            p = unsafe { (p as *const usize).read() };
        }
        let again = alloc(&mut h, 16);
        // SAFETY: a fresh object.
        assert_eq!(unsafe { (again as *const [usize; 2]).read() }, [0, 0]);
        collect(&mut h, &[]);
        assert_eq!(h.live_bytes(), 0);
    }

    #[test]
    fn interior_pointers_keep_objects_past_the_end_ones_do_not() {
        let mut h = Heap::new();
        let a = alloc(&mut h, 48);
        let b = alloc(&mut h, 48);
        let c = alloc(&mut h, 24);
        // `c` is 24 bytes in a 24-byte slot: `c + 24` is the next slot's start.
        let d = alloc(&mut h, 24);
        assert_eq!(d, c + 24);
        collect(&mut h, &[a + 40, b + 48, c + 23]);
        assert!(h.find(a).is_some());
        assert!(h.find(c).is_some());
        assert!(
            h.find(b).is_none(),
            "a pointer just past the end does not keep it"
        );
        assert!(h.find(d).is_none());
        assert_eq!(h.live_bytes(), 48 + 24);
    }

    #[test]
    fn large_objects_are_kept_by_interior_pointers_and_freed() {
        let mut h = Heap::new();
        let big = alloc(&mut h, 100_000);
        let small = alloc(&mut h, 8);
        // SAFETY: `big` is 100000 bytes; the small object is referenced from its middle.
        unsafe { ((big + 80_000) as *mut usize).write(small) };
        collect(&mut h, &[big + 99_999]);
        assert!(h.find(big).is_some());
        assert!(h.find(small).is_some(), "reached through the large object");
        assert_eq!(h.live_bytes(), 100_000 + 8);
        collect(&mut h, &[]);
        assert!(h.find(big).is_none());
        // Its pages come back zeroed for the next large object.
        let again = alloc(&mut h, 100_000);
        assert_eq!(again, big);
        // SAFETY: a fresh 100000-byte object.
        assert_eq!(unsafe { ((again + 80_000) as *const usize).read() }, 0);
    }

    #[test]
    fn cycles_and_deep_chains_are_marked_without_recursion() {
        let mut h = Heap::new();
        let head = list(&mut h, 1_000_000);
        // Close the cycle: the last node points back to the head.
        let mut p = head;
        // SAFETY: live nodes of the list.
        unsafe {
            while (p as *const usize).read() != 0 {
                p = (p as *const usize).read();
            }
            (p as *mut usize).write(head);
        }
        collect(&mut h, &[p]);
        assert_eq!(h.live_bytes(), 16_000_000);
    }

    #[test]
    fn the_trigger_follows_the_live_heap() {
        let mut h = Heap::new();
        assert!(!h.over_budget(1 << 20));
        let keep = list(&mut h, (6 << 20) / 16);
        assert!(h.over_budget(0));
        collect(&mut h, &[keep]);
        // 6 MB live: the next collection after 6 MB more.
        assert!(!h.over_budget(5 << 20));
        assert!(h.over_budget(7 << 20));
    }
}
