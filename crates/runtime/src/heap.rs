//! The garbage-collected heap (gc's mheap and mcentral, single-threaded): small objects
//! in slots of gc's size classes, one span per class being allocated from, large objects
//! (over 32 KiB) in spans of their own; the page map (`pagemap.rs`) from every heap page
//! to its span, so that finding the object a word points into is O(1); sweeping (after [`crate::mark`]
//! has marked) and the pacing of collections (gc's `GOGC=100` with a 4 MB minimum).
//! Memory handed out is zeroed.
//!
//! It does not find roots or decide to collect by itself (`gc.rs` does both), and it
//! takes no lock (`gc.rs` keeps one per thread).

use crate::pageheap::PageHeap;
use crate::pagemap::PageMap;
use crate::sizeclass::{size_to_class, CLASS_TO_NPAGES, MAX_SMALL_SIZE, NUM_CLASSES, PAGE_SIZE};
use crate::span::Span;

/// No collection before the heap holds this many bytes (gc's `heapminimum`, 4 MB).
pub const MIN_HEAP: u64 = 4 << 20;

pub struct Heap {
    pub(crate) pages: PageHeap,
    /// Every span ever made; a freed span's entry is reused (see `free_ids`).
    spans: Vec<Span>,
    /// Indexes of `spans` entries whose span was freed.
    free_ids: Vec<u32>,
    /// Page -> span index + 1.
    page_map: PageMap,
    /// Per class: the span index + 1 being allocated from (0: none).
    current: [u32; NUM_CLASSES],
    /// Per class: spans with free slots after the last sweep (indexes + 1).
    partial: [Vec<u32>; NUM_CLASSES],
    /// Runtime allocations and requested bytes so far (`GOLIFT_ALLOCSTATS`).
    pub allocs: u64,
    pub bytes: u64,
    /// Slot bytes allocated since the last collection, and the live slot bytes it kept.
    since: u64,
    live: u64,
}

/// Zeroes the slot of `n` bytes (a multiple of 8) at `p`: small ones with inline
/// stores (a `memset` call costs more than the 2 to 16 stores), larger ones by `memset`.
///
/// # Safety
/// `p` must be valid for `n` bytes of writes and 8-byte aligned.
#[inline(always)]
unsafe fn zero_slot(p: *mut u8, n: usize) {
    if n <= 128 {
        let w = p.cast::<u64>();
        for i in 0..n / 8 {
            // SAFETY: inside the slot; volatile so that the loop is not made a `memset` call.
            unsafe { w.add(i).write_volatile(0) };
        }
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::write_bytes(p, 0, n) };
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub const fn new() -> Self {
        Heap {
            pages: PageHeap::new(),
            spans: Vec::new(),
            free_ids: Vec::new(),
            page_map: PageMap::new(),
            current: [0; NUM_CLASSES],
            partial: [const { Vec::new() }; NUM_CLASSES],
            allocs: 0,
            bytes: 0,
            since: 0,
            live: 0,
        }
    }

    /// Whether allocating `size` more bytes goes past the collection trigger: the bytes
    /// allocated since the last collection would exceed both the live bytes it found and
    /// [`MIN_HEAP`].
    #[inline]
    pub fn over_budget(&self, size: usize) -> bool {
        self.since + size as u64 > self.live.max(MIN_HEAP)
    }

    /// The fast path of [`Heap::alloc`]: a small object from the next free slot of the
    /// current bitmap word of its class's current span, when the heap is not over budget.
    /// `None` says to take [`Heap::alloc`] (after deciding whether to collect first).
    #[inline(always)]
    pub fn alloc_fast(&mut self, size: usize) -> Option<*mut u8> {
        if size > MAX_SMALL_SIZE || self.over_budget(size) {
            return None;
        }
        let cur = self.current[size_to_class(size)];
        if cur == 0 {
            return None;
        }
        let span = &mut self.spans[cur as usize - 1];
        let i = span.next_free_cached()?;
        let p = span.slot_addr(i) as *mut u8;
        let n = span.elemsize;
        if span.needzero {
            // SAFETY: the slot is `n` bytes of heap memory that nothing uses.
            unsafe { zero_slot(p, n) };
        }
        self.since += n as u64;
        self.allocs += 1;
        self.bytes += size as u64;
        Some(p)
    }

    /// `size` (> 0) zeroed bytes, 8-byte aligned; `None` when memory is exhausted.
    pub fn alloc(&mut self, size: usize) -> Option<*mut u8> {
        self.allocs += 1;
        self.bytes += size as u64;
        if size > MAX_SMALL_SIZE {
            return self.alloc_large(size);
        }
        let class = size_to_class(size);
        let cur = self.current[class];
        if cur != 0 {
            let span = &mut self.spans[cur as usize - 1];
            if let Some(i) = span.next_free() {
                let p = span.slot_addr(i) as *mut u8;
                let n = span.elemsize;
                if span.needzero {
                    // SAFETY: the slot is `n` bytes of heap memory that nothing uses.
                    unsafe { zero_slot(p, n) };
                }
                self.since += n as u64;
                return Some(p);
            }
        }
        self.alloc_small_slow(class)
    }

    /// Finds a span of `class` with a free slot (a partially free one, else a new one),
    /// makes it current and allocates from it.
    #[inline(never)]
    fn alloc_small_slow(&mut self, class: usize) -> Option<*mut u8> {
        self.current[class] = 0;
        loop {
            let id = match self.partial[class].pop() {
                Some(id) => id,
                None => {
                    let npages = CLASS_TO_NPAGES[class] as usize;
                    let (page, dirty) = self.pages.alloc(npages)?;
                    self.new_span(Span::small(PageHeap::addr(page), page, class, dirty))
                }
            };
            let span = &mut self.spans[id as usize - 1];
            // A partial span has a free slot and a new one has only free slots; should one
            // have none after all, the next span is tried.
            let Some(i) = span.next_free() else { continue };
            self.current[class] = id;
            let (p, n) = (span.slot_addr(i) as *mut u8, span.elemsize);
            if span.needzero {
                // SAFETY: the slot is `n` bytes of heap memory that nothing uses.
                unsafe { zero_slot(p, n) };
            }
            self.since += n as u64;
            return Some(p);
        }
    }

    fn alloc_large(&mut self, size: usize) -> Option<*mut u8> {
        let npages = size.checked_next_multiple_of(PAGE_SIZE)? / PAGE_SIZE;
        let (page, dirty) = self.pages.alloc(npages)?;
        let span = Span::large(PageHeap::addr(page), page, npages, size);
        let (p, n) = (span.start as *mut u8, span.elemsize);
        if dirty {
            // SAFETY: the object's `n` bytes lie in the pages just handed out.
            unsafe { std::ptr::write_bytes(p, 0, n) };
        }
        self.new_span(span);
        self.since += (npages * PAGE_SIZE) as u64;
        Some(p)
    }

    /// Records `span` and maps its pages to it; returns its index + 1.
    fn new_span(&mut self, span: Span) -> u32 {
        let (page, npages) = (span.page, span.npages);
        let id = match self.free_ids.pop() {
            Some(i) => {
                self.spans[i as usize] = span;
                i + 1
            }
            None => {
                self.spans.push(span);
                self.spans.len() as u32
            }
        };
        self.page_map.set(page, npages, id);
        id
    }

    /// The span index and allocated slot that the word `w` points into, if any.
    #[inline]
    pub fn find(&self, w: usize) -> Option<(usize, usize)> {
        let id = self.page_map.get(w);
        if id == 0 {
            return None;
        }
        let i = id as usize - 1;
        Some((i, self.spans[i].slot_of(w)?))
    }

    /// Marks slot `slot` of span `span`; its address range if it was not marked yet.
    #[inline]
    pub fn mark(&mut self, span: usize, slot: usize) -> Option<(usize, usize)> {
        let s = &mut self.spans[span];
        if s.mark(slot) {
            let p = s.slot_addr(slot);
            Some((p, p + s.elemsize))
        } else {
            None
        }
    }

    /// Frees every object not marked since the last sweep, clears the marks, and starts
    /// a new pacing cycle.
    pub fn sweep(&mut self) {
        self.current = [0; NUM_CLASSES];
        for l in &mut self.partial {
            l.clear();
        }
        let mut live = 0u64;
        for i in 0..self.spans.len() {
            let s = &mut self.spans[i];
            if s.nelems == 0 {
                continue; // freed entry
            }
            let n = s.sweep();
            if n == 0 {
                self.free_span(i);
                continue;
            }
            live += (n * s.elemsize) as u64;
            if s.class != 0 && n < s.nelems {
                self.partial[s.class].push(i as u32 + 1);
            }
        }
        // Allocate from the lowest spans first, keeping the heap compact.
        for l in &mut self.partial {
            l.reverse();
        }
        self.live = live;
        self.since = 0;
    }

    fn free_span(&mut self, i: usize) {
        let s = &mut self.spans[i];
        let (page, npages) = (s.page, s.npages);
        s.nelems = 0;
        self.page_map.set(page, npages, 0);
        self.pages.free(page, npages, true);
        self.free_ids.push(i as u32);
    }

    /// Live bytes found by the last collection.
    pub fn live_bytes(&self) -> u64 {
        self.live
    }
}
