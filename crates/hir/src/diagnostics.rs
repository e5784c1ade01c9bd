//! Diagnostics as data: where (file and absolute byte offset) and what (gc's words).

use crate::SourceFile;

/// One compile error or note, rendered by the driver as `path:line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub file: SourceFile,
    /// Absolute byte offset in `file`.
    pub offset: u32,
    pub message: String,
}
