//! Printing `-m` locations and positions: the node a location or note refers to, as
//! gc's `-m` prints it, through hir's printer of gc's text ([`golift_hir::gc_text`]),
//! which formats a node only when it is reported.
//!
//! A position inside a message (`from &num (address-of) at ./x.go:14:9`) is written as
//! a marker `ESC unit US offset ESC` naming the declaration, and [`render_message`] turns
//! it into `path:line:col`, so that analysis results never depend on absolute offsets.

use golift_hir::gc_text::GcSyntax;

use crate::graph::ArenaGet as _;

use crate::build::Batch;
use crate::graph::{NodeRef, Where};

pub(crate) use golift_hir::gc_text::{gc_pos, stmt_pos};

pub(crate) const MARK: char = '\u{1b}';
pub(crate) const SEP: char = '\u{1f}';

impl Batch<'_> {
    /// hir's view of a unit's syntax as gc prints it.
    pub(crate) fn gc(&self, unit: usize) -> GcSyntax<'_> {
        let u = &self.units[unit];
        GcSyntax::new(self.db, u.decl, u.inf)
    }

    pub(crate) fn pos_marker(&self, at: Where) -> String {
        format!("{MARK}{}{SEP}{}{MARK}", self.units[at.unit].key, at.pos)
    }

    pub(crate) fn fmt_where(&self, at: Where) -> String {
        let unit = &self.units[at.unit];
        let gc = self.gc(at.unit);
        match at.node {
            NodeRef::Expr(e) | NodeRef::Conv(e) => gc.fmt_expr(e, 0),
            NodeRef::SelectorPrefix(e, n) => gc.fmt_selector(e, Some(n as usize)),
            NodeRef::VarArgs(_) => "... argument".into(),
            NodeRef::Stmt(s) => gc.fmt_stmt(s),
            NodeRef::Local(l) => unit
                .inf
                .locals
                .get(l)
                .map(|x| x.name.clone())
                .unwrap_or_default(),
            NodeRef::Result(i) => format!("~r{i}"),
            NodeRef::AutoTmp(n) => format!(".autotmp_{n}"),
            NodeRef::TmpAssign(n, e) => format!(".autotmp_{n} = {}", gc.fmt_expr(e, 0)),
            NodeRef::WrapperLit => "func literal".into(),
            NodeRef::VarSpec(s, i) => gc.var_spec_text(s, i as usize),
            NodeRef::GlobalInit(spec, i) => gc.global_init_text(spec as usize, i as usize),
            NodeRef::BExpr(e) => match (unit.func, unit.body) {
                (Some(f), Some(b)) => {
                    let owner = golift_hir::body::BodyOwner::Func(golift_hir::body::FuncId::new(f));
                    golift_hir::body::expr_text(self.db, owner, b, e).unwrap_or_default()
                }
                _ => String::new(),
            },
            NodeRef::BStmt(s) => match (unit.func, unit.body) {
                (Some(f), Some(b)) => {
                    let owner = golift_hir::body::BodyOwner::Func(golift_hir::body::FuncId::new(f));
                    golift_hir::body::stmt_text(self.db, owner, &b.source_map, s)
                        .unwrap_or_default()
                }
                _ => String::new(),
            },
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
