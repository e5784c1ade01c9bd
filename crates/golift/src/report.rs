//! Rendering compile errors once, at the edge, the way gc prints them.
//!
//! Which errors and in what order is the type checker's decision
//! (`golift_hir::package_diagnostics`: gc's ten-error limit, sorting and the closing
//! `too many errors`; `package_diagnostics_all` for `-e`). Here they become text:
//! positions in gc's format (no column past 255) and a second position inside a message
//! (`{@OFFSET}`, "label L already defined at ...") rendered too. `-m` notes are rendered
//! by the escape crate, in gc's order.

use golift_hir::{line_index, Db, SourceFile};
use golift_syntax::{format_pos, render_message};

/// A message at a position, not yet rendered.
pub struct Located {
    pub file: SourceFile,
    pub offset: u32,
    pub message: String,
}

fn render_one(db: &dyn Db, d: &Located) -> String {
    let (line, col) = line_index(db, d.file).line_col(d.offset);
    let path = d.file.path(db);
    let message = render_message(&d.message, path, line_index(db, d.file));
    format!("{}: {}", format_pos(path, line, col), message)
}

/// Compile errors as gc prints them, in the order given (the type checker has already
/// applied gc's ten-error limit and sorting).
pub fn render_errors(db: &dyn Db, items: Vec<Located>) -> String {
    let mut out = String::new();
    for d in &items {
        out.push_str(&render_one(db, d));
        out.push('\n');
    }
    out
}
