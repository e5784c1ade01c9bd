//! The heap's pages: 8 KiB pages numbered by address (`addr / PAGE_SIZE`), obtained from
//! the system in arenas of [`ARENA_SIZE`] (64 MiB, aligned, mapped as needed, as gc's
//! heap arenas; never one huge reservation, which emulators such as qemu-user pay for
//! page by page) and handed out as runs. Freed runs are coalesced with their neighbours
//! and reused best-fit; each free run remembers whether its memory may be dirty (not all
//! zero). Freed runs of at least [`RELEASE_MIN_PAGES`] are given back to the operating
//! system (replaced by fresh zero pages), so a heap that shrank does not keep its peak
//! resident size. This module knows nothing of objects or spans.

use crate::sizeclass::PAGE_SIZE;
use crate::sys;
use std::collections::{BTreeMap, BTreeSet};

/// Memory is taken from the system in aligned arenas of this size.
pub const ARENA_SIZE: usize = 64 << 20;
/// Pages per arena.
pub const ARENA_PAGES: usize = ARENA_SIZE / PAGE_SIZE;
/// Addresses the heap may use are below this (48-bit user address spaces).
pub const ADDR_LIMIT: usize = 1 << 48;
/// Freed runs of at least this many pages (1 MiB) go back to the operating system.
pub const RELEASE_MIN_PAGES: usize = 128;

pub struct PageHeap {
    /// Free runs: first page -> (pages, dirty).
    by_start: BTreeMap<usize, (usize, bool)>,
    /// The same runs as (pages, first page), for best fit.
    by_size: BTreeSet<(usize, usize)>,
    /// The arenas mapped so far: (address, bytes).
    arenas: Vec<(usize, usize)>,
}

impl Default for PageHeap {
    fn default() -> Self {
        Self::new()
    }
}

impl PageHeap {
    pub const fn new() -> Self {
        PageHeap {
            by_start: BTreeMap::new(),
            by_size: BTreeSet::new(),
            arenas: Vec::new(),
        }
    }

    /// The address of page `page`.
    #[inline]
    pub fn addr(page: usize) -> usize {
        page * PAGE_SIZE
    }

    /// Maps a new arena of at least `npages` pages (a multiple of [`ARENA_SIZE`], aligned
    /// to it) and adds it as a clean free run; false when the system refuses.
    fn grow(&mut self, npages: usize) -> bool {
        let Some(size) = npages
            .checked_mul(PAGE_SIZE)
            .and_then(|b| b.checked_next_multiple_of(ARENA_SIZE))
        else {
            return false;
        };
        let Some(len) = size.checked_add(ARENA_SIZE) else {
            return false;
        };
        // SAFETY: a fresh anonymous mapping at an address the kernel picks.
        let p = unsafe {
            sys::mmap(
                std::ptr::null_mut(),
                len,
                sys::PROT_READ | sys::PROT_WRITE,
                // Charged to the system's commit limit (no MAP_NORESERVE), so that a
                // request beyond what the machine has fails here, as gc's does.
                sys::MAP_PRIVATE | sys::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p as isize == -1 {
            return false;
        }
        // Keep the aligned `size` bytes inside; give back the ends.
        let (lo, hi) = (p as usize, p as usize + len);
        let start = lo.next_multiple_of(ARENA_SIZE);
        // SAFETY: both ends lie inside the mapping just made, and nothing uses them.
        unsafe {
            if start > lo {
                sys::munmap(lo as *mut _, start - lo);
            }
            if hi > start + size {
                sys::munmap((start + size) as *mut _, hi - start - size);
            }
        }
        if start + size > ADDR_LIMIT {
            // SAFETY: our own mapping, unused.
            unsafe { sys::munmap(start as *mut _, size) };
            return false;
        }
        self.arenas.push((start, size));
        self.free(start / PAGE_SIZE, size / PAGE_SIZE, false);
        true
    }

    /// A run of `npages` pages: its first page and whether it may be dirty; `None` when
    /// the memory is exhausted.
    pub fn alloc(&mut self, npages: usize) -> Option<(usize, bool)> {
        if self.by_size.range((npages, 0)..).next().is_none() && !self.grow(npages) {
            return None;
        }
        let &(len, start) = self.by_size.range((npages, 0)..).next()?;
        self.by_size.remove(&(len, start));
        let (_, dirty) = self.by_start.remove(&start)?;
        if len > npages {
            self.insert(start + npages, len - npages, dirty);
        }
        Some((start, dirty))
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
        let addr = Self::addr(page);
        // SAFETY: the run lies inside one of our arenas and holds no live object.
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
        for &(start, size) in &self.arenas {
            // SAFETY: unmaps exactly our arenas; nothing uses them any more.
            unsafe { sys::munmap(start as *mut _, size) };
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
        assert_eq!((b, c), (a + 2, a + 5));
        assert_eq!(PageHeap::addr(a) % ARENA_SIZE, 0, "arenas are aligned");
        assert!(!da, "fresh pages are zero");
        // Fresh memory is writable.
        // SAFETY: page `a` was just handed out.
        unsafe { (PageHeap::addr(a) as *mut u64).write(7) };
        h.free(a, 2, true);
        h.free(b, 3, true);
        // One dirty run of 5 now: a request for 4 takes its start and leaves 1.
        assert_eq!(h.alloc(4), Some((a, true)));
        assert_eq!(h.alloc(1), Some((a + 4, true)));
        assert_eq!(h.alloc(1), Some((a + 6, false)));
    }

    #[test]
    fn released_runs_come_back_zeroed() {
        let mut h = PageHeap::new();
        let (a, _) = h.alloc(RELEASE_MIN_PAGES).expect("memory");
        // SAFETY: the run was just handed out.
        unsafe { (PageHeap::addr(a + 5) as *mut u64).write(0xdead) };
        h.free(a, RELEASE_MIN_PAGES, true);
        let (b, dirty) = h.alloc(RELEASE_MIN_PAGES).expect("memory");
        assert_eq!((b, dirty), (a, false));
        // SAFETY: handed out again just above.
        assert_eq!(unsafe { (PageHeap::addr(a + 5) as *const u64).read() }, 0);
    }

    #[test]
    fn runs_larger_than_an_arena_get_arenas_of_their_own() {
        let mut h = PageHeap::new();
        let (a, _) = h.alloc(1).expect("memory");
        let (b, _) = h.alloc(ARENA_PAGES + 1).expect("memory");
        assert!(
            b + ARENA_PAGES < a || b > a,
            "not inside the first arena's run"
        );
        // SAFETY: the last page of the big run was handed out.
        unsafe { (PageHeap::addr(b + ARENA_PAGES) as *mut u64).write(1) };
        assert_eq!(h.arenas.len(), 2);
    }
}
