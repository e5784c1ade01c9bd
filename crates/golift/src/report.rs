//! Rendering diagnostics once, at the edge, the way gc prints them:
//! `path:line:col: message`, sorted by position.
//!
//! Compile errors are sorted by position and stop after ten with `too many errors`
//! (gc's limit). `-m` notes are rendered by the escape crate, in gc's order.

use golift_hir::{line_index, Db, SourceFile};

/// A message at a position, not yet rendered.
pub struct Located {
    pub file: SourceFile,
    pub offset: u32,
    pub message: String,
}

/// Sorts by (file order, line, column), keeping emission order for equal positions, and
/// drops exact repeats, as gc's `FlushErrors` does.
fn sorted_lines(db: &dyn Db, files: &[SourceFile], items: Vec<Located>) -> Vec<String> {
    let mut keyed: Vec<((usize, u32, u32), String)> = items
        .into_iter()
        .map(|d| {
            let (line, col) = line_index(db, d.file).line_col(d.offset);
            let file_order = files
                .iter()
                .position(|f| *f == d.file)
                .unwrap_or(usize::MAX);
            let text = format!("{}:{}:{}: {}", d.file.path(db), line, col, d.message);
            ((file_order, line, col), text)
        })
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    let mut out: Vec<String> = Vec::with_capacity(keyed.len());
    for (_, line) in keyed {
        if out.last() != Some(&line) {
            out.push(line);
        }
    }
    out
}

/// Compile errors as gc prints them: at most ten, then `too many errors`, unless
/// `all` (gc's `-e`).
pub fn render_errors(db: &dyn Db, files: &[SourceFile], items: Vec<Located>, all: bool) -> String {
    let lines = sorted_lines(db, files, items);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i == 10 && !all {
            out.push_str("too many errors\n");
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
