//! The page map: from any address to the span holding its page (gc's two-level
//! `arenas` map and `spans` table): one entry per 64 MiB arena of the address space
//! (allocated zeroed, so untouched parts cost no memory), and per arena in use one span
//! index per page. Finding the span of a word is three loads; a word outside the heap
//! finds nothing. It stores span indexes; what they mean is `heap.rs`'s.

use crate::pageheap::{ADDR_LIMIT, ARENA_PAGES, ARENA_SIZE};
use crate::sizeclass::PAGE_SIZE;

pub struct PageMap {
    /// Arena number (`addr / ARENA_SIZE`) -> index + 1 into `maps` (0: not heap).
    arenas: Vec<u32>,
    /// Per arena in use: page within the arena -> span index + 1 (0: no span).
    maps: Vec<Box<[u32]>>,
}

impl Default for PageMap {
    fn default() -> Self {
        Self::new()
    }
}

impl PageMap {
    pub const fn new() -> Self {
        PageMap {
            arenas: Vec::new(),
            maps: Vec::new(),
        }
    }

    /// The span index + 1 recorded for the page holding `addr` (0: none).
    #[inline]
    pub fn get(&self, addr: usize) -> u32 {
        match self.arenas.get(addr / ARENA_SIZE) {
            Some(&m) if m != 0 => self.maps[m as usize - 1][(addr / PAGE_SIZE) % ARENA_PAGES],
            _ => 0,
        }
    }

    /// Records `id` (span index + 1, or 0 to clear) for pages `[page, page + npages)`,
    /// which lie below [`ADDR_LIMIT`].
    pub fn set(&mut self, page: usize, npages: usize, id: u32) {
        if self.arenas.is_empty() {
            self.arenas = vec![0; ADDR_LIMIT / ARENA_SIZE];
        }
        for p in page..page + npages {
            let a = p / ARENA_PAGES;
            if self.arenas[a] == 0 {
                self.maps.push(vec![0; ARENA_PAGES].into_boxed_slice());
                self.arenas[a] = self.maps.len() as u32;
            }
            self.maps[self.arenas[a] as usize - 1][p % ARENA_PAGES] = id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_map_to_their_span_and_nothing_else_does() {
        let mut m = PageMap::new();
        let page = 3 * ARENA_PAGES - 2; // a run across two arenas
        m.set(page, 4, 7);
        let addr = page * PAGE_SIZE;
        assert_eq!(m.get(addr), 7);
        assert_eq!(m.get(addr + 4 * PAGE_SIZE - 1), 7);
        assert_eq!(m.get(addr + 4 * PAGE_SIZE), 0);
        assert_eq!(m.get(addr - 1), 0);
        assert_eq!(m.get(0), 0);
        assert_eq!(m.get(usize::MAX), 0);
        m.set(page, 4, 0);
        assert_eq!(m.get(addr + PAGE_SIZE), 0);
    }
}
