//! Byte offset to gc's `line:col` (both 1-based, the column counted in bytes).

/// Start offsets of every line of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex::from_bytes(text.as_bytes())
    }

    /// The index of raw source bytes (which may not be UTF-8): lines end at `\n` bytes.
    pub fn from_bytes(src: &[u8]) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, &b) in src.iter().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// The 1-based line and byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn columns_are_bytes_and_one_based() {
        let idx = LineIndex::new("ab\nçd\n");
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(2), (1, 3));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(5), (2, 3));
    }

    #[test]
    fn raw_bytes_index_like_text() {
        let idx = LineIndex::from_bytes(b"a\xff\nb");
        assert_eq!(idx.line_col(2), (1, 3));
        assert_eq!(idx.line_col(3), (2, 1));
    }
}
