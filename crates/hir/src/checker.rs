//! The body checker's state and its shared machinery: operands, recording results,
//! name lookup through block, file, package and universe scopes, untyped-constant
//! conversion (types2's `implicitTypeAndValue`/`updateExprType`) and assignability.
//!
//! Expressions are checked in `check_expr.rs` and its modules, built-in calls and
//! conversions in `builtins.rs`, statements in `check_stmt.rs` and type expressions in
//! `lower.rs`.

use std::collections::{HashMap, HashSet};

use golift_syntax::ast::{self, ExprId, ExprKind};

use crate::env::{Env, PkgObj};
use crate::errors::{expr_string, operand_string, type_string, ModeWord};
use crate::scope::{ScopeObj, Scopes};
use crate::universe::{self, UniverseObj};
use crate::{
    consts, BasicKind, Builtin, ConstValue, InferenceResult, Local, LocalId, LocalKind, Res, Ty,
    TyKind,
};

/// What kind of thing an expression turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Const(ConstValue),
    Variable,
    Value,
    Nil,
    Package(String),
}

/// A checked expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub(crate) mode: Mode,
    pub(crate) ty: Ty,
    pub(crate) expr: ExprId,
}

impl Operand {
    pub(crate) fn invalid(expr: ExprId) -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: Ty::invalid(),
            expr,
        }
    }
    pub(crate) fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
    pub(crate) fn const_val(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Const(v) => Some(v),
            _ => None,
        }
    }
    pub(crate) fn is_nil(&self) -> bool {
        self.mode == Mode::Nil
    }
}

/// An imported package as the file names it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ImportName {
    pub(crate) name: String,
    pub(crate) path: String,
}

pub(crate) struct Checker<'a> {
    pub(crate) env: &'a mut dyn Env,
    pub(crate) decl: &'a ast::Decl,
    pub(crate) imports: &'a [ImportName],
    pub(crate) res: InferenceResult,
    pub(crate) scopes: Scopes,
    pub(crate) used: HashSet<LocalId>,
    /// Untyped expressions whose final type is not known yet.
    pub(crate) untyped: HashMap<ExprId, Ty>,
    /// Untyped constant left operands of non-constant shifts, by the shift expression:
    /// their final type must be an integer type (types2's `isLhs`).
    pub(crate) shift_lhs: HashMap<ExprId, ExprId>,
    pub(crate) iota: Option<i128>,
    /// Result types of the function being checked.
    pub(crate) result_tys: Vec<Ty>,
    pub(crate) named_results: bool,
    /// The `var` declaration statement and spec index being checked (for
    /// [`InferenceResult::var_locals`]).
    pub(crate) var_decl: Option<(ast::StmtId, u32)>,
    /// Whether named types with an invalid underlying type (an unsupported or erroneous
    /// declaration, already reported) make the types using them invalid; off while
    /// package-level types are being built.
    pub(crate) check_named_valid: bool,
    /// The function whose body is checked (`None` for package-level declarations): the
    /// owner of its local types.
    pub(crate) owner: Option<crate::FuncId>,
    /// How many local types of each name the body has declared so far (their index).
    pub(crate) local_type_counts: HashMap<String, u32>,
    /// The function literals being checked, innermost last.
    pub(crate) lit_stack: Vec<crate::check_expr::func_lit::LitFrame>,
    /// How many literals directly in the body were met so far.
    pub(crate) top_lits: u32,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(
        env: &'a mut dyn Env,
        decl: &'a ast::Decl,
        imports: &'a [ImportName],
    ) -> Checker<'a> {
        Checker {
            env,
            decl,
            imports,
            res: InferenceResult::default(),
            scopes: Scopes::default(),
            used: HashSet::new(),
            untyped: HashMap::new(),
            shift_lhs: HashMap::new(),
            iota: None,
            result_tys: Vec::new(),
            named_results: false,
            var_decl: None,
            check_named_valid: false,
            owner: None,
            local_type_counts: HashMap::new(),
            lit_stack: Vec::new(),
            top_lits: 0,
        }
    }

    // ----- errors -----

    pub(crate) fn error(&mut self, pos: u32, msg: impl Into<String>) {
        let msg = msg.into();
        // types2's cheap trick: drop follow-on errors about invalid operands and types.
        if !self.res.diagnostics.is_empty()
            && (msg.find("invalid operand").is_some_and(|i| i > 0)
                || msg.find("invalid type").is_some_and(|i| i > 0))
        {
            return;
        }
        self.res.diagnostics.push(crate::CheckError::new(pos, msg));
    }

    /// gc's `x redeclared in this block` (or `what` instead of the tail) with the line
    /// `\tother declaration of x` at `other`.
    pub(crate) fn redeclared(&mut self, pos: u32, name: &str, what: &str, other: u32) {
        self.res.diagnostics.push(crate::CheckError {
            offset: pos,
            message: format!("{name} {what}"),
            notes: vec![(other, format!("other declaration of {name}"))],
        });
    }

    pub(crate) fn unsupported(&mut self, pos: u32, what: &str) {
        self.error(pos, crate::diagnostics::not_supported(what));
    }

    /// After reporting an unsupported construct spanning `span`: every local named
    /// inside it counts as used (no follow-on `declared but not used`).
    pub(crate) fn mark_used_in(&mut self, span: ast::Span) {
        let decl: &'a ast::Decl = self.decl;
        for (eid, e) in decl.exprs.iter() {
            if e.span.start >= span.start && e.span.end <= span.end {
                if let ExprKind::Name(n) = &e.kind {
                    if let Some(ScopeObj::Local(id)) = self.scopes.lookup(n) {
                        let id = *id;
                        self.used.insert(id);
                    } else if let Some(imp) = self.imports.iter().find(|i| &i.name == n) {
                        let path = imp.path.clone();
                        self.res.resolutions.insert(eid, Res::Package(path));
                    }
                }
            }
        }
    }

    /// types2's `use`: checks expressions whose value is not needed (the operands of an
    /// invalid or unsupported operation), so that the variables and packages they name
    /// are used and the errors inside them reported; a type among them is no error.
    pub(crate) fn use_exprs(&mut self, es: &[ExprId]) {
        for &x in es {
            self.expr_or_type(x);
        }
    }

    /// Reports an unsupported expression and suppresses follow-on errors inside it.
    pub(crate) fn unsupported_expr(&mut self, e: ExprId, what: &str) {
        let span = expr_at(self.decl, e).map(|x| x.span).unwrap_or_default();
        self.unsupported(span.start, what);
        self.mark_used_in(span);
    }

    /// Start position of an expression (types2's `syntax.StartPos`).
    pub(crate) fn pos(&self, e: ExprId) -> u32 {
        crate::checker::expr_at(self.decl, e)
            .map(|x| x.span.start)
            .unwrap_or(0)
    }

    pub(crate) fn expr_kind(&self, e: ExprId) -> Option<&'a ExprKind> {
        let decl: &'a ast::Decl = self.decl;
        crate::checker::expr_at(decl, e).map(|x| &x.kind)
    }

    pub(crate) fn estr(&self, e: ExprId) -> String {
        expr_string(self.decl, e)
    }

    /// The operand as types2 prints it.
    pub(crate) fn ostr(&self, x: &Operand) -> String {
        let expr = self.estr(x.expr);
        let (mode, val) = match &x.mode {
            Mode::Invalid => (ModeWord::Value, None),
            Mode::NoValue => (ModeWord::NoValue, None),
            Mode::Builtin(_) => (ModeWord::Builtin, None),
            Mode::TypeExpr => (ModeWord::Type, None),
            Mode::Const(v) => (ModeWord::Constant, Some(v)),
            Mode::Variable => (ModeWord::Variable, None),
            Mode::Value | Mode::Package(_) => (ModeWord::Value, None),
            Mode::Nil => (ModeWord::Nil, None),
        };
        operand_string(&expr, mode, &x.ty, val)
    }

    // ----- types -----

    pub(crate) fn under(&mut self, ty: &Ty) -> Ty {
        match ty.kind() {
            // A local type of this body: its underlying type is recorded here (asking
            // the database would ask for this very body's check).
            TyKind::Named(n) if self.res.local_types.contains_key(&n.def) => self
                .res
                .local_types
                .get(&n.def)
                .cloned()
                .unwrap_or_else(Ty::invalid),
            TyKind::Named(_) => self.env.underlying(ty),
            _ => ty.clone(),
        }
    }

    pub(crate) fn under_basic(&mut self, ty: &Ty) -> Option<BasicKind> {
        self.under(ty).as_basic()
    }

    pub(crate) fn is_untyped(ty: &Ty) -> bool {
        ty.as_basic().is_some_and(|b| b.is_untyped())
    }

    pub(crate) fn default_type(ty: &Ty) -> Ty {
        use BasicKind::*;
        match ty.as_basic() {
            Some(UntypedBool) => Ty::basic(Bool),
            Some(UntypedInt) => Ty::basic(Int),
            Some(UntypedRune) => Ty::rune(),
            Some(UntypedFloat) => Ty::basic(Float64),
            Some(UntypedComplex) => Ty::basic(Complex128),
            Some(UntypedString) => Ty::basic(String),
            _ => ty.clone(),
        }
    }

    pub(crate) fn has_nil(&mut self, ty: &Ty) -> bool {
        matches!(
            self.under(ty).kind(),
            TyKind::Pointer(_)
                | TyKind::Slice(_)
                | TyKind::Map(..)
                | TyKind::Chan(..)
                | TyKind::Func { .. }
                | TyKind::Interface(_)
        ) || ty.as_basic() == Some(BasicKind::UnsafePointer)
    }

    pub(crate) fn is_numeric(&mut self, ty: &Ty) -> bool {
        use BasicKind::*;
        self.under_basic(ty).is_some_and(|b| {
            b.is_integer()
                || matches!(
                    b,
                    Float32 | Float64 | Complex64 | Complex128 | UntypedFloat | UntypedComplex
                )
        })
    }
    pub(crate) fn is_integer(&mut self, ty: &Ty) -> bool {
        self.under_basic(ty).is_some_and(|b| b.is_integer())
    }
    pub(crate) fn is_string(&mut self, ty: &Ty) -> bool {
        matches!(
            self.under_basic(ty),
            Some(BasicKind::String | BasicKind::UntypedString)
        )
    }
    pub(crate) fn is_boolean(&mut self, ty: &Ty) -> bool {
        matches!(
            self.under_basic(ty),
            Some(BasicKind::Bool | BasicKind::UntypedBool)
        )
    }

    // ----- recording -----

    pub(crate) fn record(&mut self, x: &Operand) {
        match &x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::Package(_) => return,
            Mode::TypeExpr => {
                self.res.expr_types.insert(x.expr, x.ty.clone());
                return;
            }
            Mode::Const(v) => {
                self.res.consts.insert(x.expr, v.clone());
            }
            _ => {}
        }
        if Self::is_untyped(&x.ty) {
            self.untyped.insert(x.expr, x.ty.clone());
        } else {
            self.untyped.remove(&x.expr);
        }
        self.res.expr_types.insert(x.expr, x.ty.clone());
    }

    /// types2's `updateExprType`: gives an untyped expression (and the untyped operands it
    /// was computed from) its type from context.
    pub(crate) fn update_expr_type(&mut self, e: ExprId, ty: &Ty, final_: bool) {
        self.update_expr_type0(e, ty, final_, 0);
    }

    fn update_expr_type0(&mut self, e: ExprId, ty: &Ty, final_: bool, depth: u32) {
        if depth > 500 || !self.untyped.contains_key(&e) {
            return;
        }
        let is_const = self.res.consts.contains_key(&e);
        match self.expr_kind(e) {
            Some(ExprKind::Paren(x)) => self.update_expr_type0(*x, ty, final_, depth + 1),
            Some(ExprKind::Unary { x, .. }) if !is_const => {
                self.update_expr_type0(*x, ty, final_, depth + 1)
            }
            Some(ExprKind::Binary { op, x, y, .. }) if !is_const => {
                use ast::BinaryOp::*;
                match op {
                    Eq | Ne | Lt | Le | Gt | Ge => {}
                    Shl | Shr => self.update_expr_type0(*x, ty, final_, depth + 1),
                    _ => {
                        self.update_expr_type0(*x, ty, final_, depth + 1);
                        self.update_expr_type0(*y, ty, final_, depth + 1);
                    }
                }
            }
            _ => {}
        }
        if !final_ && Self::is_untyped(ty) {
            self.untyped.insert(e, ty.clone());
            self.res.expr_types.insert(e, ty.clone());
            return;
        }
        self.untyped.remove(&e);
        if let Some(shift) = self.shift_lhs.remove(&e) {
            if !self.is_integer(ty) {
                let msg = format!(
                    "invalid operation: {} (shift of type {})",
                    self.estr(shift),
                    crate::errors::type_string(ty)
                );
                let pos = self.pos(e);
                self.error(pos, msg);
                return;
            }
        }
        self.res.expr_types.insert(e, ty.clone());
        // A constant takes its representation in the new type.
        if let (Some(v), Some(b)) = (self.res.consts.get(&e).cloned(), self.under_basic(ty)) {
            if let Some(nv) = consts::representable(&v, b) {
                self.res.consts.insert(e, nv);
            }
        }
    }

    /// At the end of a body: untyped expressions still pending get their default type.
    pub(crate) fn finish_untyped(&mut self) {
        let mut pending: Vec<(ExprId, Ty)> = self.untyped.drain().collect();
        pending.sort_by_key(|(e, _)| e.into_raw());
        for (e, ty) in pending {
            let d = Self::default_type(&ty);
            // A constant takes its representation in its default type (a float is
            // rounded to float64).
            if let (Some(v), Some(b)) = (self.res.consts.get(&e), d.as_basic()) {
                if let Some(nv) = consts::representable(v, b) {
                    self.res.consts.insert(e, nv);
                }
            }
            self.res.expr_types.insert(e, d);
        }
    }

    // ----- conversion of untyped operands -----

    /// types2's `implicitTypeAndValue`: `Ok(new type)` or `Err(code)`.
    pub(crate) fn implicit_type(&mut self, x: &Operand, target: &Ty) -> Result<Ty, ConvError> {
        if x.is_invalid() || !Self::is_untyped(&x.ty) || target.is_invalid() {
            return Ok(x.ty.clone());
        }
        let xk = x.ty.as_basic().unwrap_or(BasicKind::UntypedNil);
        if let Some(tk) = target.as_basic().filter(|b| b.is_untyped()) {
            let num = |k: BasicKind| {
                matches!(
                    k,
                    BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex
                )
            };
            if num(xk) && num(tk) {
                return Ok(if rank(xk) < rank(tk) {
                    target.clone()
                } else {
                    x.ty.clone()
                });
            } else if xk != tk {
                return Err(ConvError::Invalid);
            }
            return Ok(x.ty.clone());
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok(target.clone())
            } else {
                Err(ConvError::Invalid)
            };
        }
        let u = self.under(target);
        match u.kind() {
            TyKind::Basic(b) => {
                if let Mode::Const(v) = &x.mode {
                    return match consts::representable(v, *b) {
                        Some(_) => Ok(target.clone()),
                        None => {
                            let xnum = matches!(
                                xk,
                                BasicKind::UntypedInt
                                    | BasicKind::UntypedRune
                                    | BasicKind::UntypedFloat
                                    | BasicKind::UntypedComplex
                            );
                            if xnum && self.is_numeric(&u) {
                                if !matches!(xk, BasicKind::UntypedInt | BasicKind::UntypedRune)
                                    && b.is_integer()
                                {
                                    Err(ConvError::Truncated)
                                } else {
                                    Err(ConvError::Overflow)
                                }
                            } else {
                                Err(ConvError::Invalid)
                            }
                        }
                    };
                }
                let ok = match xk {
                    BasicKind::UntypedBool => self.is_boolean(&u),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => self.is_numeric(&u),
                    BasicKind::UntypedString => self.is_string(&u),
                    _ => false,
                };
                if ok {
                    Ok(target.clone())
                } else {
                    Err(ConvError::Invalid)
                }
            }
            TyKind::Interface(methods) => {
                if methods.is_empty() {
                    Ok(Self::default_type(&x.ty))
                } else {
                    Err(ConvError::Invalid)
                }
            }
            _ => Err(ConvError::Invalid),
        }
    }

    /// Applies a successful implicit conversion to `x` and its recorded expressions.
    pub(crate) fn set_operand_type(&mut self, x: &mut Operand, new_ty: Ty) {
        if let (Mode::Const(v), Some(b)) = (&x.mode, self.under_basic(&new_ty)) {
            if let Some(nv) = consts::representable(v, b) {
                x.mode = Mode::Const(nv.clone());
                self.res.consts.insert(x.expr, nv);
            }
        }
        if new_ty != x.ty {
            x.ty = new_ty.clone();
            self.update_expr_type(x.expr, &new_ty, false);
        }
    }

    /// types2's `convertUntyped`: converts `x` to `target` or reports why not.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, target: &Ty) {
        match self.implicit_type(x, target) {
            Ok(t) => self.set_operand_type(x, t),
            Err(code) => {
                let t = if Self::is_untyped(target) {
                    target.clone()
                } else {
                    self.under(target)
                };
                self.invalid_conversion(code, x, &t);
                x.mode = Mode::Invalid;
            }
        }
    }

    pub(crate) fn invalid_conversion(&mut self, code: ConvError, x: &Operand, target: &Ty) {
        let xs = self.ostr(x);
        let ts = type_string(target);
        let msg = match code {
            ConvError::Truncated => format!("{xs} truncated to {ts}"),
            ConvError::Overflow => format!("{xs} overflows {ts}"),
            ConvError::Invalid => format!("cannot convert {xs} to {ts}"),
        };
        let pos = self.pos(x.expr);
        self.error(pos, msg);
    }

    /// types2's `assignment`: checks that `x` can be assigned to a `t` (`None`: the blank
    /// identifier), converting untyped values. `context` is e.g. `assignment`.
    pub(crate) fn assignment(&mut self, x: &mut Operand, t: Option<&Ty>, context: &str) {
        self.single_value(x);
        match x.mode {
            Mode::Invalid => return,
            Mode::Const(_) | Mode::Variable | Mode::Value | Mode::Nil => {}
            _ => {
                let xs = self.ostr(x);
                let ts = t.map(type_string).unwrap_or_default();
                let pos = self.pos(x.expr);
                self.error(pos, format!("cannot assign {xs} to {ts} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if Self::is_untyped(&x.ty) {
            let mut target = t.cloned();
            if x.is_nil() {
                if t.is_none() {
                    let pos = self.pos(x.expr);
                    self.error(pos, format!("use of untyped nil in {context}"));
                    x.mode = Mode::Invalid;
                    return;
                }
            } else if t.is_none()
                || t.is_some_and(|t| matches!(self.under(t).kind(), TyKind::Interface(_)))
            {
                target = Some(Self::default_type(&x.ty));
            }
            let target = target.unwrap_or_else(|| Self::default_type(&x.ty));
            match self.implicit_type(x, &target) {
                Ok(nt) => self.set_operand_type(x, nt),
                Err(code) => {
                    let mut msg = format!(
                        "cannot use {} as {} value in {context}",
                        self.ostr(x),
                        type_string(&target)
                    );
                    match code {
                        ConvError::Truncated => msg.push_str(" (truncated)"),
                        ConvError::Overflow => msg.push_str(" (overflows)"),
                        ConvError::Invalid => {}
                    }
                    let pos = self.pos(x.expr);
                    self.error(pos, msg);
                    x.mode = Mode::Invalid;
                    return;
                }
            }
        }
        let Some(t) = t else { return };
        if !self.assignable(x, t) {
            let mut msg = format!(
                "cannot use {} as type {} in {context}",
                self.ostr(x),
                type_string(t)
            );
            let v = x.ty.clone();
            if let Some(why) = self.not_implements(&v, t) {
                msg.push_str(":\n\t");
                msg.push_str(&why);
            } else if matches!(self.under(&v).kind(), TyKind::Interface(_))
                && !matches!(self.under(t).kind(), TyKind::Interface(_))
                && self.not_implements(t, &v).is_none()
            {
                // types2's assignableTo: the value's interface type is implemented by
                // the destination's type, so a type assertion is what is missing.
                msg.push_str(":\n\tneed type assertion");
            }
            let pos = self.pos(x.expr);
            self.error(pos, msg);
            x.mode = Mode::Invalid;
            return;
        }
        // Implicit conversion of a concrete value to an interface. Between interfaces
        // as gc's assignop: not for the same type or empty interfaces of identical
        // underlying types (`OCONVNOP`); otherwise a new itab for the destination type.
        let (tu, xu) = (self.under(t), self.under(&x.ty));
        let nop = match xu.kind() {
            TyKind::Interface(ms) => x.ty.identical(t) || (ms.is_empty() && xu.identical(&tu)),
            _ => false,
        };
        if matches!(tu.kind(), TyKind::Interface(_)) && !nop && !x.is_nil() {
            self.res.conversions.insert(x.expr, t.clone());
        }
    }

    /// types2's `assignableTo` for the subset (no type parameters).
    pub(crate) fn assignable(&mut self, x: &Operand, t: &Ty) -> bool {
        if x.is_invalid() || t.is_invalid() || x.ty.is_invalid() {
            return true;
        }
        // A named type whose declaration was erroneous or unsupported (a field's type
        // keeps its name): already reported.
        if self.under(t).is_invalid() || self.under(&x.ty).is_invalid() {
            return true;
        }
        let v = x.ty.clone();
        if v.identical(t) {
            return true;
        }
        let vu = self.under(&v);
        let tu = self.under(t);
        if Self::is_untyped(&v) {
            if let TyKind::Basic(tb) = tu.kind() {
                if x.is_nil() {
                    return *tb == BasicKind::UnsafePointer;
                }
                return self.implicit_type(x, t).is_ok();
            }
            if x.is_nil() {
                return self.has_nil(t);
            }
            return matches!(tu.kind(), TyKind::Interface(m) if m.is_empty());
        }
        // types2's `hasName`: predeclared types are named too.
        let named = |ty: &Ty| matches!(ty.kind(), TyKind::Named(_) | TyKind::Basic(_));
        if vu.identical(&tu) && (!named(&v) || !named(t)) {
            return true;
        }
        if let TyKind::Interface(methods) = tu.kind() {
            return methods.is_empty() || self.missing_method(&v, t).is_none();
        }
        false
    }

    /// Reports and invalidates a multi-valued or no-value operand used as one value.
    pub(crate) fn single_value(&mut self, x: &mut Operand) {
        if let (Mode::Value, TyKind::Tuple(ts)) = (&x.mode, x.ty.kind()) {
            if ts.len() != 1 {
                let msg = format!(
                    "multiple-value {} (value of type {}) in single-value context",
                    self.estr(x.expr),
                    type_string(&x.ty)
                );
                let pos = self.pos(x.expr);
                self.error(pos, msg);
                x.mode = Mode::Invalid;
            }
        }
    }

    // ----- locals and names -----

    pub(crate) fn new_local(
        &mut self,
        name: &str,
        ty: Ty,
        span: ast::Span,
        kind: LocalKind,
    ) -> LocalId {
        self.res.locals.alloc(Local {
            name: name.to_string(),
            ty,
            span,
            kind,
        })
    }

    /// Declares a local in the current block, reporting a redeclaration.
    pub(crate) fn declare_local(&mut self, id: LocalId, name: &ast::Name) {
        if let Err(other) = self
            .scopes
            .declare(&name.text, ScopeObj::Local(id), name.span.start)
        {
            // Not in any scope, so never reported as unused (types2's `usage` walks scopes).
            self.used.insert(id);
            self.redeclared(
                name.span.start,
                &name.text,
                "redeclared in this block",
                other,
            );
        }
    }

    /// Resolves a name expression.
    pub(crate) fn ident(&mut self, e: ExprId, name: &str) -> Operand {
        if name == "_" {
            let pos = self.pos(e);
            self.error(pos, "cannot use _ as value");
            return Operand::invalid(e);
        }
        if let Some(obj) = self.scopes.lookup(name).cloned() {
            return match obj {
                ScopeObj::Local(id) => {
                    self.used.insert(id);
                    self.note_capture(id);
                    self.res.resolutions.insert(e, Res::Local(id));
                    let ty = self.res.locals[id].ty.clone();
                    Operand {
                        mode: Mode::Variable,
                        ty,
                        expr: e,
                    }
                }
                ScopeObj::Invalid => Operand::invalid(e),
                // A local type whose declaration was erroneous or unsupported (already
                // reported): its uses report nothing more.
                ScopeObj::Type(ty)
                    if self.check_named_valid
                        && matches!(ty.kind(), TyKind::Named(_))
                        && self.under(&ty).is_invalid() =>
                {
                    Operand::invalid(e)
                }
                ScopeObj::Type(ty) => {
                    self.res.resolutions.insert(e, Res::Type(ty.clone()));
                    Operand {
                        mode: Mode::TypeExpr,
                        ty,
                        expr: e,
                    }
                }
                ScopeObj::Const(ty, v) => {
                    self.res.resolutions.insert(e, Res::Const(v.clone()));
                    Operand {
                        mode: Mode::Const(v),
                        ty,
                        expr: e,
                    }
                }
            };
        }
        if let Some(imp) = self.imports.iter().find(|i| i.name == name) {
            // Not a use of the package (types2 reports `imported and not used` too):
            // only a qualified `pkg.Name` is.
            let path = imp.path.clone();
            return Operand {
                mode: Mode::Package(path),
                ty: Ty::invalid(),
                expr: e,
            };
        }
        if let Some(obj) = self.env.lookup(name) {
            if !matches!(obj, PkgObj::Type(_)) {
                self.res.pkg_refs.push((e, name.to_string()));
            }
            return match obj {
                PkgObj::Const(ty, v) => {
                    self.res.resolutions.insert(e, Res::Const(v.clone()));
                    Operand {
                        mode: Mode::Const(v),
                        ty,
                        expr: e,
                    }
                }
                PkgObj::Var(ty) => {
                    let (db, package) = self.env.db_package();
                    let id = crate::GlobalId::of(db, package, name);
                    self.res.resolutions.insert(e, Res::Global(id));
                    Operand {
                        mode: Mode::Variable,
                        ty,
                        expr: e,
                    }
                }
                PkgObj::Func(ty) => {
                    let (db, package) = self.env.db_package();
                    let id = crate::FuncId::of(db, package, name);
                    self.res.resolutions.insert(e, Res::Func(id));
                    Operand {
                        mode: Mode::Value,
                        ty,
                        expr: e,
                    }
                }
                PkgObj::Type(ty)
                    if self.check_named_valid
                        && matches!(ty.kind(), TyKind::Named(_))
                        && self.env.underlying(&ty).is_invalid() =>
                {
                    Operand::invalid(e)
                }
                PkgObj::Type(ty) => {
                    self.res.resolutions.insert(e, Res::Type(ty.clone()));
                    Operand {
                        mode: Mode::TypeExpr,
                        ty,
                        expr: e,
                    }
                }
                PkgObj::Invalid => Operand::invalid(e),
            };
        }
        // The names of dot-imported packages (the file block, outside the package's).
        let dots: Vec<String> = self
            .imports
            .iter()
            .filter(|i| i.name == ".")
            .map(|i| i.path.clone())
            .collect();
        for path in dots {
            if let Some(o) = self.package_member(e, &path, name) {
                let (package, name) = (path, name.to_string());
                self.res
                    .resolutions
                    .insert(e, Res::Imported { package, name });
                return o;
            }
        }
        match universe::lookup(name) {
            Some(UniverseObj::Type(ty)) => {
                self.res.resolutions.insert(e, Res::Type(ty.clone()));
                Operand {
                    mode: Mode::TypeExpr,
                    ty,
                    expr: e,
                }
            }
            Some(UniverseObj::Const(ty, v)) => {
                self.res.resolutions.insert(e, Res::Const(v.clone()));
                Operand {
                    mode: Mode::Const(v),
                    ty,
                    expr: e,
                }
            }
            Some(UniverseObj::Iota) => match self.iota {
                Some(i) => {
                    let v = ConstValue::Int(i.into());
                    self.res.resolutions.insert(e, Res::Const(v.clone()));
                    Operand {
                        mode: Mode::Const(v),
                        ty: Ty::basic(BasicKind::UntypedInt),
                        expr: e,
                    }
                }
                None => {
                    let pos = self.pos(e);
                    self.error(pos, "cannot use iota outside constant declaration");
                    Operand::invalid(e)
                }
            },
            Some(UniverseObj::Nil) => {
                self.res.resolutions.insert(e, Res::Nil);
                Operand {
                    mode: Mode::Nil,
                    ty: Ty::basic(BasicKind::UntypedNil),
                    expr: e,
                }
            }
            Some(UniverseObj::Builtin(b)) => {
                self.res.resolutions.insert(e, Res::Builtin(b));
                Operand {
                    mode: Mode::Builtin(b),
                    ty: Ty::invalid(),
                    expr: e,
                }
            }
            None => {
                let pos = self.pos(e);
                self.error(pos, format!("undefined: {name}"));
                Operand::invalid(e)
            }
        }
    }
}

/// Why an untyped value cannot take a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConvError {
    Invalid,
    Truncated,
    Overflow,
}

/// Order of untyped numeric kinds (int < rune < float).
fn rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 0,
        BasicKind::UntypedRune => 1,
        BasicKind::UntypedFloat => 2,
        BasicKind::UntypedComplex => 3,
        _ => 4,
    }
}

/// The expression `e` of `decl`, if `e` belongs to its arena.
pub(crate) fn expr_at(decl: &ast::Decl, e: ExprId) -> Option<&ast::Expr> {
    let i = e.into_raw().into_u32() as usize;
    (i < decl.exprs.len()).then(|| &decl.exprs[e])
}

/// The statement `s` of `decl`, if `s` belongs to its arena.
pub(crate) fn stmt_at(decl: &ast::Decl, s: ast::StmtId) -> Option<&ast::Stmt> {
    let i = s.into_raw().into_u32() as usize;
    (i < decl.stmts.len()).then(|| &decl.stmts[s])
}
