//! A span: a run of heap pages holding either equal-size slots of one size class or one
//! large object, with its allocation and mark bitmaps (gc's `mspan`, `allocBits`,
//! `gcmarkBits`). It finds free slots, maps an address to the allocated slot holding it
//! in O(1) (gc's `divMagic` reciprocal), and sweeps by making the mark bits the new
//! allocation bits. It neither gets pages nor decides when to collect (`heap.rs`).

use crate::sizeclass::{CLASS_TO_NPAGES, CLASS_TO_SIZE, PAGE_SIZE};

/// The most slots a span has (class 1, 8-byte slots, one page).
pub const MAX_SLOTS: usize = PAGE_SIZE / 8;
const WORDS: usize = MAX_SLOTS / 64;

pub struct Span {
    /// The first slot's address.
    pub start: usize,
    /// The first page (index from the arena's base) and the number of pages.
    pub page: usize,
    pub npages: usize,
    /// The size class; 0 for a large object (one slot).
    pub class: usize,
    /// Slot size (for a large object: its size rounded up to 8 bytes).
    pub elemsize: usize,
    pub nelems: usize,
    /// `u32::MAX / elemsize + 1`: `(offset * divmul) >> 32 == offset / elemsize` for every
    /// offset inside the span; 0 for a large object.
    divmul: u32,
    /// Slots below this are allocated (since the last sweep); the ones above are
    /// allocated when their `alloc_bits` bit is set (gc's `freeindex`).
    free_index: usize,
    /// The free slots from `free_index` to the end of its bitmap word, bit 0 being
    /// `free_index` (gc's `allocCache`), and the next bitmap word to load.
    cache: u64,
    next_word: usize,
    /// Whether free slots may hold old data (so must be zeroed when handed out).
    pub needzero: bool,
    alloc_bits: [u64; WORDS],
    mark_bits: [u64; WORDS],
}

impl Span {
    /// A span of class `class` over pages starting at `page` (address `start`).
    pub fn small(start: usize, page: usize, class: usize, needzero: bool) -> Span {
        let elemsize = CLASS_TO_SIZE[class] as usize;
        let npages = CLASS_TO_NPAGES[class] as usize;
        Span {
            start,
            page,
            npages,
            class,
            elemsize,
            nelems: npages * PAGE_SIZE / elemsize,
            divmul: (u32::MAX / elemsize as u32).wrapping_add(1),
            free_index: 0,
            cache: 0,
            next_word: 0,
            needzero,
            alloc_bits: [0; WORDS],
            mark_bits: [0; WORDS],
        }
    }

    /// A span holding one allocated object of `size` bytes over `npages` pages.
    pub fn large(start: usize, page: usize, npages: usize, size: usize) -> Span {
        let mut alloc_bits = [0; WORDS];
        alloc_bits[0] = 1;
        Span {
            start,
            page,
            npages,
            class: 0,
            elemsize: size.next_multiple_of(8),
            nelems: 1,
            divmul: 0,
            free_index: 1,
            cache: 0,
            next_word: WORDS,
            needzero: false,
            alloc_bits,
            mark_bits: [0; WORDS],
        }
    }

    /// Allocates the next free slot, returning its index.
    #[inline]
    pub fn next_free(&mut self) -> Option<usize> {
        match self.next_free_cached() {
            Some(i) => Some(i),
            None => self.next_free_refill(),
        }
    }

    /// [`Span::next_free`]'s fast path: the next free slot of the cached bitmap word,
    /// if it has one.
    #[inline(always)]
    pub fn next_free_cached(&mut self) -> Option<usize> {
        let c = self.cache;
        if c == 0 {
            return None;
        }
        let tz = c.trailing_zeros() as usize;
        let i = self.free_index + tz;
        if i >= self.nelems {
            return None;
        }
        self.cache = (c >> tz) >> 1;
        self.free_index = i + 1;
        Some(i)
    }

    /// [`Span::next_free`] when the cached word has no free slot left: loads the next
    /// bitmap word with one.
    #[inline(never)]
    fn next_free_refill(&mut self) -> Option<usize> {
        while self.next_word * 64 < self.nelems {
            let w = self.next_word;
            self.next_word += 1;
            self.free_index = w * 64;
            self.cache = !self.alloc_bits[w];
            if self.cache != 0 {
                let tz = self.cache.trailing_zeros() as usize;
                let i = self.free_index + tz;
                if i >= self.nelems {
                    break;
                }
                self.cache = (self.cache >> tz) >> 1;
                self.free_index = i + 1;
                return Some(i);
            }
        }
        self.free_index = self.nelems;
        self.cache = 0;
        None
    }

    /// The address of slot `i`.
    #[inline]
    pub fn slot_addr(&self, i: usize) -> usize {
        self.start + i * self.elemsize
    }

    /// The allocated slot that `addr` (an address inside the span's pages) points into.
    #[inline]
    pub fn slot_of(&self, addr: usize) -> Option<usize> {
        let off = addr - self.start;
        if off >= self.nelems * self.elemsize {
            return None;
        }
        let i = ((off as u64 * u64::from(self.divmul)) >> 32) as usize;
        (i < self.free_index || self.alloc_bits[i / 64] & (1 << (i % 64)) != 0).then_some(i)
    }

    /// Marks slot `i`; true if it was not marked yet.
    #[inline]
    pub fn mark(&mut self, i: usize) -> bool {
        let (w, b) = (i / 64, 1u64 << (i % 64));
        let new = self.mark_bits[w] & b == 0;
        self.mark_bits[w] |= b;
        new
    }

    /// Frees every unmarked slot and clears the marks; returns the number of live slots.
    pub fn sweep(&mut self) -> usize {
        // Freed slots hold old data.
        self.needzero = true;
        self.alloc_bits = self.mark_bits;
        self.mark_bits = [0; WORDS];
        self.free_index = 0;
        self.cache = 0;
        self.next_word = 0;
        self.alloc_bits
            .iter()
            .map(|w| w.count_ones() as usize)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sizeclass::NUM_CLASSES;

    #[test]
    fn divmul_gives_the_slot_of_every_offset() {
        for class in 1..NUM_CLASSES {
            let mut s = Span::small(0x10000, 1, class, false);
            while s.next_free().is_some() {}
            for off in 0..s.nelems * s.elemsize {
                assert_eq!(
                    s.slot_of(0x10000 + off),
                    Some(off / s.elemsize),
                    "class {class}"
                );
            }
            assert_eq!(s.slot_of(0x10000 + s.nelems * s.elemsize), None);
        }
    }

    #[test]
    fn slots_are_handed_out_once_and_freed_by_sweep() {
        let mut s = Span::small(0x10000, 1, 2, false);
        assert_eq!(s.nelems, 512);
        let got: Vec<usize> = std::iter::from_fn(|| s.next_free()).collect();
        assert_eq!(got, (0..512).collect::<Vec<_>>());
        assert_eq!(s.slot_of(0x10000 + 17), Some(1));
        assert!(s.mark(1));
        assert!(!s.mark(1));
        assert!(s.mark(300));
        assert_eq!(s.sweep(), 2);
        assert!(s.needzero);
        assert_eq!(s.slot_of(0x10000), None, "slot 0 was freed");
        assert_eq!(s.slot_of(0x10000 + 300 * 16 + 8), Some(300));
        let again: Vec<usize> = std::iter::from_fn(|| s.next_free()).take(3).collect();
        assert_eq!(again, [0, 2, 3]);
    }

    #[test]
    fn slots_not_handed_out_yet_are_not_objects() {
        let mut s = Span::small(0x10000, 1, 3, false);
        assert_eq!((s.next_free(), s.next_free()), (Some(0), Some(1)));
        assert_eq!(s.slot_of(0x10000 + 24 + 23), Some(1));
        assert_eq!(s.slot_of(0x10000 + 48), None);
        // Past a word boundary of the bitmap, after a sweep that kept slots 64 and 66.
        for _ in 2..70 {
            s.next_free();
        }
        s.mark(64);
        s.mark(66);
        assert_eq!(s.sweep(), 2);
        let got: Vec<usize> = std::iter::from_fn(|| s.next_free())
            .skip(63)
            .take(3)
            .collect();
        assert_eq!(got, [63, 65, 67]);
        assert_eq!(s.slot_of(0x10000 + 68 * 24), None);
        assert_eq!(s.slot_of(0x10000 + 66 * 24), Some(66));
    }

    #[test]
    fn a_large_object_is_one_allocated_slot() {
        let s = Span::large(0x20000, 4, 5, 40000);
        assert_eq!(s.slot_of(0x20000), Some(0));
        assert_eq!(s.slot_of(0x20000 + 39999), Some(0));
        assert_eq!(s.slot_of(0x20000 + 40000), None);
    }
}
