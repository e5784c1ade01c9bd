//! Diagnostics as data, and printing them as gc's `-m` does.
//!
//! The analysis records each message as [`Piece`]s: words, body nodes (an expression, a
//! statement, a variable, gc's `.autotmp_N`, a package variable's `name = value`) and
//! positions, each node and position naming its declaration (`F<func>`, or `I<file>:<decl>`
//! for a package-level `var`) and an offset relative to it, so that results never depend
//! on absolute offsets or on text. [`render`] prints a message: hir makes a node's text
//! from the syntax it was lowered from ([`golift_hir::body::expr_text`],
//! [`golift_hir::body::stmt_text`]), only for the messages that are printed.

use golift_hir::body::{self, expr_text, global_init_text, stmt_text, BodyOwner, ExprKind, FuncId};
use golift_hir::{Db, Package};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, NodeRef, Where};

/// One piece of an escape diagnostic's message.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Piece {
    Text(String),
    /// A body node of declaration `unit`, printed as gc prints it.
    Node {
        unit: String,
        node: NodeRef,
        /// The node holds a call the walk had not reached when the message was made:
        /// gc prints such a variadic call as written, not as `f(... argument...)`.
        as_written: bool,
    },
    /// A position in declaration `unit`, printed as `path:line:col`.
    At {
        unit: String,
        offset: u32,
    },
}

/// Appending to a message: words, a piece, or another message.
pub(crate) trait AddTo {
    fn add_to(self, v: &mut Vec<Piece>);
}

impl AddTo for &str {
    fn add_to(self, v: &mut Vec<Piece>) {
        v.push(Piece::Text(self.to_string()));
    }
}

impl AddTo for String {
    fn add_to(self, v: &mut Vec<Piece>) {
        v.push(Piece::Text(self));
    }
}

impl AddTo for Piece {
    fn add_to(self, v: &mut Vec<Piece>) {
        v.push(self);
    }
}

impl AddTo for Vec<Piece> {
    fn add_to(self, v: &mut Vec<Piece>) {
        v.extend(self);
    }
}

/// A message from words, pieces and messages: `msg!["moved to heap: ", name]`.
macro_rules! msg {
    ($($x:expr),* $(,)?) => {{
        let mut v: Vec<$crate::diag::Piece> = Vec::new();
        $( $crate::diag::AddTo::add_to($x, &mut v); )*
        v
    }};
}
pub(crate) use msg;

impl Batch<'_> {
    /// The position `at` inside a message.
    pub(crate) fn pos_piece(&self, at: Where) -> Piece {
        Piece::At {
            unit: self.units[at.unit].key.clone(),
            offset: at.pos,
        }
    }

    /// Whether the expression at `at` holds a call the walk has not reached yet.
    fn holds_unwalked_call(&self, at: Where) -> bool {
        let Some(unit) = self.units.get(at.unit) else {
            return false;
        };
        let body = &unit.body.body;
        let mut stack = match at.node {
            NodeRef::Expr(e) => vec![e],
            NodeRef::Stmt(s) => body.stmts.get(s).map_or(Vec::new(), |x| x.kind.exprs()),
            _ => return false,
        };
        while let Some(x) = stack.pop() {
            let Some(node) = body.exprs.get(x) else {
                continue;
            };
            if matches!(node.kind, ExprKind::Call { .. })
                && !self.fixed_calls.contains(&(at.unit, x))
            {
                return true;
            }
            stack.extend(node.kind.children());
        }
        false
    }

    /// The node at `at` inside a message.
    pub(crate) fn node_piece(&self, at: Where) -> Piece {
        Piece::Node {
            unit: self.units[at.unit].key.clone(),
            node: at.node,
            as_written: self.holds_unwalked_call(at),
        }
    }
}

/// Prints `message` as gc does, with `pos` printing a position of a declaration.
pub(crate) fn render(
    db: &dyn Db,
    package: Package,
    message: &[Piece],
    pos: &dyn Fn(&str, u32) -> Option<String>,
) -> String {
    let mut out = String::new();
    for p in message {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::At { unit, offset } => {
                out.push_str(&pos(unit, *offset).unwrap_or_else(|| "?".into()))
            }
            Piece::Node {
                unit,
                node,
                as_written,
            } => out.push_str(&node_text(db, package, unit, *node, *as_written)),
        }
    }
    out
}

/// A body node of declaration `unit` as gc's `-m` prints it.
fn node_text(db: &dyn Db, package: Package, unit: &str, node: NodeRef, as_written: bool) -> String {
    let (owner, bsm) = match unit.strip_prefix('F') {
        Some(name) => match golift_hir::func_by_name(db, package, name) {
            Some(func) => (
                BodyOwner::Func(FuncId::new(func)),
                body::body_with_source_map(db, func),
            ),
            None => return String::new(),
        },
        None => (
            BodyOwner::PackageInit(package),
            body::init_body_with_source_map(db, package),
        ),
    };
    match node {
        NodeRef::Expr(e) => expr_text(db, owner, bsm, e, as_written).unwrap_or_default(),
        NodeRef::Stmt(s) => stmt_text(db, owner, bsm, s, as_written).unwrap_or_default(),
        NodeRef::Local(l) => bsm
            .body
            .locals
            .get(l)
            .map(|x| x.name.clone())
            .unwrap_or_default(),
        NodeRef::AutoTmp(n) => format!(".autotmp_{n}"),
        NodeRef::TempAssign(s, first, count) => {
            // gc prints the rewritten assignment: the destinations, then the temporaries.
            let text = stmt_text(db, owner, bsm, s, as_written).unwrap_or_default();
            let lhs = text.split_once(" = ").map_or(text.as_str(), |(l, _)| l);
            let tmps: Vec<String> = (first..first + count)
                .map(|n| format!(".autotmp_{n}"))
                .collect();
            format!("{lhs} = {}", tmps.join(", "))
        }
        NodeRef::GlobalInit(init, i) => global_init_text(db, owner, init, i).unwrap_or_default(),
        NodeRef::TypeSwitchCase(s, i) => {
            body::type_switch_case_text(db, owner, bsm, s, i).unwrap_or_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use golift_hir::gc_text::quote;

    #[test]
    fn strings_are_quoted_like_go() {
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
    }

    #[test]
    fn messages_are_built_from_pieces() {
        let m = msg![
            "moved to heap: ",
            String::from("x"),
            vec![super::Piece::Text("!".into())]
        ];
        assert_eq!(m.len(), 3);
    }
}
