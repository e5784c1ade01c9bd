//! `golift clif`'s text: a function's Cranelift IR with its Go source lines interleaved as
//! `golift asm` shows them, each run of instructions from one line under a
//! `; ./x.go:12  x := f()` comment (instructions without a location belong to a line as in
//! asm). The IR itself is [`crate::compile::ClifListing`]'s.

use golift_hir::{Db, Package};

use crate::compile::ClifListing;
use crate::source_lines::{
    attribute_unlocated, func_line, package_paths, source_header, source_line,
};
use crate::FuncOut;

/// The IR of `o` with its source lines.
pub(crate) fn render(db: &dyn Db, package: Package, o: &FuncOut<'_>, l: &ClifListing) -> String {
    let mut lines: Vec<_> = l
        .insts
        .iter()
        .map(|(loc, _)| loc.and_then(|loc| source_line(db, package, o, loc)))
        .collect();
    attribute_unlocated(&mut lines, func_line(db, o));
    let paths = package_paths(db, package);
    let mut out = String::new();
    let mut current = None;
    for (inst, text) in &l.lines {
        if let Some(line) = inst.and_then(|i| lines.get(i)) {
            if current != Some(*line) {
                current = Some(*line);
                out.push_str("; ");
                out.push_str(&source_header(&paths, *line));
                out.push('\n');
            }
        }
        out.push_str(text);
        out.push('\n');
    }
    out
}
