//! gc 1.19's size classes (runtime/sizeclasses.go): the slot sizes small objects are
//! rounded up to, how many 8 KiB pages a span of each class takes, and the size → class
//! lookup. Used by the allocator (`heap.rs`) and by `growslice`/`roundupsize`, so that
//! `cap()` after `append` matches gc. Nothing here allocates.

/// The heap's page size (gc's `_PageSize`).
pub const PAGE_SIZE: usize = 8192;
/// The largest size served from a size class (gc's `_MaxSmallSize`); larger objects get
/// whole pages.
pub const MAX_SMALL_SIZE: usize = 32768;
/// The number of classes, class 0 (large objects) included.
pub const NUM_CLASSES: usize = 68;

/// gc 1.19's `class_to_size`.
pub const CLASS_TO_SIZE: [u16; NUM_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// gc 1.19's `class_to_allocnpages`: pages per span of each class.
pub const CLASS_TO_NPAGES: [u8; NUM_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

/// Sizes up to this use [`SIZE_TO_CLASS8`] (gc's `smallSizeMax`).
const SMALL_SIZE_MAX: usize = 1024;

/// The smallest class whose size is at least `size`.
const fn class_for(size: usize) -> u8 {
    let mut c = 1;
    while (CLASS_TO_SIZE[c] as usize) < size {
        c += 1;
    }
    c as u8
}

/// Class of sizes `8*(i-1)+1 ..= 8*i`, for sizes up to 1024 (gc's `size_to_class8`).
const SIZE_TO_CLASS8: [u8; SMALL_SIZE_MAX / 8 + 1] = {
    let mut t = [0u8; SMALL_SIZE_MAX / 8 + 1];
    let mut i = 1;
    while i < t.len() {
        t[i] = class_for(i * 8);
        i += 1;
    }
    t
};

/// Class of sizes above 1024 in 128-byte steps (gc's `size_to_class128`).
const SIZE_TO_CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / 128 + 1] = {
    let mut t = [0u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / 128 + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = class_for(SMALL_SIZE_MAX + i * 128);
        i += 1;
    }
    t
};

/// The class of a small object of `size` bytes (`1 <= size <= MAX_SMALL_SIZE`).
#[inline]
pub fn size_to_class(size: usize) -> usize {
    if size <= SMALL_SIZE_MAX {
        SIZE_TO_CLASS8[size.div_ceil(8)] as usize
    } else {
        SIZE_TO_CLASS128[(size - SMALL_SIZE_MAX).div_ceil(128)] as usize
    }
}

/// gc's `roundupsize`: the size of the block `mallocgc` really hands out for `size` bytes.
pub fn roundupsize(size: u64) -> u64 {
    if size == 0 {
        0
    } else if size <= MAX_SMALL_SIZE as u64 {
        u64::from(CLASS_TO_SIZE[size_to_class(size as usize)])
    } else if size.checked_add(PAGE_SIZE as u64).is_none() {
        size
    } else {
        size.div_ceil(PAGE_SIZE as u64) * PAGE_SIZE as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_picks_the_smallest_fitting_class() {
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_TO_SIZE[c] as usize >= size, "size {size}");
            assert!(
                c == 1 || (CLASS_TO_SIZE[c - 1] as usize) < size,
                "size {size}"
            );
        }
    }

    #[test]
    fn lookup_tables_match_gc() {
        // Spot values of gc 1.19's size_to_class8 / size_to_class128.
        assert_eq!(&SIZE_TO_CLASS8[..12], &[0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8]);
        assert_eq!(SIZE_TO_CLASS8[128], 32);
        assert_eq!(&SIZE_TO_CLASS128[..8], &[32, 33, 34, 35, 36, 37, 37, 38]);
        assert_eq!(SIZE_TO_CLASS128[SIZE_TO_CLASS128.len() - 1], 67);
    }

    #[test]
    fn roundupsize_classes() {
        assert_eq!(roundupsize(0), 0);
        assert_eq!(roundupsize(1), 8);
        assert_eq!(roundupsize(33), 48);
        assert_eq!(roundupsize(1025), 1152);
        assert_eq!(roundupsize(32768), 32768);
        assert_eq!(roundupsize(32769), 40960);
    }
}
