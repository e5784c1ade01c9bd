//! Declarations: `var` specs (inside a body or at package level; the declared type or
//! the initialisers' types, gc's `assignment mismatch` messages), `const` specs with
//! `iota` (their values, and the checks of a local `const`), and initialising a list of
//! variables from a list of values, which `return` uses too. Assignments to existing
//! variables are in `assign.rs`.

use golift_syntax::ast::{ExprId, ExprKind, TypeSpec, ValueSpec};

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::scope::ScopeObj;
use crate::{BasicKind, ConstValue, LocalKind, NamedRef, Ty, TyKind, TypeDefId};

impl Checker<'_> {
    /// A type declared in a body: a new named type owned by the function (its
    /// underlying type recorded in [`crate::InferenceResult::local_types`]), in scope
    /// from its name on so that it can refer to itself; or a local alias.
    pub(crate) fn local_type(&mut self, t: &TypeSpec) {
        let name = &t.name;
        if !t.type_params.is_empty() {
            self.unsupported(name.span.start, "generic types");
            self.declare_type(name, ScopeObj::Invalid);
            return;
        }
        if t.alias {
            let ty = self.typ(t.typ);
            let obj = if ty.is_invalid() {
                ScopeObj::Invalid
            } else {
                ScopeObj::Type(ty)
            };
            self.declare_type(name, obj);
            return;
        }
        let Some(owner) = self.owner else {
            self.error(
                name.span.start,
                "internal compiler error: a local type outside a function",
            );
            return;
        };
        let (db, package) = self.env.db_package();
        let count = self.local_type_counts.entry(name.text.clone()).or_insert(0);
        let index = *count;
        *count += 1;
        let def = TypeDefId::local(db, package, &name.text, owner, index);
        let named = Ty::new(TyKind::Named(NamedRef {
            def,
            name: name.text.clone(),
        }));
        self.res.local_types.insert(def, Ty::invalid());
        self.declare_type(name, ScopeObj::Type(named));
        // As while package-level types are built: a reference to the type being
        // declared (`next *T`) is not invalid for lack of its underlying type yet.
        let saved = std::mem::replace(&mut self.check_named_valid, false);
        let ty = self.typ(t.typ);
        self.check_named_valid = saved;
        let under = self.under(&ty);
        self.res.local_types.insert(def, under);
    }

    fn declare_type(&mut self, name: &golift_syntax::ast::Name, obj: ScopeObj) {
        if let Err(other) = self.scopes.declare(&name.text, obj, name.span.start) {
            self.redeclared(
                name.span.start,
                &name.text,
                "redeclared in this block",
                other,
            );
        }
    }

    /// A `var` spec inside a function (`local`) or at package level.
    pub(crate) fn var_spec(&mut self, spec: &ValueSpec, local: bool) -> Vec<Ty> {
        let typ = spec.typ.map(|t| self.typ(t));
        let n = spec.names.len();
        let mut tys: Vec<Option<Ty>> = vec![typ.clone(); n];
        let values = &spec.values;
        let mut failed = vec![false; n];
        let saved = std::mem::take(&mut self.var_values);
        if typ.is_none() {
            self.var_values = values.iter().map(|&v| self.unparen(v)).collect();
        }
        if values.len() == n {
            for (i, &v) in values.iter().enumerate() {
                let mut x = self.expr(v);
                if self
                    .init_var(&mut tys[i], &mut x, "variable declaration")
                    .is_none()
                {
                    failed[i] = true;
                }
            }
        } else if values.len() == 1 && n > 1 {
            if !self.init_vars(&mut tys, values, None) {
                failed = vec![true; n];
            }
        } else if !values.is_empty() {
            for &v in values {
                self.expr(v);
            }
        }
        self.var_values = saved;
        if typ.is_none() || !values.is_empty() {
            self.arity(spec, false);
        }
        // gc sizes a declared type once, each value's type of its own.
        let sized = if typ.is_some() { 1 } else { n };
        for (name, t) in spec.names.iter().zip(&tys).take(sized) {
            if let Some(t) = t {
                self.chan_elem_size(t, name.span.start);
            }
        }
        let tys: Vec<Ty> = tys
            .into_iter()
            .map(|t| t.unwrap_or_else(Ty::invalid))
            .collect();
        if local {
            let names = spec.names.iter().zip(tys.iter()).zip(failed).enumerate();
            for (i, ((name, ty), failed)) in names {
                let id = self.new_local(&name.text, ty.clone(), name.span, LocalKind::Var);
                if ty.is_invalid() || failed {
                    self.used.insert(id);
                }
                if let Some((stmt, spec)) = self.var_decl {
                    self.res.var_locals.insert((stmt, spec, i as u32), id);
                }
                self.declare_local(id, name);
            }
        }
        tys
    }

    /// Reports a mismatch between the number of names and values of a spec.
    fn arity(&mut self, spec: &ValueSpec, is_const: bool) {
        let (l, r) = (spec.names.len(), spec.values.len());
        if r == 0 {
            if is_const || spec.typ.is_none() {
                if let Some(n) = spec.names.first() {
                    self.error(n.span.start, format!("missing init expr for {}", n.text));
                }
            }
            return;
        }
        if l < r {
            if let Some(&v) = spec.values.get(l) {
                let p = self.pos(v);
                self.error(p, format!("extra init expr {}", self.estr(v)));
            }
        } else if l > r && (is_const || r != 1) {
            if let Some(n) = spec.names.get(r) {
                self.error(n.span.start, format!("missing init expr for {}", n.text));
            }
        }
    }

    /// types2's `initVar`: the variable's type (inferred if absent) after assigning `x`.
    fn init_var(&mut self, lhs: &mut Option<Ty>, x: &mut Operand, context: &str) -> Option<Ty> {
        if x.is_invalid() || x.ty.is_invalid() || lhs.as_ref().is_some_and(|t| t.is_invalid()) {
            if lhs.is_none() {
                *lhs = Some(Ty::invalid());
            }
            return None;
        }
        if lhs.is_none() {
            let mut t = x.ty.clone();
            if Self::is_untyped(&t) {
                if x.is_nil() {
                    let p = self.pos(x.expr);
                    self.error(p, format!("use of untyped nil in {context}"));
                    *lhs = Some(Ty::invalid());
                    return None;
                }
                t = Self::default_type(&t);
            }
            if let TyKind::Tuple(ts) = t.kind() {
                if ts.len() != 1 {
                    self.single_value(x);
                    *lhs = Some(Ty::invalid());
                    return None;
                }
            }
            *lhs = Some(t);
        }
        let t = lhs.clone();
        self.assignment(x, t.as_ref(), context);
        if x.is_invalid() {
            return None;
        }
        t
    }

    /// types2's `initVars` (also used for `return`, with `ret` its position).
    pub(super) fn init_vars(
        &mut self,
        lhs: &mut [Option<Ty>],
        rhs: &[ExprId],
        ret: Option<u32>,
    ) -> bool {
        // A `return` takes no comma-ok value (types2's `initVars`).
        let xs = if ret.is_some() {
            self.expr_list(rhs)
        } else {
            self.assigned_values(rhs, lhs.len())
        };
        if lhs.len() != xs.len() {
            for t in lhs.iter_mut() {
                if t.is_none() {
                    *t = Some(Ty::invalid());
                }
            }
            if xs.iter().any(|x| x.is_invalid()) {
                return false;
            }
            if let Some(ret_pos) = ret {
                let (at, q) = if xs.len() > lhs.len() {
                    (self.pos(xs[lhs.len()].expr), "too many")
                } else if let Some(last) = xs.last() {
                    (self.pos(last.expr), "not enough")
                } else {
                    (ret_pos, "not enough")
                };
                let have: Vec<Ty> = xs.iter().map(|x| x.ty.clone()).collect();
                let have = self.types_summary(&have, false);
                let want: Vec<Ty> = lhs
                    .iter()
                    .map(|t| t.clone().unwrap_or_else(Ty::invalid))
                    .collect();
                let want = self.types_summary(&want, false);
                self.error(
                    at,
                    format!("{q} return values\n\thave {have}\n\twant {want}"),
                );
                return false;
            }
            self.assign_error(rhs, lhs.len(), xs.len());
            return false;
        }
        let context = if ret.is_some() {
            "return statement"
        } else {
            "assignment"
        };
        let mut ok = true;
        for (t, mut x) in lhs.iter_mut().zip(xs) {
            if self.init_var(t, &mut x, context).is_none() {
                ok = false;
            }
        }
        ok
    }

    pub(super) fn assign_error(&mut self, rhs: &[ExprId], nvars: usize, nvals: usize) {
        let measure = |n: usize, unit: &str| {
            if n == 1 {
                format!("{n} {unit}")
            } else {
                format!("{n} {unit}s")
            }
        };
        let vars = measure(nvars, "variable");
        let vals = measure(nvals, "value");
        let Some(&r0) = rhs.first() else { return };
        let p = self.pos(r0);
        if rhs.len() == 1 {
            let inner = self.unparen(r0);
            if let Some(ExprKind::Call { fun, .. }) = self.expr_kind(inner) {
                let f = self.estr(*fun);
                self.error(
                    p,
                    format!("assignment mismatch: {vars} but {f} returns {vals}"),
                );
                return;
            }
        }
        self.error(p, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// Evaluates an expression list, spreading one multi-valued call ([`Self::arg_list`]);
    /// a single call without a value is an error here.
    /// The values of `rhs` for `nlhs` variables: as [`Self::expr_list`], and for two
    /// variables and one comma-ok expression (`x.(T)`), its value and an untyped bool.
    pub(super) fn assigned_values(&mut self, rhs: &[ExprId], nlhs: usize) -> Vec<Operand> {
        if let ([r], 2) = (rhs, nlhs) {
            if self.is_comma_ok_expr(*r) {
                let x = self.expr(*r);
                if x.is_invalid() || !self.has_comma_ok_result(*r, &x) {
                    return vec![x];
                }
                self.res.comma_ok.insert(*r);
                let ok = Operand {
                    mode: Mode::Value,
                    ty: Ty::basic(crate::BasicKind::UntypedBool),
                    expr: *r,
                };
                return vec![x, ok];
            }
        }
        self.expr_list(rhs)
    }

    /// Whether the checked `x` of expression `e` has a second, boolean result: a type
    /// assertion, or an index expression of a map.
    fn has_comma_ok_result(&self, e: ExprId, x: &Operand) -> bool {
        x.mode == Mode::MapIndex
            || !matches!(
                self.expr_kind(self.unparen(e)),
                Some(golift_syntax::ast::ExprKind::Index { .. })
            )
    }

    /// Whether `e` (in parentheses or not) can have a second, boolean result.
    fn is_comma_ok_expr(&self, e: ExprId) -> bool {
        match self.expr_kind(e) {
            Some(golift_syntax::ast::ExprKind::Paren(x)) => self.is_comma_ok_expr(*x),
            Some(golift_syntax::ast::ExprKind::TypeAssert { typ: Some(_), .. }) => true,
            Some(golift_syntax::ast::ExprKind::Unary {
                op: golift_syntax::ast::UnaryOp::Recv,
                ..
            }) => true,
            Some(golift_syntax::ast::ExprKind::Index { .. }) => true,
            _ => false,
        }
    }

    pub(super) fn expr_list(&mut self, rhs: &[ExprId]) -> Vec<Operand> {
        let list = self.arg_list(rhs);
        if let ([r], [x]) = (rhs, list.as_slice()) {
            if x.mode == Mode::NoValue {
                let msg = format!("{} used as value", self.ostr(x));
                let p = self.pos(*r);
                self.error(p, msg);
                return vec![Operand::invalid(*r)];
            }
        }
        list
    }

    pub(super) fn const_spec(&mut self, spec: &ValueSpec) {
        let vals = self.const_spec_values(spec);
        for (name, (ty, v)) in spec.names.iter().zip(vals) {
            // An erroneous constant is declared as invalid, so that uses do not report
            // `undefined`.
            let obj = match v {
                Some(v) => ScopeObj::Const(ty, v),
                None => ScopeObj::Const(Ty::invalid(), ConstValue::int(0)),
            };
            if let Err(other) = self.scopes.declare(&name.text, obj, name.span.start) {
                self.redeclared(
                    name.span.start,
                    &name.text,
                    "redeclared in this block",
                    other,
                );
            }
        }
    }

    /// Evaluates a const spec: each name's type and value (`None` when erroneous).
    pub(crate) fn const_spec_values(&mut self, spec: &ValueSpec) -> Vec<(Ty, Option<ConstValue>)> {
        let saved = self.iota;
        self.iota = Some(i128::from(spec.iota));
        let typ = spec.typ.map(|t| self.typ(t));
        let mut out = Vec::new();
        for (i, _name) in spec.names.iter().enumerate() {
            let Some(&v) = spec.values.get(i) else {
                out.push((Ty::invalid(), None));
                continue;
            };
            let mut x = self.expr(v);
            if x.is_invalid() || typ.as_ref().is_some_and(|t| t.is_invalid()) {
                out.push((Ty::invalid(), None));
                continue;
            }
            if x.const_val().is_none() {
                let msg = format!("{} is not constant", self.ostr(&x));
                let p = self.pos(v);
                self.error(p, msg);
                out.push((Ty::invalid(), None));
                continue;
            }
            let t = typ.clone().unwrap_or_else(|| x.ty.clone());
            if typ.is_some() {
                let is_const_type = self
                    .under_basic(&t)
                    .is_some_and(|b| b != BasicKind::UnsafePointer);
                if !is_const_type {
                    let msg = format!("invalid constant type {}", type_string(&t));
                    let p = spec.typ.map(|e| self.pos(e)).unwrap_or(0);
                    self.error(p, msg);
                    out.push((Ty::invalid(), None));
                    continue;
                }
                self.assignment(&mut x, Some(&t), "constant declaration");
            }
            match (&x.mode, x.is_invalid()) {
                (Mode::Const(cv), false) => out.push((t, Some(cv.clone()))),
                _ => out.push((Ty::invalid(), None)),
            }
        }
        if !spec.implicit {
            self.arity(spec, true);
        }
        self.iota = saved;
        out
    }
}
