//! Printing `-m` locations and positions: the body node a location or note refers to,
//! as gc's `-m` prints it, through hir's lazy text of body nodes
//! ([`golift_hir::body::expr_text`], made by [`golift_hir::gc_text`] from the syntax the
//! node was lowered from), formatted only when it is reported.
//!
//! A position inside a message (`from &num (address-of) at ./x.go:14:9`) is written as
//! a marker `ESC unit US offset ESC` naming the declaration, and [`render_message`] turns
//! it into `path:line:col`, so that analysis results never depend on absolute offsets.

use golift_hir::body::{expr_text, global_init_text, stmt_text};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, NodeRef, Where};

pub(crate) const MARK: char = '\u{1b}';
pub(crate) const SEP: char = '\u{1f}';

impl Batch<'_> {
    pub(crate) fn pos_marker(&self, at: Where) -> String {
        format!("{MARK}{}{SEP}{}{MARK}", self.units[at.unit].key, at.pos)
    }

    /// How the node at `at` prints in gc's `-m` (hir makes the text from the syntax the
    /// node was lowered from, only now that it is reported).
    pub(crate) fn fmt_where(&self, at: Where) -> String {
        let Some(unit) = self.units.get(at.unit) else {
            return String::new();
        };
        let (db, owner, bsm) = (self.db, unit.owner, unit.body);
        match at.node {
            NodeRef::Expr(e) => expr_text(db, owner, bsm, e).unwrap_or_default(),
            NodeRef::Stmt(s) => stmt_text(db, owner, &bsm.source_map, s).unwrap_or_default(),
            NodeRef::Local(l) => bsm
                .body
                .locals
                .get(l)
                .map(|x| x.name.clone())
                .unwrap_or_default(),
            NodeRef::AutoTmp(n) => format!(".autotmp_{n}"),
            NodeRef::GlobalInit(init, i) => {
                global_init_text(db, owner, init, i).unwrap_or_default()
            }
        }
    }
}

/// Replaces position markers in a message with `path:line:col`, using `resolve` to
/// map (unit key, relative offset) to a printed position.
pub(crate) fn render_message(msg: &str, resolve: &dyn Fn(&str, u32) -> Option<String>) -> String {
    if !msg.contains(MARK) {
        return msg.to_string();
    }
    let mut out = String::new();
    let mut parts = msg.split(MARK);
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let mut inside = true;
    for p in parts {
        if inside {
            let (k, off) = p.split_once(SEP).unwrap_or((p, "0"));
            let off: u32 = off.parse().unwrap_or(0);
            out.push_str(&resolve(k, off).unwrap_or_else(|| "?".into()));
        } else {
            out.push_str(p);
        }
        inside = !inside;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{render_message, MARK, SEP};
    use golift_hir::gc_text::quote;

    #[test]
    fn markers_become_positions() {
        let msg = format!("    from &num (address-of) at {MARK}Fmain{SEP}7{MARK}");
        let out = render_message(&msg, &|k, o| Some(format!("./x.go:{k}:{o}")));
        assert_eq!(out, "    from &num (address-of) at ./x.go:Fmain:7");
    }

    #[test]
    fn strings_are_quoted_like_go() {
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
    }
}
