//! The typed view of one function body: what each name refers to, the type of each
//! expression, constant values, implicit conversions and type errors.
//!
//! [`crate::infer`] is the query (in `check_func.rs`); [`InferenceResult`] is the contract
//! escape analysis and codegen read. It is keyed by the ids of the function's own [`golift_syntax::ast::Decl`]
//! arena, and positions in it are relative to the declaration (see [`crate::decl_offset`]).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use golift_syntax::ast::{ExprId, Span, StmtId};
use la_arena::{Arena, ArenaMap, Idx};

use dashu_int::IBig;

pub use crate::consts::num::ConstFloat;
use crate::{FuncId, GlobalId, SourceFile, Ty};

pub type LocalId = Idx<Local>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocalKind {
    Param,
    /// A result parameter; unnamed results are named `~r0`, `~r1`... as gc names them.
    Result,
    Var,
    /// A temporary the body introduces (gc's `.autotmp_N`): `f(g())`'s results.
    Temp,
}

/// A local variable, parameter or result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    /// The defining identifier's span (relative); for unnamed results, the result type's.
    pub span: Span,
    pub kind: LocalKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstValue {
    /// An integer of any size (untyped integer constants may have up to 512 bits).
    Int(IBig),
    Bool(bool),
    /// The bytes (Go strings need not be valid UTF-8).
    String(Vec<u8>),
    /// A floating-point value, exact or 512-bit (typed constants hold the float32 or
    /// float64 value they were rounded to).
    Float(ConstFloat),
    /// A complex value: real and imaginary parts.
    Complex(ConstFloat, ConstFloat),
}

impl ConstValue {
    /// A small integer constant.
    pub fn int(i: i64) -> Self {
        ConstValue::Int(IBig::from(i))
    }

    /// The integer value if it fits an `i128` (every typed integer constant does).
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            ConstValue::Int(i) => i128::try_from(i).ok(),
            _ => None,
        }
    }

    /// The nearest float64 values of the real and imaginary parts of a numeric constant.
    pub fn as_complex(&self) -> Option<(f64, f64)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.to_f64()?, im.to_f64()?)),
            _ => Some((self.as_f64()?, 0.0)),
        }
    }

    /// The nearest float64 of a numeric constant (`None` for other kinds, or beyond
    /// float64's range).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => ConstFloat::from_int(i).to_f64(),
            ConstValue::Float(f) => f.to_f64(),
            ConstValue::Complex(re, im) if im.is_zero() => re.to_f64(),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// `unsafe.Add`.
    UnsafeAdd,
    /// `unsafe.Alignof`.
    Alignof,
    /// `unsafe.Offsetof`.
    Offsetof,
    /// `unsafe.Sizeof`.
    Sizeof,
    /// `unsafe.Slice`.
    UnsafeSlice,
}

/// What a name (an `ExprKind::Name`, or the selector of a qualified `pkg.Name`) denotes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Res {
    Local(LocalId),
    /// A package-level variable.
    Global(GlobalId),
    /// A package-level function.
    Func(FuncId),
    /// A constant (named, `iota`, `true`/`false`), already evaluated.
    Const(ConstValue),
    Type(Ty),
    Builtin(Builtin),
    /// An imported package (`fmt`), by import path.
    Package(String),
    /// A name of a dot-imported package (`Println` of `import . "fmt"`): its import
    /// path and the name, as if written `fmt.Println`.
    Imported {
        package: String,
        name: String,
    },
    Nil,
}

/// What a call expression calls.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CallKind {
    /// A package-level function of this package.
    Func(FuncId),
    Builtin(Builtin),
    /// A conversion `T(x)` to the given type.
    Conversion(Ty),
    /// A function of an imported package: `fmt.Println`, `os.Exit`.
    External {
        package: String,
        name: String,
    },
    /// A call through a function value.
    Indirect,
    /// A method call `x.M(args)` (the selector's [`Selection::method`] says how the
    /// receiver is reached) or a method expression called directly, `T.M(x, args)`.
    Method(FuncId),
    /// A call `i.M(args)` through an interface value: method `index` of its sorted
    /// method list, found in the itab.
    Interface(u32),
}

/// The types of a function's parameters and results, read from its declaration only.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Signature {
    /// Parameter names (`_` or `` for unnamed ones) and types; a variadic `...T` is `[]T`.
    pub params: Vec<(String, Ty)>,
    /// Result names (`~r0`... for unnamed ones) and types.
    pub results: Vec<(String, Ty)>,
    pub variadic: bool,
    /// A method's receiver: its name (`` when unnamed) and type (`T` or `*T`).
    pub recv: Option<(String, Ty)>,
}

impl Signature {
    /// The types of what a call passes, in order: the receiver first for a method
    /// (gc's calling convention: a method is a function whose first parameter is its
    /// receiver), then the parameters.
    pub fn param_tys(&self) -> Vec<Ty> {
        self.recv
            .iter()
            .chain(&self.params)
            .map(|(_, t)| t.clone())
            .collect()
    }
    /// Whether this is a method with a pointer receiver (`func (p *T) M()`).
    pub fn ptr_recv(&self) -> bool {
        matches!(&self.recv, Some((_, t)) if matches!(t.kind(), crate::TyKind::Pointer(_)))
    }
}

/// Everything the type checker learned about one body.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct InferenceResult {
    pub locals: Arena<Local>,
    /// Parameters and results in declaration order (their `Local`s).
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    /// Names that declare a new local: the left of `:=` and the key and value of
    /// `for k, v := range` (`_` included), by their expression.
    pub defined_by: HashMap<ExprId, LocalId>,
    /// The locals a `var` declaration statement declares: by statement, index of the
    /// spec in the statement, and index of the name in the spec (blank ones included).
    pub var_locals: HashMap<(StmtId, u32, u32), LocalId>,
    /// Uses: a `Name` (or `pkg.Name` selector) expression to what it denotes.
    pub resolutions: HashMap<ExprId, Res>,
    /// The type of every expression that has one (after untyped constants are given
    /// their final type from context, as Go's type checker records them).
    pub expr_types: ArenaMap<ExprId, Ty>,
    /// Constant expressions and their values.
    pub consts: HashMap<ExprId, ConstValue>,
    /// Expressions implicitly converted to an interface type (arguments of
    /// `fmt.Println`, the argument of `panic`, assignments to interface variables):
    /// the interface type they are converted to.
    pub conversions: HashMap<ExprId, Ty>,
    pub calls: HashMap<ExprId, CallKind>,
    /// The package-level constants, variables and functions the declaration refers to,
    /// where, in the order checked (types2's `declInfo.deps`, for the initialisation
    /// order).
    pub pkg_refs: Vec<(ExprId, String)>,
    /// Type errors, relative to the declaration.
    pub diagnostics: Vec<CheckError>,
    /// Errors gc reports only after type checking succeeded (`missing function body`,
    /// found while lowering to its IR): shown only when no other error is.
    pub late_diagnostics: Vec<(u32, String)>,
    /// Field selections `x.f` (through pointers and embedded fields): which field.
    pub selections: HashMap<ExprId, Selection>,
    /// Expressions with a second, boolean result because two variables take them
    /// (`v, ok = x.(T)`).
    pub comma_ok: HashSet<ExprId>,
    /// The underlying type of each type the body declares (`type T struct{...}`), what
    /// [`crate::underlying`] reads for a local type.
    pub local_types: HashMap<crate::TypeDefId, Ty>,
    /// Method selections `i.M` of an interface value: the method's index in the
    /// interface's sorted method list.
    pub iface_methods: HashMap<ExprId, u32>,
    /// Of those, the method expressions `I.M`: a call `I.M(x, args)` takes the receiver
    /// as its first argument.
    pub iface_method_exprs: HashSet<ExprId>,
    /// Type switches (`switch [v :=] x.(type)`), by statement: each clause's cases and
    /// variable.
    pub type_switches: HashMap<StmtId, Vec<TypeSwitchClauseInfo>>,
    /// Function literals, by expression: their parameters, results and captures.
    pub func_lits: HashMap<ExprId, FuncLitInfo>,
}

/// A checked function literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncLitInfo {
    /// Parameters and results in declaration order (unnamed results are `~r0`...).
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub variadic: bool,
    /// The enclosing functions' locals the literal (or a literal nested in it) refers
    /// to, in the order first referred to (gc's `ClosureVars`).
    pub captures: Vec<LocalId>,
    /// Where the body's closing brace is (relative).
    pub rbrace: u32,
    /// The literal this one is written in (`None`: directly in the function).
    pub parent: Option<ExprId>,
    /// Its number among the literals directly in its parent (or function), from 1, in
    /// source order: gc's `f.func1`, `f.func1.2`.
    pub index: u32,
    /// The locals declared in it (nested literals' included): the checker's locals
    /// from `locals.0` up to, not including, `locals.1`.
    pub locals: (u32, u32),
}

/// One clause of a checked type switch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeSwitchClauseInfo {
    /// Each case in source order: its type, or `None` for `nil` (empty for `default`).
    pub cases: Vec<Option<Ty>>,
    /// The clause's own variable of `v := x.(type)`: of the case's type in a clause
    /// with one type, of `x`'s type otherwise.
    pub var: Option<LocalId>,
}

/// A type error: its offset relative to the declaration, gc's message, and the lines gc
/// prints under it (`\tFILE:L:C: other declaration of x`), each at an offset in the same
/// declaration.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CheckError {
    pub offset: u32,
    pub message: String,
    pub notes: Vec<(u32, String)>,
}

impl CheckError {
    pub fn new(offset: u32, message: String) -> CheckError {
        CheckError {
            offset,
            message,
            notes: Vec::new(),
        }
    }
}

/// A resolved field selection `x.f`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Selection {
    /// Field indices from `x`'s struct type (after one automatic dereference when `x` is a
    /// pointer) down through embedded fields to `f`.
    pub path: Vec<u32>,
    /// Whether a pointer is dereferenced on the way (`x` a pointer, or an embedded
    /// pointer field).
    pub indirect: bool,
    /// For a method selection `x.M` (or a method expression `T.M`), the method: `path`
    /// then leads to the embedded field whose type declares it (empty when `x`'s own
    /// type does).
    pub method: Option<MethodSel>,
}

/// The method a selector denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MethodSel {
    pub func: FuncId,
    /// The method has a pointer receiver: the receiver is addressed (`&x`) unless it is
    /// a pointer already; with a value receiver a pointer is dereferenced.
    pub ptr_recv: bool,
    /// A method expression `T.M` / `(*T).M`: the receiver is the call's first argument.
    pub expr: bool,
}

/// One package-level `var` spec to initialise, with its typed initialiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlobalInit {
    pub file: SourceFile,
    /// Index into `File::decls` and into that `Var` declaration's specs.
    pub decl: u32,
    pub spec: u32,
    /// The variables it initialises (in order; `_` included).
    pub names: Vec<String>,
    pub inference: Arc<InferenceResult>,
}

/// Package-level variables: their types and the order Go initialises them in.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PackageInit {
    pub globals: BTreeMap<String, Ty>,
    /// In Go's initialisation order (dependencies first, then declaration order).
    pub inits: Vec<GlobalInit>,
    /// types2's `initialization loop for a` errors, in the order reported: each the
    /// objects as printed (`a`, then each it refers to along the cycle, then `a`).
    pub cycles: Vec<Vec<InitCycleObj>>,
}

/// An object printed in an initialisation cycle: its name and where it is declared
/// (index of its file in the package, its declaration, the name's offset in it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InitCycleObj {
    pub name: String,
    pub order: (usize, u32, u32),
}
