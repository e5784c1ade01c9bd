//! golift-escape: gc's escape analysis over golift's typed bodies.
//!
//! # What it decides
//!
//! Every variable and every allocation site of a typed body (`golift_hir::body`:
//! `new(T)`, `&T{...}`, `make`, slice literals, conversions to interfaces, the implicit
//! slice of a variadic call, string concatenation, copying conversions) either lives in
//! its function's stack frame or on the heap. Two invariants decide it: a pointer to a stack object is never stored
//! in the heap, and never outlives the object (the function returns, or a loop
//! iteration ends and its variables are logically new).
//!
//! # The graph
//!
//! Each variable or allocation is a *location*; each assignment is an *edge* from the
//! source location to the destination, weighted by *derefs*: the number of `*`
//! minus the number of `&` applied to the source:
//!
//! ```text
//! p = &q    // -1
//! p = q     //  0
//! p = *q    //  1
//! p = **q   //  2
//! ```
//!
//! Fields and elements are not told apart: `x.f = u[0]` is `x = *u` (indexing a slice
//! dereferences it; indexing an array does not). An allocating expression is its own
//! location whose address flows to where the value goes: `p := new(int)` is
//! `p = &{storage for new(int)}`. The heap is a location too (globals, arguments to
//! unknown functions, values sent on channels all flow to it).
//!
//! Walking an expression carries a `Hole` (`graph.rs`): where its value goes and with how
//! many derefs. `x = *p` walks `p` with the hole "x, derefs 1"; `&a` inside it subtracts
//! one. Every expression case is then a one-liner (see `expr.rs`).
//!
//! The walk reads only the typed body: every implicit operation is a node there (an
//! implicit `Deref` under a field is gc's `ODOTPTR`), and what `-m` needs beyond meaning
//! (gc's position of a node, where gc's noder left its position) is in `Body::gc`. The
//! text of a reported node is made by hir from the syntax it was lowered from, only when
//! it is printed (`diag.rs`). The results are keyed by the body's ids: placements by
//! `AllocSiteId`, moved-to-heap locals by `LocalId`.
//!
//! # Solving
//!
//! From every location `root` (and the heap), `solve.rs` computes the minimum derefs
//! with which each other location's value reaches `root` (Bellman-Ford; derefs are
//! floored at 0 after an `&`, since `root = &l; l = x` does not make `x`'s address
//! flow). If a location `l` reaches `root` with derefs -1 (its *address* flows) and
//! `root` outlives `l` (the heap; a result; a variable declared outside `l`'s loop),
//! `l` moves to the heap, and then
//! it is a root itself. For example:
//!
//! ```text
//! func f() *int {
//!     x := 1     // ~r0 = &x, and results outlive f: moved to heap: x
//!     return &x
//! }
//! func g() int {
//!     p := new(int) // p = &{new(int)}: p does not outlive it: does not escape
//!     return *p
//! }
//! ```
//!
//! # Between functions
//!
//! The paths from a parameter to the heap and to each result become its *tag*
//! ([`ParamTag`]; `leaking param: p`, `leaking param content: p` (derefs > 0),
//! `leaking param: p to result ~r0 level=0`). A call uses the callee's tags instead of
//! its body, so functions are analysed bottom-up over the static call graph, a batch
//! per strongly connected component (`scc.rs`); inside a batch, calls connect the
//! arguments to the callee's parameter locations directly. Each batch is one salsa
//! query, which reads only its callees' [`param_tags`]: editing a callee without
//! changing its tags re-runs nothing above it.
//!
//! # Size rules
//!
//! See `size.rs`: implicit allocations over 64 KiB, declared variables over 10 MiB and
//! `make` with a non-constant size are on the heap regardless of flows.

mod assign;
mod build;
mod call;
mod chan;
mod closure;
mod diag;
mod expr;
mod func;
mod go_defer;
mod graph;
mod init;
mod leaks;
mod report;
mod scc;
mod sites;
mod size;
mod solve;
mod stmt;
mod wrappers;

use std::collections::{BTreeSet, HashMap};

use golift_hir::{Db, Func, LocalId, Package, SourceFile};

/// Where an allocation site's storage lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Placement {
    Stack,
    Heap,
}

/// One escape diagnostic, as data: where gc reports it and what it says
/// ([`package_diagnostics`] prints it).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EscDiag {
    /// Byte offset relative to the start of the declaration.
    pub offset: u32,
    pub message: Vec<Piece>,
    /// 1: printed by `-m`; 2: only by `-m=2` (flow explanations).
    pub level: u8,
}

/// The escape decisions of one function or of one package-level `var` declaration's
/// initialisers, keyed by the typed body's ids.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EscapeResult {
    /// Variables gc reports as `moved to heap: x`.
    pub heap_locals: BTreeSet<LocalId>,
    /// Where every allocation site of the body lives.
    pub sites: HashMap<golift_hir::body::AllocSiteId, Placement>,
    /// The variables function literals capture by value (gc 1.19's rule: never
    /// reassigned after the first capture, address never taken, at most 128 bytes);
    /// every other captured variable is captured by reference.
    pub byval: BTreeSet<LocalId>,
    /// In gc's order (by position, then by emission order).
    pub diagnostics: Vec<EscDiag>,
}

/// How a parameter leaks, as gc's `leaks` tag: `None` for "does not leak", otherwise the
/// minimum number of dereferences on the way.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ParamTag {
    /// Leaks to the heap.
    pub heap: Option<u8>,
    /// Leaks to result `i`.
    pub results: Vec<Option<u8>>,
}

/// The escape analysis of one function.
#[salsa::tracked(returns(ref))]
pub fn escape<'db>(db: &'db dyn Db, func: Func<'db>) -> EscapeResult {
    run::func_output(db, func)
        .map(|(r, _)| r.clone())
        .unwrap_or_default()
}

/// The escape tags of `func`'s parameters (receiver first, then parameters in order).
#[salsa::tracked(returns(ref))]
pub fn param_tags<'db>(db: &'db dyn Db, func: Func<'db>) -> Vec<ParamTag> {
    run::func_output(db, func)
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

/// The escape analysis of one package-level `var` declaration's initialisers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InitEscape {
    pub file: SourceFile,
    /// Index into `File::decls`; offsets in `result` are relative to that declaration.
    pub decl: u32,
    pub result: EscapeResult,
}

/// Escape analysis of the package-level initialisers (`var x = &T{}`), one entry per
/// declaration that has initialisers, in source order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PackageInitEscape {
    pub decls: Vec<InitEscape>,
}

/// Escape analysis of the package's variable initialisers.
#[salsa::tracked(returns(ref))]
pub fn package_init_escape(db: &dyn Db, package: Package) -> PackageInitEscape {
    run::init_escape(db, package)
}

mod run;

pub use diag::Piece;
pub use graph::NodeRef;
pub use run::package_diagnostics;
pub use sites::{init_site_placements, site_placements};
