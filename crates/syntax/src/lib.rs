//! Go source text to syntax tree: the lexer, the parser and the tree they build.
//!
//! Pure functions of the text: no salsa, no IO. The `hir` crate wraps [`parse`] in the
//! `parse` query. Positions are byte offsets; [`LineIndex`] turns them into gc's
//! `line:col` (1-based, columns counted in bytes).

pub mod ast;
pub mod dump;
mod lexer;
mod line_index;
pub mod literal;
mod parser;
pub mod pos;
pub mod printer;
mod token;

pub use line_index::LineIndex;

/// Parses one Go source file. Never fails: syntax errors are in `File::errors`.
pub fn parse(text: &str) -> ast::File {
    parser::parse_file(text.as_bytes())
}

/// Parses raw bytes: invalid UTF-8 and NUL bytes are reported as gc reports them.
pub fn parse_bytes(src: &[u8]) -> ast::File {
    parser::parse_file(src)
}
