//! The heap's pages: one contiguous address range reserved (inaccessible) on first use
//! and made readable and writable from its start as the heap grows, handed out as runs of
//! 8 KiB pages. Freed runs are coalesced with their neighbours and reused best-fit;
//! each free run remembers whether its memory may be dirty (not all zero). Freed runs of
//! at least [`RELEASE_MIN_PAGES`] are given back to the operating system (replaced by
//! fresh zero pages), so a heap that shrank does not keep its peak resident size.
//!
//! Page 0 is never handed out: the arena's base address, which the heap's own statics
//! hold, then points at no object. This module knows nothing of objects or spans.

use crate::sizeclass::PAGE_SIZE;
use crate::sys;
use std::collections::{BTreeMap, BTreeSet};

/// The largest reservation tried; halved on failure down to [`RESERVE_MIN`].
const RESERVE_MAX: usize = 1 << 40;
const RESERVE_MIN: usize = 1 << 26;
/// The heap is made accessible in steps of this many pages (4 MiB).
const COMMIT_STEP_PAGES: usize = 512;
/// Freed runs of at least this many pages (1 MiB) go back to the operating system.
pub const RELEASE_MIN_PAGES: usize = 128;

pub struct PageHeap {
    /// The reservation's start (0 before the first allocation).
    base: usize,
    reserved_pages: usize,
    /// Pages `[0, committed_pages)` are readable and writable.
    committed_pages: usize,
    /// Pages `[top, committed_pages)` have never been handed out (and are zero).
    top: usize,
    /// Free runs: first page -> (pages, dirty).
    by_start: BTreeMap<usize, (usize, bool)>,
    /// The same runs as (pages, first page), for best fit.
    by_size: BTreeSet<(usize, usize)>,
}

impl Default for PageHeap {
    fn default() -> Self {
        Self::new()
    }
}

impl PageHeap {
    pub const fn new() -> Self {
        PageHeap {
            base: 0,
            reserved_pages: 0,
            committed_pages: 0,
            top: 1,
            by_start: BTreeMap::new(),
            by_size: BTreeSet::new(),
        }
    }

    /// The address of page 0 (0 before the first allocation).
    #[inline]
    pub fn base(&self) -> usize {
        self.base
    }

    /// The number of accessible pages from the base: every page handed out is below it.
    pub fn committed_pages(&self) -> usize {
        self.committed_pages
    }

    /// The address of page `page`.
    #[inline]
    pub fn addr(&self, page: usize) -> usize {
        self.base + page * PAGE_SIZE
    }

    /// Reserves the address range; false when not even [`RESERVE_MIN`] can be had.
    fn reserve(&mut self) -> bool {
        let mut size = RESERVE_MAX;
        while size >= RESERVE_MIN {
            // SAFETY: a fresh anonymous mapping at an address the kernel picks.
            let p = unsafe {
                sys::mmap(
                    std::ptr::null_mut(),
                    size,
                    sys::PROT_NONE,
                    sys::MAP_PRIVATE | sys::MAP_ANONYMOUS | sys::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p as isize != -1 {
                // Page-align the base (mmap gives 4 KiB alignment); the lost tail is unused.
                let base = (p as usize).next_multiple_of(PAGE_SIZE);
                self.base = base;
                self.reserved_pages = (size - (base - p as usize)) / PAGE_SIZE;
                return true;
            }
            size /= 2;
        }
        false
    }

    /// Makes pages up to `need` accessible; false when the reservation is exhausted or
    /// the system refuses the memory.
    fn commit(&mut self, need: usize) -> bool {
        if need <= self.committed_pages {
            return true;
        }
        let new = need
            .next_multiple_of(COMMIT_STEP_PAGES)
            .min(self.reserved_pages);
        if need > new {
            return false;
        }
        let from = self.addr(self.committed_pages);
        let len = (new - self.committed_pages) * PAGE_SIZE;
        // SAFETY: `[from, from + len)` lies inside our reservation.
        let r = unsafe { sys::mprotect(from as *mut _, len, sys::PROT_READ | sys::PROT_WRITE) };
        if r != 0 {
            return false;
        }
        self.committed_pages = new;
        true
    }

    /// A run of `npages` pages: its first page and whether it may be dirty; `None` when
    /// the memory is exhausted.
    pub fn alloc(&mut self, npages: usize) -> Option<(usize, bool)> {
        if let Some(&(len, start)) = self.by_size.range((npages, 0)..).next() {
            self.by_size.remove(&(len, start));
            let (_, dirty) = self.by_start.remove(&start)?;
            if len > npages {
                self.insert(start + npages, len - npages, dirty);
            }
            return Some((start, dirty));
        }
        if self.base == 0 && !self.reserve() {
            return None;
        }
        let start = self.top;
        let end = start.checked_add(npages)?;
        if !self.commit(end) {
            return None;
        }
        self.top = end;
        Some((start, false))
    }

    /// Returns the run `[page, page + npages)`; `dirty` when its memory may be non-zero.
    pub fn free(&mut self, mut page: usize, mut npages: usize, mut dirty: bool) {
        if dirty && npages >= RELEASE_MIN_PAGES && self.release(page, npages) {
            dirty = false;
        }
        if let Some((&p, &(len, d))) = self.by_start.range(..page).next_back() {
            if p + len == page {
                self.remove(p, len);
                page = p;
                npages += len;
                dirty |= d;
            }
        }
        if let Some(&(len, d)) = self.by_start.get(&(page + npages)) {
            self.remove(page + npages, len);
            npages += len;
            dirty |= d;
        }
        self.insert(page, npages, dirty);
    }

    /// Replaces the run's memory by fresh zero pages, giving the old ones back.
    fn release(&mut self, page: usize, npages: usize) -> bool {
        let addr = self.addr(page);
        // SAFETY: the run lies inside our reservation and holds no live object.
        let p = unsafe {
            sys::mmap(
                addr as *mut _,
                npages * PAGE_SIZE,
                sys::PROT_READ | sys::PROT_WRITE,
                sys::MAP_PRIVATE | sys::MAP_ANONYMOUS | sys::MAP_FIXED,
                -1,
                0,
            )
        };
        p as usize == addr
    }

    fn insert(&mut self, page: usize, npages: usize, dirty: bool) {
        self.by_start.insert(page, (npages, dirty));
        self.by_size.insert((npages, page));
    }

    fn remove(&mut self, page: usize, npages: usize) {
        self.by_start.remove(&page);
        self.by_size.remove(&(npages, page));
    }
}

impl Drop for PageHeap {
    fn drop(&mut self) {
        if self.base != 0 {
            // SAFETY: unmaps exactly our reservation; nothing uses it any more.
            unsafe { sys::munmap(self.base as *mut _, self.reserved_pages * PAGE_SIZE) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_reused_split_and_coalesced() {
        let mut h = PageHeap::new();
        let (a, da) = h.alloc(2).expect("memory");
        let (b, _) = h.alloc(3).expect("memory");
        let (c, _) = h.alloc(1).expect("memory");
        assert_eq!((a, b, c), (1, 3, 6));
        assert!(!da, "fresh pages are zero");
        // Fresh memory is writable.
        // SAFETY: page `a` was just handed out.
        unsafe { (h.addr(a) as *mut u64).write(7) };
        h.free(a, 2, true);
        h.free(b, 3, true);
        // One run of 5 now: a request for 4 takes its start and leaves 1.
        assert_eq!(h.alloc(4), Some((1, true)));
        assert_eq!(h.alloc(1), Some((5, true)));
        assert_eq!(h.alloc(1), Some((7, false)));
    }

    #[test]
    fn released_runs_come_back_zeroed() {
        let mut h = PageHeap::new();
        let (a, _) = h.alloc(RELEASE_MIN_PAGES).expect("memory");
        // SAFETY: the run was just handed out.
        unsafe { (h.addr(a + 5) as *mut u64).write(0xdead) };
        h.free(a, RELEASE_MIN_PAGES, true);
        let (b, dirty) = h.alloc(RELEASE_MIN_PAGES).expect("memory");
        assert_eq!((b, dirty), (a, false));
        // SAFETY: handed out again just above.
        assert_eq!(unsafe { (h.addr(a + 5) as *const u64).read() }, 0);
    }
}
