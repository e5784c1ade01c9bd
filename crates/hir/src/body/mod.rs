//! One typed body per function: the contract between the type checker and everything
//! after it (escape analysis, codegen, the `golift ir` printer).
//!
//! [`body`] lowers a checked function declaration once into a typed tree shaped like
//! gc's `ir` after typecheck: every hidden operation of Go is an explicit node.
//!
//! - conversions to interfaces are [`ExprKind::ConvIface`], with an allocation site
//!   unless the value is pointer-shaped (stored directly in the interface word);
//! - `x.f` through embedded fields is a chain of [`ExprKind::Field`] by index, with an
//!   explicit [`ExprKind::Deref`] for every pointer on the way (the checker's selection
//!   path, never searched again);
//! - the implicit slice of a variadic call is a [`ExprKind::SliceLit`] with its own site;
//! - `f(g())` evaluates `g()` into temporaries first ([`ExprKind::Call::pre`]);
//! - `new(T)`, `&T{...}`, `make`, slice literals, string concatenation and the
//!   conversions that copy (`[]byte(s)`, `string(b)`) each have their own
//!   [`AllocSite`].
//!
//! Each allocation has exactly one [`AllocSiteId`]: escape analysis decides stack or
//! heap per site, and codegen reads that decision by the same id. What this module does
//! not do: type checking (that is [`crate::infer`], whose errors mean no body is built)
//! and any decision about memory (escape's job).
//!
//! Positions ([`Pos`]) are byte offsets relative to the start of the function's
//! declaration (for the package initialiser: see [`BodyOwner::PackageInit`]), so a body
//! stays equal when its function moves in the file.

mod lower;
mod lower_call;
mod lower_expr;
mod lower_stmt;
mod print;
mod text;

use std::collections::HashMap;
use std::sync::Arc;

use la_arena::{Arena, Idx};

use crate::{Builtin, ConstValue, Db, Func, Local, LocalId, Package, Ty};
pub use crate::{FuncId, GlobalId};

pub use print::{print_body, PrintOptions};
pub use text::{body_gc_syntax, expr_text, global_init_text, stmt_text, type_switch_case_text};

pub type ExprId = Idx<Expr>;
pub type StmtId = Idx<Stmt>;
pub type AllocSiteId = Idx<AllocSite>;
pub type LabelId = Idx<Label>;

/// A position: a byte offset relative to the owner's declaration (see [`BodyOwner`]).
pub type Pos = u32;

/// Whose body this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyOwner {
    Func(FuncId),
    /// The package's variable initialisers, in Go's initialisation order, as the body of
    /// `main.init`. Its positions are `(file index << 24) | absolute offset`, since its
    /// statements come from several declarations and files.
    PackageInit(Package),
}

/// A typed function body.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Body {
    /// Parameters, results (`~r0`... for unnamed ones), variables and temporaries.
    pub locals: Arena<Local>,
    pub exprs: Arena<Expr>,
    pub stmts: Arena<Stmt>,
    pub sites: Arena<AllocSite>,
    pub labels: Arena<Label>,
    /// Parameters in declaration order (receiver first, once there are methods).
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    /// Whether the last parameter is `...T` (its local has type `[]T`).
    pub variadic: bool,
    /// The outermost block; `None` for a function without a body.
    pub root: Option<StmtId>,
    /// Where the function's closing brace is (gc positions the implicit return there).
    pub end: Pos,
    /// Constructs the checker accepted that bodies cannot express yet, with where they
    /// are: codegen reports them as "not supported yet".
    pub unsupported: Vec<(Pos, String)>,
    /// gc's facts about each expression that came from the source (see [`GcFacts`]).
    pub gc: HashMap<ExprId, GcFacts>,
    /// gc's position of each statement where it differs from [`Stmt::pos`]: an
    /// assignment (`=`, `:=`, `op=`) is at its operator, a range loop at its `range`.
    pub stmt_gc_pos: HashMap<StmtId, Pos>,
}

/// What gc's `-m` needs to know about an expression beyond its meaning, computed during
/// lowering from the syntax it came from (by [`crate::gc_text`]), so that escape
/// analysis can report at gc's positions without reading syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct GcFacts {
    /// gc's position of the source expression: a call at its `(`, a selector at its
    /// `.`, an index or slice at its `[`, a binary expression at its operator, a typed
    /// composite literal at its `{`, anything else at its start.
    pub pos: Pos,
    /// Where gc's noder leaves its position after translating the source expression
    /// (`None` for a constant): implicit conversions are made there.
    pub noder_pos: Option<Pos>,
    /// The source expression is a bare name that is not a constant.
    pub bare_name: bool,
    /// The source expression is written as a name (a constant's too).
    pub is_name: bool,
    /// The node is an operation Go leaves implicit: the dereference of `p.f` or `p[i]`,
    /// the `&` of slicing an array, an implicit conversion to an interface (an explicit
    /// `any(x)` is not implicit).
    pub implicit: bool,
}

/// In the package initialiser's positions, the bits above this hold the file's index in
/// the package; the bits below, the absolute offset in that file.
pub const INIT_FILE_SHIFT: u32 = 24;

/// One typed expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expr {
    pub kind: ExprKind,
    /// The expression's type (a call with several results has a tuple type).
    pub ty: Ty,
    /// Where the expression starts in the source.
    pub pos: Pos,
}

/// A unary operator on values (`&` and `*` are [`ExprKind::Addr`] / [`ExprKind::Deref`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    Plus,
    Not,
    Complement,
}

/// A binary operator (`&&` and `||` short-circuit).
pub use golift_syntax::ast::BinaryOp as BinOp;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExprKind {
    /// A local variable, parameter, result or temporary.
    Local(LocalId),
    /// A package-level variable of this package.
    Global(GlobalId),
    /// A variable of an imported package (`os.Args`), provided by the runtime.
    ExternalVar {
        package: String,
        name: String,
    },
    /// A package-level function used as a value.
    FuncRef(FuncId),
    /// A constant of the expression's type.
    Const(ConstValue),
    /// The zero value of the expression's type (`nil`, or a nil variadic slice).
    Zero,
    Unary {
        op: UnOp,
        x: ExprId,
    },
    /// A binary operation; string `+` is [`ExprKind::Concat`]. `pos_op` is the
    /// operator's position.
    Binary {
        op: BinOp,
        x: ExprId,
        y: ExprId,
        op_pos: Pos,
    },
    /// String concatenation (`runtime.concatstrings`): its result buffer is a site.
    Concat {
        parts: Vec<ExprId>,
        site: AllocSiteId,
    },
    /// `&x` of an addressable operand (no allocation: `x` itself may be moved to the heap).
    Addr(ExprId),
    /// `*p`, written or implicit (`p.f` with `p` a pointer, an embedded `*T` on a
    /// promoted path, `p[i]` with `p` a pointer to an array).
    Deref(ExprId),
    /// Field `index` of the struct value `x`.
    Field {
        x: ExprId,
        index: u32,
    },
    /// `x[index]` for an array value, a slice or a string.
    Index {
        x: ExprId,
        index: ExprId,
    },
    /// `x[lo:hi:max]` of a slice, a string or a pointer to an array (slicing an array
    /// value is explicit `Addr` then slicing).
    Slice {
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    },
    Call {
        callee: Callee,
        args: Vec<ExprId>,
        /// Statements evaluated before the arguments: `f(g())` assigns `g()`'s results
        /// to temporaries first (gc's `n.Init()`).
        pre: Vec<StmtId>,
        /// `f(s...)`: the last argument is passed as the variadic slice itself.
        spread: bool,
    },
    /// A conversion `T(x)` between non-interface types. `site` is set for conversions
    /// that allocate a copy (`[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)`).
    Convert {
        x: ExprId,
        site: Option<AllocSiteId>,
    },
    /// The value `x` converted to an interface type (the expression's type). `site` is
    /// `None` where the value is stored directly in the data word (pointer-shaped types)
    /// or `x` is already an interface.
    ConvIface {
        x: ExprId,
        site: Option<AllocSiteId>,
    },
    /// `new(T)`: the expression's type is `*T`.
    New {
        site: AllocSiteId,
    },
    /// `&T{...}`: storage for `lit` (a struct or array literal) at `site`.
    PtrLit {
        lit: ExprId,
        site: AllocSiteId,
    },
    /// A struct literal: the listed fields (by index) are set, the rest are zero.
    StructLit {
        fields: Vec<(u32, ExprId)>,
    },
    /// An array literal: the listed elements (by index) are set, the rest are zero.
    ArrayLit {
        elems: Vec<(u64, ExprId)>,
    },
    /// A slice literal of `len` elements (listed ones set, the rest zero), its backing
    /// array at `site`. Also the implicit slice of a variadic call.
    SliceLit {
        elems: Vec<(u64, ExprId)>,
        len: u64,
        site: AllocSiteId,
    },
    /// `make([]T, len[, cap])`.
    MakeSlice {
        len: ExprId,
        cap: Option<ExprId>,
        site: AllocSiteId,
    },
    /// `x.(T)`, `x` an interface; the node's type is `T`, or `(T, bool)` with
    /// `comma_ok` (only as the value of [`StmtKind::AssignCommaOk`]). Without `comma_ok`
    /// a failed assertion panics.
    TypeAssert {
        x: ExprId,
        comma_ok: bool,
    },
}

/// What a call calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Callee {
    /// A function of this package, called directly.
    Static(FuncId),
    /// A builtin other than `new` and `make` (which are expressions of their own).
    Builtin(Builtin),
    /// A function the runtime provides for an imported package (`fmt.Println`,
    /// `os.Exit`), by import path and name.
    External { package: String, name: String },
    /// A call through a function value.
    Indirect(ExprId),
}

/// A label of a statement: the target of `goto L`, and of `break L` / `continue L` on a
/// labelled loop or switch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub name: String,
    pub pos: Pos,
}

/// One allocation site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllocSite {
    pub kind: AllocKind,
    /// The type of the storage allocated (for a slice literal or `make`, the element
    /// type; for a conversion to an interface, the converted value's type).
    pub ty: Ty,
    /// Where the allocating expression starts. (`-m` reports at gc's positions, which
    /// escape analysis still computes from the syntax: see `crates/escape/src/diag.rs`.)
    pub pos: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AllocKind {
    /// `new(T)`
    New,
    /// `&T{...}`
    PtrLit,
    /// A slice literal's backing array.
    SliceLit,
    /// The implicit slice of a variadic call.
    VariadicSlice,
    /// `make([]T, ...)`
    MakeSlice,
    /// The copy a value converted to an interface is boxed in.
    ConvIface,
    /// `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)`: the converted copy.
    ConvCopy,
    /// The result buffer of a string concatenation.
    Concat,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StmtKind {
    /// Evaluates the expression (a call) for its effects.
    Expr(ExprId),
    /// Declares a local (`var x T`, `x := ...`): it is zeroed unless `init` is set.
    Decl {
        local: LocalId,
        init: Option<ExprId>,
    },
    /// `lhs = rhs`; `lhs` is `None` for `_` (the value is evaluated and dropped).
    Assign {
        lhs: Option<ExprId>,
        rhs: ExprId,
    },
    /// `a, b = x, y`: every operand of the left is evaluated, then every value on the
    /// right, then the stores happen left to right.
    AssignParallel {
        lhs: Vec<Option<ExprId>>,
        rhs: Vec<ExprId>,
    },
    /// `a, b = f()`: the call's results stored left to right, the `i`th first converted
    /// to an interface where `convs[i]` says so (an interface destination of a
    /// non-interface result; gc converts the temporaries it assigns the results to).
    AssignCall {
        lhs: Vec<Option<ExprId>>,
        call: ExprId,
        convs: Vec<Option<ResultConv>>,
    },
    /// `v, ok = x.(T)`: `value` is a comma-ok expression (of type `(T, bool)`); its two
    /// results are stored left to right (`None` for `_`).
    AssignCommaOk {
        lhs: Vec<Option<ExprId>>,
        value: ExprId,
    },
    /// `x op= y` (also `x++`/`x--`): `x` is evaluated once.
    OpAssign {
        op: BinOp,
        lhs: ExprId,
        rhs: ExprId,
    },
    Block(Vec<StmtId>),
    If {
        cond: ExprId,
        then: StmtId,
        els: Option<StmtId>,
    },
    For {
        label: Option<LabelId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: StmtId,
    },
    /// `for k, v := range x`. `key`/`value` are places (or new locals when `define`,
    /// one per loop, Go 1.19).
    Range {
        label: Option<LabelId>,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: StmtId,
    },
    /// `return` with the values of every result (empty for a bare return of named
    /// results). A single call with several results is [`StmtKind::AssignCall`] to the
    /// results then a bare return.
    Return(Vec<ExprId>),
    Break(Option<LabelId>),
    Continue(Option<LabelId>),
    /// An expression switch, shaped as gc's `OSWITCH` before walk: the tag (`None`: the
    /// constant `true`) is evaluated once, then each clause's values in source order are
    /// compared with it (`==`) until one is equal; `default` is taken when none is,
    /// wherever it is written. A clause's `body` is a [`StmtKind::Block`]. An init
    /// statement is lowered before the switch, in an enclosing block, as `if`'s is.
    Switch {
        label: Option<LabelId>,
        tag: Option<ExprId>,
        clauses: Vec<SwitchClause>,
    },
    /// Where label `L` is defined (gc's `OLABEL`), just before the statement it labels
    /// (a labelled loop or switch also names it as its `label`): the target of `goto L`.
    Label(LabelId),
    /// `goto L`.
    Goto(LabelId),
    /// A type switch `switch [v :=] x.(type)` on an empty interface `x`, shaped as gc's
    /// `OSWITCH` with a type switch guard: `x` is evaluated once, then each clause's
    /// cases in source order are tested against its dynamic type until one matches
    /// (`default` is taken when none does, wherever it is written). Every clause has a
    /// variable of its own when `v` is declared (gc's `cas.Var`), set from `x` before
    /// the clause's body. An init statement is lowered before the switch, in an
    /// enclosing block, as `if`'s is.
    TypeSwitch {
        label: Option<LabelId>,
        x: ExprId,
        clauses: Vec<TypeSwitchClause>,
    },
}

/// One clause of a [`StmtKind::Switch`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SwitchClause {
    /// The case values, converted to the tag's type; empty for `default`.
    pub values: Vec<ExprId>,
    pub is_default: bool,
    /// The clause's statements (a [`StmtKind::Block`]), without a final `fallthrough`.
    pub body: StmtId,
    /// The clause ends in `fallthrough`: control continues into the next clause's body.
    pub fallthrough: bool,
    /// Where `case`/`default` is.
    pub pos: Pos,
}

/// One clause of a [`StmtKind::TypeSwitch`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeSwitchClause {
    /// The cases in source order; empty for `default`.
    pub cases: Vec<TypeCase>,
    pub is_default: bool,
    /// The clause's variable: of the case's type in a clause with one type (its value
    /// is read from `x`'s data word), of `x`'s type otherwise (`x` itself).
    pub var: Option<crate::LocalId>,
    /// The clause's statements (a [`StmtKind::Block`]).
    pub body: StmtId,
    /// Where `case`/`default` is.
    pub pos: Pos,
}

/// One case of a type switch clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeCase {
    /// `case nil`: `x` holds no value.
    Nil,
    /// `case T`: `x`'s dynamic type is `T` (for `T` an empty interface: `x` is not nil).
    Type(Ty),
}

/// The conversion of one result of a multi-valued call to an interface destination.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultConv {
    /// The interface type converted to.
    pub iface: Ty,
    /// Where the boxed copy lives; `None` for pointer-shaped results (stored directly).
    pub site: Option<AllocSiteId>,
}

/// What a body node came from: for tools that show bodies next to their source, and for
/// printing a node as gc does ([`expr_text`], [`stmt_text`]).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BodySourceMap {
    /// The syntax expression each body expression was lowered from (implicit nodes map
    /// to the expression they are implicit in).
    pub expr_syntax: HashMap<ExprId, SyntaxRef>,
    /// The syntax statement each body statement was lowered from (statements made for
    /// a `var` declaration also name their spec); blocks made to group statements have
    /// none.
    pub stmt_syntax: HashMap<StmtId, StmtSyntax>,
}

/// A syntax statement of the owner's declaration `decl` (see [`SyntaxRef`]); `spec` is
/// the index of the spec for statements lowered from a `var` declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StmtSyntax {
    pub decl: u32,
    pub stmt: golift_syntax::ast::StmtId,
    pub spec: Option<u32>,
}

/// A syntax expression: the index of its declaration among the owner's declarations (0
/// for a function; the [`crate::PackageInit::inits`] index for the package initialiser)
/// and its id in that declaration's arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SyntaxRef {
    pub decl: u32,
    pub expr: golift_syntax::ast::ExprId,
}

/// A lowered body with its source map.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BodyWithSourceMap {
    pub body: Arc<Body>,
    pub source_map: Arc<BodySourceMap>,
}

/// The typed body of `func` and its source map. A function whose body has type errors
/// (reported by [`crate::infer`]) gets an empty body.
#[salsa::tracked(returns(ref))]
pub fn body_with_source_map<'db>(db: &'db dyn Db, func: Func<'db>) -> BodyWithSourceMap {
    lower::lower_func(db, func)
}

/// The typed body of `func`.
pub fn body(db: &dyn Db, func: Func<'_>) -> Arc<Body> {
    body_with_source_map(db, func).body.clone()
}

/// The body of the package initialiser (`main.init`): one assignment per initialised
/// package variable, in Go's initialisation order.
#[salsa::tracked(returns(ref))]
pub fn init_body_with_source_map(db: &dyn Db, package: Package) -> BodyWithSourceMap {
    lower::lower_package_init(db, package)
}

impl ExprKind {
    /// The operand expressions of this node, in evaluation order (a call's callee value
    /// first, then its arguments; a call's `pre` statements are not expressions).
    pub fn children(&self) -> Vec<ExprId> {
        match self {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::ExternalVar { .. }
            | ExprKind::FuncRef(_)
            | ExprKind::Const(_)
            | ExprKind::Zero
            | ExprKind::New { .. } => Vec::new(),
            ExprKind::Unary { x, .. }
            | ExprKind::Addr(x)
            | ExprKind::Deref(x)
            | ExprKind::Field { x, .. }
            | ExprKind::Convert { x, .. }
            | ExprKind::ConvIface { x, .. }
            | ExprKind::TypeAssert { x, .. } => vec![*x],
            ExprKind::PtrLit { lit, .. } => vec![*lit],
            ExprKind::Binary { x, y, .. } => vec![*x, *y],
            ExprKind::Index { x, index } => vec![*x, *index],
            ExprKind::Concat { parts, .. } => parts.clone(),
            ExprKind::Slice { x, lo, hi, max } => std::iter::once(*x)
                .chain(lo.iter().chain(hi).chain(max).copied())
                .collect(),
            ExprKind::Call { callee, args, .. } => match callee {
                Callee::Indirect(f) => std::iter::once(*f).chain(args.iter().copied()).collect(),
                _ => args.clone(),
            },
            ExprKind::StructLit { fields } => fields.iter().map(|&(_, v)| v).collect(),
            ExprKind::ArrayLit { elems } | ExprKind::SliceLit { elems, .. } => {
                elems.iter().map(|&(_, v)| v).collect()
            }
            ExprKind::MakeSlice { len, cap, .. } => std::iter::once(*len).chain(*cap).collect(),
        }
    }
}

impl StmtKind {
    /// The expressions this statement evaluates itself (not those of nested statements).
    pub fn exprs(&self) -> Vec<ExprId> {
        match self {
            StmtKind::Expr(e) => vec![*e],
            StmtKind::Decl { init, .. } => init.iter().copied().collect(),
            StmtKind::Assign { lhs, rhs } => lhs.iter().copied().chain([*rhs]).collect(),
            StmtKind::AssignParallel { lhs, rhs } => {
                lhs.iter().flatten().chain(rhs).copied().collect()
            }
            StmtKind::AssignCall { lhs, call, .. } => {
                lhs.iter().flatten().copied().chain([*call]).collect()
            }
            StmtKind::AssignCommaOk { lhs, value } => {
                lhs.iter().flatten().copied().chain([*value]).collect()
            }
            StmtKind::OpAssign { lhs, rhs, .. } => vec![*lhs, *rhs],
            StmtKind::If { cond, .. } => vec![*cond],
            StmtKind::For { cond, .. } => cond.iter().copied().collect(),
            StmtKind::Range { key, value, x, .. } => {
                key.iter().chain(value).copied().chain([*x]).collect()
            }
            StmtKind::Return(vals) => vals.clone(),
            StmtKind::Block(_) | StmtKind::Break(_) | StmtKind::Continue(_) => Vec::new(),
            // A clause's values are evaluated by the switch itself, after its tag.
            StmtKind::Switch { tag, clauses, .. } => tag
                .iter()
                .chain(clauses.iter().flat_map(|c| &c.values))
                .copied()
                .collect(),
            StmtKind::Label(_) | StmtKind::Goto(_) => Vec::new(),
            StmtKind::TypeSwitch { x, .. } => vec![*x],
        }
    }

    /// The statements nested directly in this one, in source order (a call's `pre`
    /// statements are inside its expression, not here).
    pub fn sub_stmts(&self) -> Vec<StmtId> {
        match self {
            StmtKind::Block(list) => list.clone(),
            StmtKind::If { then, els, .. } => std::iter::once(*then).chain(*els).collect(),
            StmtKind::For { post, body, .. } => post.iter().copied().chain([*body]).collect(),
            StmtKind::Range { body, .. } => vec![*body],
            StmtKind::Switch { clauses, .. } => clauses.iter().map(|c| c.body).collect(),
            StmtKind::TypeSwitch { clauses, .. } => clauses.iter().map(|c| c.body).collect(),
            StmtKind::Expr(_)
            | StmtKind::Decl { .. }
            | StmtKind::Assign { .. }
            | StmtKind::AssignParallel { .. }
            | StmtKind::AssignCall { .. }
            | StmtKind::AssignCommaOk { .. }
            | StmtKind::OpAssign { .. }
            | StmtKind::Return(_)
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Label(_)
            | StmtKind::Goto(_) => Vec::new(),
        }
    }
}
