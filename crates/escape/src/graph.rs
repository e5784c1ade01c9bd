//! The location graph: one [`Location`] per variable and per allocating expression,
//! incoming edges weighted by derefs, and [`Hole`]s: "where the value being evaluated
//! goes", with the notes that `-m=2` prints.

use golift_hir::body::{AllocSiteId, ExprId, StmtId};
use golift_hir::LocalId;

use crate::leaks::Leaks;

pub(crate) type LocId = usize;
pub(crate) const HEAP: LocId = 0;
pub(crate) const BLANK: LocId = 1;

/// A body node a location or note refers to (how it prints, see `diag.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeRef {
    /// A body expression.
    Expr(ExprId),
    /// A body statement.
    Stmt(StmtId),
    Local(LocalId),
    /// `name = value` of a package-level `var`: the initialiser (index into
    /// `PackageInit::inits`) and the name's index in its spec.
    GlobalInit(u32, u32),
    /// gc's temporary `.autotmp_N`.
    AutoTmp(u32),
    /// Statement `a, b = f()` as gc rewrites it to store its results' temporaries
    /// (`a, b = .autotmp_N, .autotmp_N+1`): the statement, the first temporary, how many.
    TempAssign(StmtId, u32, u32),
    /// Clause `i` of type switch statement `s` (gc's `OCASE`: `case T: body`).
    TypeSwitchCase(StmtId, u32),
}

/// A node with the unit (declaration) it belongs to and gc's position for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Where {
    pub unit: usize,
    pub node: NodeRef,
    pub pos: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LocNode {
    Heap,
    Blank,
    /// A temporary without a name (`{temp}`), or one of gc's `.autotmp_N`.
    Temp,
    Local(LocalId),
    /// An allocation site of the body.
    Site(AllocSiteId),
    /// gc's conversion of a temporary to an interface that the body has no site for
    /// (`x, y = g()` with two interface destinations): reported, not placed.
    TempConv,
}

#[derive(Clone, Debug)]
pub(crate) struct Edge {
    pub src: LocId,
    pub derefs: i32,
    pub notes: Option<usize>,
}

#[derive(Clone, Debug)]
pub(crate) struct Location {
    pub node: LocNode,
    /// Where it is reported (unit + relative offset) and how it prints.
    pub at: Option<Where>,
    pub curfn: usize,
    pub edges: Vec<Edge>,
    pub loop_depth: i32,
    /// 1 + index for result parameters; 0 otherwise.
    pub result_index: usize,
    pub is_param: bool,
    pub derefs: i32,
    pub walkgen: u32,
    pub dst: Option<LocId>,
    pub dst_edge: usize,
    pub queued: bool,
    pub escapes: bool,
    pub transient: bool,
    pub param_esc: Leaks,
    pub addrtaken: bool,
    /// gc's `captured`: a function literal refers to this variable.
    pub captured: bool,
    /// gc's `reassigned`: assigned after its definition (see `closure.rs`).
    pub reassigned: bool,
}

impl Location {
    pub(crate) fn new(node: LocNode, at: Option<Where>, curfn: usize, loop_depth: i32) -> Self {
        Location {
            node,
            at,
            curfn,
            edges: Vec::new(),
            loop_depth,
            result_index: 0,
            is_param: false,
            derefs: 0,
            walkgen: 0,
            dst: None,
            dst_edge: 0,
            queued: false,
            escapes: false,
            transient: false,
            param_esc: Leaks::default(),
            addrtaken: false,
            captured: false,
            reassigned: false,
        }
    }
}

/// One note of an explanation: "from WHERE (WHY)".
#[derive(Clone, Debug)]
pub(crate) struct Note {
    pub next: Option<usize>,
    pub at: Where,
    pub why: &'static str,
}

/// The context an expression is evaluated in: its value flows to `dst` with `derefs`
/// dereferences (-1: its address flows there).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hole {
    pub dst: LocId,
    pub derefs: i32,
    pub notes: Option<usize>,
    pub addrtaken: bool,
}

impl Hole {
    pub(crate) fn to(dst: LocId) -> Hole {
        Hole {
            dst,
            derefs: 0,
            notes: None,
            addrtaken: false,
        }
    }
    pub(crate) fn shift(mut self, delta: i32) -> Hole {
        self.derefs = (self.derefs + delta).max(-1);
        self.addrtaken = delta < 0;
        self
    }
}

/// Checked indexing for arenas (ids from another declaration's arena must not panic).
pub(crate) trait ArenaGet<T> {
    fn get(&self, i: la_arena::Idx<T>) -> Option<&T>;
}

impl<T> ArenaGet<T> for la_arena::Arena<T> {
    fn get(&self, i: la_arena::Idx<T>) -> Option<&T> {
        let n = u32::from(i.into_raw()) as usize;
        (n < self.len()).then(|| &self[i])
    }
}
