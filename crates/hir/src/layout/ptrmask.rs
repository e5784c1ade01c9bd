//! The pointer bitmap of a type, as gc's `typebits.Set` builds it: one bit per
//! pointer-sized word, set when the word holds a pointer the garbage collector must
//! follow, covering the words up to `ptrdata` (gc's `PtrDataSize`).
//!
//! Like gc (`reflectdata.dgcsym`), a type with more than [`MAX_PTRMASK_WORDS`] words of
//! `ptrdata` has no bitmap: gc emits a GC program for it, which is not modelled here.
//! golift's runtime collector is conservative and reads none of this yet.

use super::{Repr, PTR_SIZE};

/// gc's `maxPtrmaskBytes` (2048) in bits: the most words a bitmap describes.
pub const MAX_PTRMASK_WORDS: u64 = 2048 * 8;

/// One bit per word, from word 0 to the last pointer word.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PtrMask {
    bits: Vec<u64>,
    len: u64,
}

impl PtrMask {
    pub(super) fn empty() -> PtrMask {
        PtrMask::default()
    }

    fn with_len(len: u64) -> PtrMask {
        let chunks = usize::try_from(len.div_ceil(64)).unwrap_or(0);
        PtrMask {
            bits: vec![0; chunks],
            len,
        }
    }

    /// The mask of a flat value's components (in-memory basic types have none).
    pub(super) fn from_repr(repr: &Repr) -> PtrMask {
        let words = repr
            .scalars()
            .iter()
            .filter(|s| s.is_pointer)
            .map(|s| u64::from(s.offset) / PTR_SIZE + 1)
            .max()
            .unwrap_or(0);
        let mut m = PtrMask::with_len(words);
        for s in repr.scalars().iter().filter(|s| s.is_pointer) {
            m.set(u64::from(s.offset) / PTR_SIZE);
        }
        m
    }

    /// A mask covering `ptrdata` bytes filled in by `fill`, or `None` when it would be too
    /// large (gc uses a GC program) or `fill` finds a part without a mask.
    pub(super) fn build(
        ptrdata: u64,
        fill: impl FnOnce(&mut PtrMask) -> Option<()>,
    ) -> Option<PtrMask> {
        let words = ptrdata / PTR_SIZE;
        if words > MAX_PTRMASK_WORDS {
            return None;
        }
        let mut m = PtrMask::with_len(words);
        fill(&mut m)?;
        Some(m)
    }

    /// Sets the bits of `other`, shifted to start at word `at` (bits past the end are
    /// dropped).
    pub(super) fn or_at(&mut self, at: u64, other: &PtrMask) {
        for i in other.ones() {
            self.set(at.saturating_add(i));
        }
    }

    fn set(&mut self, word: u64) {
        if word < self.len {
            if let Some(chunk) = usize::try_from(word / 64)
                .ok()
                .and_then(|c| self.bits.get_mut(c))
            {
                *chunk |= 1 << (word % 64);
            }
        }
    }

    /// Number of words described (`ptrdata / 8`).
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether word `word` holds a pointer.
    pub fn get(&self, word: u64) -> bool {
        word < self.len
            && usize::try_from(word / 64)
                .ok()
                .and_then(|c| self.bits.get(c))
                .is_some_and(|chunk| chunk >> (word % 64) & 1 == 1)
    }

    /// The words that hold pointers, in order.
    pub fn ones(&self) -> impl Iterator<Item = u64> + '_ {
        (0..self.len).filter(|&w| self.get(w))
    }

    /// The bytes covered: `len` words.
    pub(super) fn ptrdata(&self) -> u64 {
        self.len * PTR_SIZE
    }

    /// The mask as gc's bits read in word order, `1` for a pointer (`"0101"`).
    pub fn to_bit_string(&self) -> String {
        (0..self.len)
            .map(|w| if self.get(w) { '1' } else { '0' })
            .collect()
    }
}
