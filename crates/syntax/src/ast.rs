//! The Go syntax tree: plain data, one arena per top-level declaration.
//!
//! Every top-level declaration owns the arena its expressions and statements live in,
//! and every [`Span`] inside a declaration is relative to that declaration's start
//! (`File::decl_offsets[i]` gives the absolute byte offset). Editing one function body
//! therefore leaves every other [`Decl`] value unchanged (equal by `==`), which is what
//! lets salsa skip the queries downstream of an untouched declaration.
//!
//! Types are expressions here, as in gc's `syntax` package: `[]int`, `*T`, `map[K]V`,
//! `func(int) bool` are [`ExprKind`] variants, because Go's grammar cannot tell a type
//! from a value before name resolution (`*p` versus `*T`, `a[i]` versus `G[int]`).
//!
//! This module holds no behaviour beyond small accessors; the parser builds it and the
//! `hir` crate reads it.

use la_arena::{Arena, Idx};

/// A byte range. Inside a [`Decl`] it is relative to the declaration's start; in
/// [`File::imports`], [`File::comments`] and [`SyntaxError`] it is absolute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }
}

pub type ExprId = Idx<Expr>;
pub type StmtId = Idx<Stmt>;

/// An identifier with its position.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

/// A parsed source file.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct File {
    /// The package clause's name (`main`).
    pub package: Option<Name>,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// Absolute start offset of each entry of `decls` (kept apart so that moving a
    /// declaration does not change the `Decl` value itself).
    pub decl_offsets: Vec<u32>,
    /// Every comment, with absolute spans, in source order (directives such as
    /// `//go:noinline` and errorcheck `// ERROR "..."` annotations included).
    pub comments: Vec<Comment>,
    pub errors: Vec<SyntaxError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Import {
    /// `.`, `_` or an identifier, when given.
    pub name: Option<Name>,
    /// The unquoted import path.
    pub path: String,
    /// Span of the path literal (absolute).
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Comment {
    /// Absolute span, including the `//` or `/* */`.
    pub span: Span,
    pub text: String,
}

/// A syntax error at an absolute byte offset, with gc's message text
/// (`syntax error: unexpected newline, expecting comma or )`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    pub offset: u32,
    pub message: String,
}

/// One top-level declaration with the arena its nodes live in.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Decl {
    pub exprs: Arena<Expr>,
    pub stmts: Arena<Stmt>,
    pub kind: DeclKind,
    /// Span of the whole declaration (relative: starts at 0).
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum DeclKind {
    #[default]
    Bad,
    Func(FuncDecl),
    /// One `var` declaration, grouped or not.
    Var(Vec<ValueSpec>),
    /// One `const` declaration; implicit repetition is already expanded by the parser
    /// (see [`ValueSpec::implicit`]).
    Const(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Name,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// The body block (`Stmt::Block`), absent for declarations without a body.
    pub body: Option<StmtId>,
    /// `//go:` directives written immediately before the declaration (`go:noinline`).
    pub pragmas: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueSpec {
    pub names: Vec<Name>,
    pub typ: Option<ExprId>,
    pub values: Vec<ExprId>,
    /// Position of the spec within its `const (...)` group: the value of `iota`.
    pub iota: u32,
    /// True when the values were copied from an earlier spec (`const ( a = iota; b )`);
    /// the copied expression ids are shared with that earlier spec.
    pub implicit: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeSpec {
    pub name: Name,
    pub type_params: Vec<Field>,
    /// `type A = B`
    pub alias: bool,
    pub typ: ExprId,
    pub span: Span,
}

/// A parameter, result, receiver, struct field or type parameter group:
/// `a, b int`, `int`, `x ...string`, `T any`, `Embedded`, `f int "tag"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Empty for anonymous parameters and embedded fields.
    pub names: Vec<Name>,
    pub typ: ExprId,
    /// Struct tag, unquoted.
    pub tag: Option<String>,
    /// `...T` as the last parameter; `typ` is then the element type `T`.
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Complement,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint
    Tilde,
}

impl UnaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Complement => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    LogOr,
    LogAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    /// `|` (also a union in constraints)
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::LogOr => "||",
            BinaryOp::LogAnd => "&&",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::And => "&",
            BinaryOp::AndNot => "&^",
        }
    }

    /// Go's precedence: 5 for `* / % << >> & &^`, 4 for `+ - | ^`, 3 for comparisons,
    /// 2 for `&&`, 1 for `||`.
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LogAnd => 2,
            LogOr => 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// One element of a composite literal: `v` or `k: v`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub key: Option<ExprId>,
    pub value: ExprId,
    /// The `:` of a keyed element (relative), where gc positions the element's implicit
    /// conversion.
    pub colon: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Name, sig: FuncType },
    /// An embedded interface or a type-set term/union (`~int | string`), as an expression
    /// built from `UnaryOp::Tilde` and `BinaryOp::Or`.
    Embed(ExprId),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExprKind {
    /// Placeholder after a syntax error.
    Bad,
    Name(String),
    /// A literal exactly as written (quotes and prefixes kept); decoding is the
    /// type checker's job.
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{...}`; `typ` is `None` for elided types inside another literal.
    /// `rbrace` is the relative offset of the closing brace.
    CompositeLit {
        typ: Option<ExprId>,
        elems: Vec<Element>,
        rbrace: u32,
    },
    FuncLit {
        sig: FuncType,
        body: StmtId,
    },
    Paren(ExprId),
    /// `x.sel`
    Selector {
        x: ExprId,
        sel: Name,
    },
    /// `x[i]`, or a generic instantiation `F[int, string]`.
    Index {
        x: ExprId,
        indices: Vec<ExprId>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`full` for the three-index form).
    Slice {
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
        full: bool,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: ExprId,
        typ: Option<ExprId>,
    },
    /// `f(args)`, `f(args...)` when `ellipsis`. `rparen` is the relative offset of `)`.
    Call {
        fun: ExprId,
        args: Vec<ExprId>,
        ellipsis: bool,
        rparen: u32,
    },
    /// `*x`: a dereference or a pointer type.
    Star(ExprId),
    Unary {
        op: UnaryOp,
        x: ExprId,
    },
    /// `x op y`; `op_pos` is the relative offset of the operator (gc reports binary
    /// expressions there).
    Binary {
        op: BinaryOp,
        x: ExprId,
        y: ExprId,
        op_pos: u32,
    },
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<ExprId>,
        elem: ExprId,
    },
    SliceType {
        elem: ExprId,
    },
    MapType {
        key: ExprId,
        value: ExprId,
    },
    ChanType {
        dir: ChanDir,
        elem: ExprId,
    },
    FuncType(FuncType),
    StructType {
        fields: Vec<Field>,
    },
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ...
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// A declaration inside a function body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalDecl {
    Var(ValueSpec),
    Const(ValueSpec),
    Type(TypeSpec),
}

/// `case a, b:` / `default:` in an expression or type switch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseClause {
    /// `None` for `default`.
    pub exprs: Option<Vec<ExprId>>,
    pub body: Vec<StmtId>,
    pub span: Span,
    /// Where the clause's `:` is (gc declares a type switch clause's variable there).
    pub colon: u32,
}

/// `case <-c:` / `case v := <-c:` / `case c <- v:` / `default:` in a select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommClause {
    /// `None` for `default`; otherwise a send, receive-expression or receive-assignment.
    pub comm: Option<StmtId>,
    pub body: Vec<StmtId>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StmtKind {
    Bad,
    Empty,
    Decl(Vec<LocalDecl>),
    Labeled {
        label: Name,
        stmt: StmtId,
    },
    Expr(ExprId),
    /// `ch <- value`; `arrow` is the relative offset of `<-` (gc's position of the
    /// statement).
    Send {
        ch: ExprId,
        value: ExprId,
        arrow: u32,
    },
    IncDec {
        x: ExprId,
        inc: bool,
    },
    /// `op_pos` is the relative offset of the assignment operator.
    Assign {
        lhs: Vec<ExprId>,
        op: AssignOp,
        rhs: Vec<ExprId>,
        op_pos: u32,
    },
    Go(ExprId),
    Defer(ExprId),
    Return(Vec<ExprId>),
    Branch {
        kind: BranchKind,
        label: Option<Name>,
    },
    /// `{ ... }`; `rbrace` is the relative offset of the closing brace.
    Block {
        stmts: Vec<StmtId>,
        rbrace: u32,
    },
    If {
        init: Option<StmtId>,
        cond: ExprId,
        then: StmtId,
        els: Option<StmtId>,
    },
    Switch {
        init: Option<StmtId>,
        tag: Option<ExprId>,
        clauses: Vec<CaseClause>,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<StmtId>,
        bind: Option<Name>,
        x: ExprId,
        clauses: Vec<CaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: StmtId,
    },
    /// `for [k [, v] (= | :=)] range x { ... }`
    Range {
        key: Option<ExprId>,
        value: Option<ExprId>,
        /// A third iteration variable: an error types2 reports (unless the range is
        /// over a channel, which permits only one), so the checker's.
        extra: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: StmtId,
        /// Where the `range` keyword is (gc's position of the statement).
        range_pos: u32,
    },
}
