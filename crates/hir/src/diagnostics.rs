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

/// The message for Go that golift cannot compile yet: `<what> not supported yet`. Every
/// such message is made here (codegen uses it too), so they can be told apart from Go's
/// own errors by [`Diagnostic::is_not_supported`].
pub fn not_supported(what: &str) -> String {
    format!("{what} {NOT_SUPPORTED}")
}

const NOT_SUPPORTED: &str = "not supported yet";

impl Diagnostic {
    /// A limitation of golift rather than an error in the Go program.
    pub fn is_not_supported(&self) -> bool {
        is_not_supported(&self.message)
    }
}

/// Whether `message` (or a rendered line ending in it) is one made by [`not_supported`].
pub fn is_not_supported(message: &str) -> bool {
    message.ends_with(NOT_SUPPORTED)
}
