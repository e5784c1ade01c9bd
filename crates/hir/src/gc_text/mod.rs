//! gc's view of a checked declaration's syntax: the positions gc's `-m` reports at and
//! the text it prints for expressions and statements.
//!
//! gc reports a call at its `(`, a selector at its `.`, an index or slice at its `[`,
//! a binary expression at its operator, a composite literal at its `{` (`pos.rs`), and
//! prints nodes in its `fmtNode` style (`print.rs`): binary operators spaced, composite
//! literals elided (`&T{...}`), constants by their source text. The implicit field steps
//! of a selector are in `selector.rs`.
//!
//! This is the one place that knows gc's printed forms: escape analysis asks it for the
//! text of the nodes it reports (lazily, only for nodes that are printed: a 50,000-term
//! expression must not be formatted once per sub-expression), and the typed body's gc
//! facts ([`crate::body::GcFacts`]) are computed from its positions during lowering.
//! Types print as gc prints them (`types.rs`). What it does not do: decide anything
//! about memory.

mod clause;
mod pos;
mod print;
mod selector;
mod types;

use golift_syntax::ast;

use crate::{Db, InferenceResult};

pub use pos::{gc_pos, stmt_pos};
pub use selector::{selection_steps, Step};
pub use types::gc_type_string;

/// One checked declaration, seen the way gc's `-m` prints it.
#[derive(Clone, Copy)]
pub struct GcSyntax<'a> {
    pub db: &'a dyn Db,
    pub decl: &'a ast::Decl,
    pub inf: &'a InferenceResult,
    /// Print variadic calls as written, before gc's FixVariadicCall packs their
    /// arguments into `... argument` (text gc prints before its walk reaches the call).
    pub variadic_as_written: bool,
    /// The declaration's calls that gc's devirtualization rewrote, printed as gc
    /// prints them after it (see [`DevirtCall`]).
    pub devirt: &'a [DevirtCall],
}

/// A call `x.M(args)` that gc's devirtualization rewrote
/// ([`crate::body::Devirtualized`]): gc prints it with its new callee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DevirtCall {
    /// The call's syntax.
    pub call: ast::ExprId,
    /// The new receiver as gc prints it: `x.(T)` with the embedded fields on the way
    /// (`x.(Outer).Inner`).
    pub recv: String,
    /// The method called directly (`T.M`, `(*T).M`), printed with the receiver as its
    /// first argument; `None` when the call stays one through an interface (a method
    /// promoted from an embedded interface field), printed as `recv.M(args)`.
    pub method: Option<String>,
}

impl<'a> GcSyntax<'a> {
    pub fn new(db: &'a dyn Db, decl: &'a ast::Decl, inf: &'a InferenceResult) -> Self {
        GcSyntax {
            db,
            decl,
            inf,
            variadic_as_written: false,
            devirt: &[],
        }
    }

    /// gc's position of expression `e` (relative to the declaration).
    pub fn pos(&self, e: ast::ExprId) -> u32 {
        gc_pos(self.decl, e)
    }

    /// The implicit field steps of selector `e` (`o.X` through embedded `Other` is
    /// `o.Other.X`), empty when `e` is not a checked field selection.
    pub fn selector_steps(&self, e: ast::ExprId) -> Vec<Step> {
        let Some(ast::ExprKind::Selector { x: base, .. }) =
            get(&self.decl.exprs, e).map(|x| &x.kind)
        else {
            return Vec::new();
        };
        match (self.inf.selections.get(&e), self.inf.expr_types.get(*base)) {
            (Some(sel), Some(bt)) => selection_steps(self.db, bt, sel),
            _ => Vec::new(),
        }
    }
}

/// Checked indexing: an id from another declaration's arena must not panic.
pub(crate) fn get<T>(arena: &la_arena::Arena<T>, i: la_arena::Idx<T>) -> Option<&T> {
    let n = u32::from(i.into_raw()) as usize;
    (n < arena.len()).then(|| &arena[i])
}

/// A string as gc's `-m` prints a string constant (`strconv.Quote`).
pub fn quote(s: &str) -> String {
    crate::consts::go_quote(s.as_bytes())
}
