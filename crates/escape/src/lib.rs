//! golift-escape: gc's escape analysis over golift's typed bodies (being written).

use std::collections::{BTreeSet, HashMap};

use golift_hir::{Db, Func, LocalId, Package, SourceFile};
use golift_syntax::ast::ExprId;

/// Where an allocation site's storage lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Placement {
    Stack,
    Heap,
}

/// One escape diagnostic, as gc's `-m` prints it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EscDiag {
    /// Byte offset relative to the start of the declaration.
    pub offset: u32,
    pub message: String,
    /// 1: printed by `-m`; 2: only by `-m=2` (flow explanations).
    pub level: u8,
}

/// The escape decisions of one function (closures included) or of one package-level
/// initialiser.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EscapeResult {
    /// Variables gc reports as `moved to heap: x`.
    pub heap_locals: BTreeSet<LocalId>,
    /// Every allocation site: `new(T)`, `&T{...}` (keyed by the `&` unary expression),
    /// `make(...)`, implicit interface conversions (keyed by the converted expression),
    /// the implicit slice of a variadic call (keyed by the call), closures (the func
    /// literal), composite literals of slices and maps.
    pub allocs: HashMap<ExprId, Placement>,
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
    let _ = (db, func);
    EscapeResult::default()
}

/// The escape tags of `func`'s parameters (receiver first, then parameters in order).
#[salsa::tracked(returns(ref))]
pub fn param_tags<'db>(db: &'db dyn Db, func: Func<'db>) -> Vec<ParamTag> {
    let _ = (db, func);
    Vec::new()
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
    let _ = (db, package);
    PackageInitEscape::default()
}
