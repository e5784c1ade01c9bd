//! Go source text to syntax tree: the lexer, the parser and the tree they build.
//!
//! Pure functions of the text: no salsa, no IO. The `hir` crate wraps [`parse`] in the
//! `parse` query. Positions are byte offsets; [`LineIndex`] turns them into gc's
//! `line:col` (1-based, columns counted in bytes).
//!
//! Errors follow gc 1.19's `syntax` package: same messages, same positions, same
//! recovery, plus gc's branch checks (labels, goto, break/continue/fallthrough) on
//! bodies that parsed cleanly. [`ast::File::errors`] is in the order gc finds them,
//! already filtered as gc's `base.ErrorfAt` does (one `syntax error` per line; equal
//! non-syntax errors on one line once). [`gc_error_lines`] prints them as gc does: in
//! order up to the 10th (then `path:line:col: too many errors` at the 10th), sorted by
//! position (columns clamped at 255), positions by [`format_pos`] and messages by
//! [`render_message`]. gc stops before type checking only when some message
//! starts with `syntax error`; lexical errors such as `newline in string` let type
//! checking go on. `//go:` directives are checked as gc's noder does while parsing
//! (misplaced, runtime-, cgo- or std-only; see [`Options::std`]).
//!
//! Not handled here: `//line` directives (positions are never remapped), directives
//! left unused by non-function declarations (gc reports those after type checking),
//! import path validity (a type-checking error).

pub mod ast;
mod branches;
mod directive;
pub mod dump;
mod lexer;
mod line_index;
pub mod literal;
mod parser;
pub mod printer;
mod token;
mod unicode_tables;

pub use line_index::LineIndex;

/// Parses one Go source file. Never fails: syntax errors are in `File::errors`.
pub fn parse(text: &str) -> ast::File {
    parse_bytes(text.as_bytes())
}

/// Parses raw bytes: invalid UTF-8 and NUL bytes are reported as gc reports them.
///
/// Nesting deeper than the parser's limit (200,000 levels) is a syntax error. gc has no
/// limit (it compiles 100,000 nested parentheses and dies of a stack overflow at a
/// million), so the limit is golift's, far above what real code nests. Parsing
/// never overflows the caller's stack: see [`parse_with`].
pub fn parse_bytes(src: &[u8]) -> ast::File {
    parse_with(src, Options::default())
}

/// How to parse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Parse as part of the standard library (gc's `-std`, runtime included): the
    /// `//go:` directives reserved for it are allowed, unknown ones are not.
    pub std: bool,
}

/// [`parse_bytes`] with options.
///
/// The parser recurses once or more per nesting level (about 2.5 KiB of stack per
/// level in unoptimised builds). A file is first parsed on the caller's stack with
/// nesting limited to [`SHALLOW_DEPTH`] levels, which real code stays under; only a
/// file that nests deeper is parsed again, on a thread of its own with a stack large
/// enough for the parser's full limit.
pub fn parse_with(src: &[u8], options: Options) -> ast::File {
    if let Some(file) = parser::parse_file(src, options.std, SHALLOW_DEPTH) {
        return file;
    }
    // Reserved, touched only as deep as the input nests.
    const STACK: usize = 1 << 30;
    let run = || {
        parser::parse_file(src, options.std, parser::MAX_DEPTH)
            .expect("the full depth limit reports nesting as an error")
    };
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .stack_size(STACK)
            .spawn_scoped(s, run)
        {
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            Err(_) => run(),
        }
    })
}

/// Nesting a parse on the caller's stack may reach (at most a few hundred KiB of
/// stack, unoptimised) before [`parse_with`] moves to a thread with a larger stack.
const SHALLOW_DEPTH: u32 = 100;

/// Renders a [`ast::SyntaxError::message`] for printing: replaces each embedded
/// position `{@OFFSET}` (used by messages that mention a second place, such as
/// `label L already defined at {@123}`) with `path:line:col`.
pub fn render_message(message: &str, path: &str, index: &LineIndex) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("{@") {
        let after = &rest[i + 2..];
        match after
            .find('}')
            .and_then(|j| after[..j].parse::<u32>().ok().map(|o| (j, o)))
        {
            Some((j, off)) => {
                let (l, c) = index.line_col(off);
                out.push_str(&rest[..i]);
                out.push_str(&format!("{path}:{l}:{c}"));
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[..i + 2]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One file's syntax errors as gc prints them, a line each: the first 10 in the order
/// found (the 10th followed by `path:line:col: too many errors`), sorted by position
/// with columns clamped at 255, equal lines once.
pub fn gc_error_lines(path: &str, index: &LineIndex, errors: &[ast::SyntaxError]) -> Vec<String> {
    gc_error_lines_max(path, index, errors, Some(10))
}

/// [`gc_error_lines`] stopping after `max` errors (`None`: all of them, gc's `-e`).
pub fn gc_error_lines_max(
    path: &str,
    index: &LineIndex,
    errors: &[ast::SyntaxError],
    max: Option<usize>,
) -> Vec<String> {
    let mut lines: Vec<((u32, u32), String)> = Vec::new();
    let mut too_many = None;
    for e in errors {
        let (l, c) = index.line_col(e.offset);
        let pos = format_pos(path, l, c);
        lines.push((
            (l, c.min(255)),
            format!("{pos}: {}", render_message(&e.message, path, index)),
        ));
        if max.is_some_and(|m| lines.len() >= m) {
            too_many = Some(format!("{pos}: too many errors"));
            break;
        }
    }
    lines.sort_by_key(|(p, _)| *p);
    lines.dedup_by(|a, b| a.1 == b.1);
    let mut out: Vec<String> = lines.into_iter().map(|(_, l)| l).collect();
    out.extend(too_many);
    out
}

/// gc's `path:line:col` for a diagnostic position: gc stores columns in 8 bits and
/// lines in 20, so a column of 255 or more is left out (`path:line`) and huge line
/// numbers saturate.
pub fn format_pos(path: &str, line: u32, col: u32) -> String {
    const LINE_MAX: u32 = (1 << 20) - 2;
    const COL_MAX: u32 = 255;
    let (line, col) = if line >= LINE_MAX {
        (LINE_MAX, 0)
    } else {
        (line, col.min(COL_MAX))
    };
    if 0 < col && col < COL_MAX {
        format!("{path}:{line}:{col}")
    } else {
        format!("{path}:{line}")
    }
}
