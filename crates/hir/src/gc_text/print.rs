//! Printing expressions and statements the way gc's `-m` does (`fmtNode`): binary
//! operators spaced (`c * 9 / 5 + 32`), composite literals elided (`&T{...}`,
//! `[]int{...}`), closures as `func literal`, the implicit slice of a variadic call as
//! `... argument`, constants by their source text (gc's `OrigConst`), conversions to
//! unnamed types parenthesized (`([]byte)(s)`).
//!
//! Text is made only when asked for: callers format the nodes they report, never every
//! node of a body.

use golift_syntax::ast::{
    AssignOp, BinaryOp, ExprId, ExprKind, LitKind, StmtId, StmtKind, UnaryOp,
};

use super::{get, GcSyntax};
use crate::{CallKind, Res, TyKind};

impl GcSyntax<'_> {
    /// `names = values` of the `i`th spec of `var` declaration statement `s`.
    pub fn var_spec_text(&self, s: StmtId, i: usize) -> String {
        let Some(StmtKind::Decl(ds)) = get(&self.decl.stmts, s).map(|x| &x.kind) else {
            return String::new();
        };
        let Some(golift_syntax::ast::LocalDecl::Var(spec)) = ds.get(i) else {
            return String::new();
        };
        let names: Vec<&str> = spec.names.iter().map(|n| n.text.as_str()).collect();
        format!("{} = {}", names.join(", "), self.fmt_list(&spec.values))
    }

    /// `name = value` of the `n`th name of the `i`th spec of `var` declaration
    /// statement `s` (a spec with one value per name).
    pub fn var_spec_name_text(&self, s: StmtId, i: usize, n: usize) -> String {
        let Some(StmtKind::Decl(ds)) = get(&self.decl.stmts, s).map(|x| &x.kind) else {
            return String::new();
        };
        let Some(golift_syntax::ast::LocalDecl::Var(spec)) = ds.get(i) else {
            return String::new();
        };
        match (spec.names.get(n), spec.values.get(n)) {
            (Some(name), Some(&v)) => format!("{} = {}", name.text, self.fmt_expr(v, 0)),
            _ => String::new(),
        }
    }

    /// `name = value` of the `i`th name of package-level `var` spec `spec`.
    pub fn global_init_text(&self, spec: usize, i: usize) -> String {
        let golift_syntax::ast::DeclKind::Var(specs) = &self.decl.kind else {
            return String::new();
        };
        let Some(spec) = specs.get(spec) else {
            return String::new();
        };
        let name = spec
            .names
            .get(i)
            .map(|n| n.text.clone())
            .unwrap_or_default();
        match spec.values.get(i) {
            Some(v) => format!("{name} = {}", self.fmt_expr(*v, 0)),
            None => name,
        }
    }
    pub fn fmt_list(&self, es: &[ExprId]) -> String {
        es.iter()
            .map(|e| self.fmt_expr(*e, 0))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn fmt_stmt(&self, s: StmtId) -> String {
        let decl = self.decl;
        let Some(st) = get(&decl.stmts, s) else {
            return String::new();
        };
        match &st.kind {
            StmtKind::Return(v) if v.is_empty() => "return".into(),
            StmtKind::Return(v) => format!("return {}", self.fmt_list(v)),
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!("{} {} {}", self.fmt_list(lhs), op, self.fmt_list(rhs))
            }
            StmtKind::Send { ch, value, .. } => {
                format!("{} <- {}", self.fmt_expr(*ch, 3), self.fmt_expr(*value, 4))
            }
            StmtKind::Range { .. } | StmtKind::For { .. } => "for loop".into(),
            StmtKind::Decl(_) => "var".into(),
            StmtKind::Go(e) => format!("go {}", self.fmt_expr(*e, 0)),
            StmtKind::Defer(e) => format!("defer {}", self.fmt_expr(*e, 0)),
            StmtKind::Expr(e) => self.fmt_expr(*e, 0),
            StmtKind::TypeSwitch { .. } => "switch".into(),
            StmtKind::IncDec { x, inc } => {
                format!("{}{}", self.fmt_expr(*x, 0), if *inc { "++" } else { "--" })
            }
            _ => String::new(),
        }
    }

    /// An expression in gc's style; `prec` is the binding power of the context.
    pub fn fmt_expr(&self, e: ExprId, prec: u8) -> String {
        let (decl, inf) = (self.decl, self.inf);
        let Some(x) = get(&decl.exprs, e) else {
            return String::new();
        };
        if inf.consts.contains_key(&e)
            && (!matches!(x.kind, ExprKind::Name(_))
                || matches!(inf.resolutions.get(&e), Some(Res::Const(_))))
        {
            // gc keeps a constant's source text (noder's OrigConst: syntax.String of the
            // unparenthesized expression) and parenthesizes it by its outermost operator.
            let mut inner = e;
            while let Some(ExprKind::Paren(i)) = get(&decl.exprs, inner).map(|x| &x.kind) {
                inner = *i;
            }
            let p = match get(&decl.exprs, inner).map(|x| &x.kind) {
                Some(ExprKind::Binary { op, .. }) => op.precedence(),
                Some(ExprKind::Unary { .. } | ExprKind::Star(_)) => 7,
                _ => 8,
            };
            return wrap(self.syntax_string(inner), p, prec);
        }
        match &x.kind {
            ExprKind::Bad => "BAD".into(),
            // A dot-imported name: gc prints it qualified (`fmt.Println`).
            ExprKind::Name(n) => match inf.resolutions.get(&e) {
                Some(Res::Imported { package, .. }) => {
                    format!("{}.{n}", package.rsplit('/').next().unwrap_or(package))
                }
                _ => n.clone(),
            },
            ExprKind::BasicLit { kind, raw } => match kind {
                LitKind::String => match golift_syntax::literal::unquote_string(raw) {
                    Some(bytes) => crate::consts::go_quote(&bytes),
                    None => raw.clone(),
                },
                _ => raw.clone(),
            },
            ExprKind::CompositeLit { typ, elems, .. } => {
                let dots = if elems.is_empty() { "" } else { "..." };
                let t = match typ {
                    Some(t) => match get(&decl.exprs, *t).map(|x| &x.kind) {
                        Some(ExprKind::Selector { .. }) => self.fmt_expr(*t, 0),
                        // gc's `any` is a type of its own that prints as `any`; golift's
                        // types do not keep it, so a literal type naming it prints as
                        // written.
                        _ if self.names_any(*t) => self.fmt_expr(*t, 0),
                        // gc prints the literal's type (`OCOMPLIT`'s `n.Type()`): `[...]T`
                        // has its length, an alias is the type it denotes, struct and
                        // interface types are spelled out.
                        _ => inf
                            .expr_types
                            .get(e)
                            .map(super::gc_type_string)
                            .unwrap_or_else(|| self.fmt_expr(*t, 0)),
                    },
                    // An elided type: the literal's own (`&T{...}` for `[]*T{{...}}`).
                    None => match inf.expr_types.get(e).map(|t| t.kind()) {
                        Some(TyKind::Pointer(t)) => {
                            return format!("&{}{{{dots}}}", super::gc_type_string(t))
                        }
                        Some(_) => inf
                            .expr_types
                            .get(e)
                            .map(super::gc_type_string)
                            .unwrap_or_default(),
                        None => String::new(),
                    },
                };
                format!("{t}{{{dots}}}")
            }
            // OCLOSURE and OPTRLIT have no precedence in gc's table: parenthesized in
            // any operand position.
            ExprKind::FuncLit { .. } => wrap("func literal".into(), 0, prec),
            ExprKind::Paren(i) => self.fmt_expr(*i, prec),
            ExprKind::Selector { .. } => self.fmt_selector(e, None),
            ExprKind::Index { x, indices } => {
                format!("{}[{}]", self.fmt_expr(*x, 8), self.fmt_list(indices))
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let f = |o: &Option<ExprId>| o.map(|v| self.fmt_expr(v, 0)).unwrap_or_default();
                let mut s = format!("{}[{}:{}", self.fmt_expr(*x, 8), f(lo), f(hi));
                if max.is_some() {
                    s.push(':');
                    s.push_str(&f(max));
                }
                s.push(']');
                s
            }
            ExprKind::TypeAssert { x, typ } => match typ {
                Some(t) => format!("{}.({})", self.fmt_expr(*x, 8), self.fmt_expr(*t, 0)),
                None => format!("{}.(type)", self.fmt_expr(*x, 8)),
            },
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                if matches!(inf.calls.get(&e), Some(CallKind::Conversion(_))) {
                    // gc parenthesizes a conversion to a type without a name.
                    let mut t = *fun;
                    while let Some(ExprKind::Paren(i)) = get(&decl.exprs, t).map(|x| &x.kind) {
                        t = *i;
                    }
                    let unnamed = !matches!(
                        get(&decl.exprs, t).map(|x| &x.kind),
                        Some(
                            ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Index { .. }
                        )
                    );
                    // typecheck turns []rune("constant") into a slice literal.
                    let rune_lit = matches!(
                        get(&decl.exprs, t).map(|x| &x.kind),
                        Some(ExprKind::SliceType { .. })
                    ) && inf.expr_types.get(e).is_some_and(|ty| {
                        matches!(ty.kind(), TyKind::Slice(el) if matches!(el.kind(), TyKind::Basic(crate::BasicKind::Int32)))
                    }) && args.first().and_then(|a| inf.consts.get(a)).is_some();
                    if rune_lit {
                        let empty = matches!(
                            args.first().and_then(|a| inf.consts.get(a)),
                            Some(crate::ConstValue::String(s)) if s.is_empty()
                        );
                        let dots = if empty { "" } else { "..." };
                        return format!("{}{{{dots}}}", self.fmt_expr(t, 0));
                    }
                    if unnamed {
                        return format!("({})({})", self.fmt_expr(t, 0), self.fmt_list(args));
                    }
                }
                let method = self.method_call_head(e, *fun);
                let mut parts: Vec<String> = method.iter().filter_map(|m| m.1.clone()).collect();
                let shift = parts.len();
                parts.extend(args.iter().map(|a| self.fmt_expr(*a, 0)));
                let mut dots = *ellipsis;
                let multi = args.len() == 1
                    && inf
                        .expr_types
                        .get(args[0])
                        .is_some_and(|t| matches!(t.kind(), TyKind::Tuple(ts) if ts.len() > 1));
                let fixed_yet = !self.variadic_as_written;
                if let Some(fixed) = self
                    .variadic_fixed(e)
                    .map(|f| f + shift)
                    .filter(|_| !multi && fixed_yet)
                {
                    if !*ellipsis && parts.len() > fixed {
                        parts.truncate(fixed);
                        parts.push("... argument".into());
                        dots = true;
                    } else if !*ellipsis && parts.len() == fixed {
                        // No variadic arguments: gc passes a nil slice, `f(nil...)`.
                        parts.push("nil".into());
                        dots = true;
                    }
                }
                let head = match method {
                    Some((head, _)) => head,
                    None => {
                        let promoted = self.promoted_iface_method(*fun);
                        self.fmt_expr(*fun, 8) + promoted.as_deref().unwrap_or("")
                    }
                };
                let mut s = format!("{head}({}", parts.join(", "));
                if dots {
                    s.push_str("...");
                }
                s.push(')');
                // OCOMPLEX, OREAL and OIMAG have no precedence in gc's table: an operand
                // of any operator is parenthesized.
                let complex_op = matches!(
                    inf.calls.get(&e),
                    Some(CallKind::Builtin(
                        crate::Builtin::Complex | crate::Builtin::Real | crate::Builtin::Imag
                    ))
                );
                if complex_op {
                    return wrap(s, 0, prec);
                }
                s
            }
            ExprKind::Star(i) => wrap(format!("*{}", self.fmt_expr(*i, 8)), 7, prec),
            ExprKind::Unary { op, x } => {
                let o = op.as_str();
                // gc separates a repeated operator (`- (-x)`); the operand binds at 8.
                let same = matches!(
                    get(&decl.exprs, *x).map(|y| &y.kind),
                    Some(ExprKind::Unary { op: o2, .. }) if o2 == op
                ) && !inf.consts.contains_key(x);
                let sp = if same { " " } else { "" };
                let ptrlit = *op == UnaryOp::Addr
                    && matches!(
                        get(&decl.exprs, *x).map(|y| &y.kind),
                        Some(ExprKind::CompositeLit { .. })
                    );
                wrap(
                    format!("{o}{sp}{}", self.fmt_expr(*x, 8)),
                    if ptrlit { 0 } else { 7 },
                    prec,
                )
            }
            // A string concatenation is gc's `OADDSTR` (its operands flattened), which
            // has no precedence: parenthesized wherever one is wanted.
            ExprKind::Binary {
                op: BinaryOp::Add,
                x,
                y,
                ..
            } if self.is_string_expr(e) => {
                let s = format!("{} + {}", self.fmt_expr(*x, 0), self.fmt_expr(*y, 0));
                wrap(s, 0, prec)
            }
            ExprKind::Binary { op, x, y, .. } => {
                let p = op.precedence();
                let s = format!(
                    "{} {} {}",
                    self.fmt_expr(*x, p),
                    op.as_str(),
                    self.fmt_expr(*y, p + 1)
                );
                wrap(s, p, prec)
            }
            // gc prints a type, not its syntax: an array's length is its value.
            ExprKind::ArrayType { len, elem } => match len {
                Some(l) => {
                    let n = match inf.consts.get(l) {
                        Some(crate::ConstValue::Int(n)) => n.to_string(),
                        _ => self.fmt_expr(*l, 0),
                    };
                    format!("[{n}]{}", self.fmt_expr(*elem, 0))
                }
                None => format!("[...]{}", self.fmt_expr(*elem, 0)),
            },
            ExprKind::SliceType { elem } => format!("[]{}", self.fmt_expr(*elem, 0)),
            ExprKind::MapType { key, value } => format!(
                "map[{}]{}",
                self.fmt_expr(*key, 0),
                self.fmt_expr(*value, 0)
            ),
            ExprKind::ChanType { elem, .. } => format!("chan {}", self.fmt_expr(*elem, 0)),
            ExprKind::FuncType(sig) => self.fmt_func_type(sig),
            // gc's types print every field: `struct { a int; b string "tag" }`.
            ExprKind::StructType { fields } if fields.is_empty() => "struct {}".into(),
            ExprKind::StructType { fields } => {
                format!("struct {{ {} }}", self.fmt_fields(fields, true).join("; "))
            }
            ExprKind::InterfaceType { elems } if elems.is_empty() => "interface {}".into(),
            // gc prints the type (embedded interfaces' methods included).
            ExprKind::InterfaceType { elems } => match inf.expr_types.get(e) {
                Some(t) if !t.is_invalid() => super::gc_type_string(t),
                _ => self.fmt_interface_type(elems),
            },
        }
    }

    /// Fields as gc's type printer writes them (types/fmt.go's `fldconv`): one per
    /// name (`a, b int` is `a int`, `b int`), an embedded field by its type; a struct's
    /// (`strukt`) with its name and its tag quoted, a function's parameters and results
    /// by their types alone.
    fn fmt_fields(&self, fields: &[golift_syntax::ast::Field], strukt: bool) -> Vec<String> {
        let mut out = Vec::new();
        for f in fields {
            let mut t = self.fmt_expr(f.typ, 0);
            if f.variadic {
                t = format!("...{t}");
            }
            if let (true, Some(tag)) = (strukt, &f.tag) {
                t = format!("{t} {}", crate::consts::go_quote(tag.as_bytes()));
            }
            if f.names.is_empty() {
                out.push(t);
                continue;
            }
            for n in &f.names {
                out.push(if strukt {
                    format!("{} {t}", n.text)
                } else {
                    t.clone()
                });
            }
        }
        out
    }

    /// A function type as gc's type printer writes it: `func(int) string`,
    /// `func(a int) (int, error)`, one result by its type alone.
    /// Whether type expression `t` names the predeclared `any` somewhere.
    fn names_any(&self, t: ExprId) -> bool {
        let Some(x) = get(&self.decl.exprs, t) else {
            return false;
        };
        match &x.kind {
            ExprKind::Name(n) => n == "any",
            ExprKind::Paren(i) | ExprKind::SliceType { elem: i } => self.names_any(*i),
            ExprKind::ArrayType { elem, .. } => self.names_any(*elem),
            ExprKind::MapType { key, value } => self.names_any(*key) || self.names_any(*value),
            ExprKind::Unary { x, .. } => self.names_any(*x),
            ExprKind::StructType { fields } => fields.iter().any(|f| self.names_any(f.typ)),
            _ => false,
        }
    }

    /// An interface type as gc's `tconv` writes it: `interface { A(int) int; B() }`, its
    /// methods sorted (exported names first). An embedded interface or an unexported
    /// method (which gc qualifies with its package path) is not written yet: such a
    /// type prints elided, `interface {...}`.
    fn fmt_interface_type(&self, elems: &[golift_syntax::ast::InterfaceElem]) -> String {
        use golift_syntax::ast::InterfaceElem;
        let mut methods = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig }
                    if name.text.starts_with(|c: char| c.is_uppercase()) =>
                {
                    let f = self.fmt_func_type(sig);
                    let sig = f.strip_prefix("func").unwrap_or(&f).to_string();
                    methods.push((name.text.clone(), sig));
                }
                _ => return "interface {...}".into(),
            }
        }
        methods.sort();
        let ms: Vec<String> = methods.into_iter().map(|(n, s)| n + &s).collect();
        format!("interface {{ {} }}", ms.join("; "))
    }

    fn fmt_func_type(&self, sig: &golift_syntax::ast::FuncType) -> String {
        let params = self.fmt_fields(&sig.params, false).join(", ");
        let results = self.fmt_fields(&sig.results, false);
        match results.len() {
            0 => format!("func({params})"),
            // One result: its type alone, named or not (gc's `tconv`).
            1 => match sig.results.first() {
                Some(f) => format!("func({params}) {}", self.fmt_expr(f.typ, 0)),
                None => format!("func({params})"),
            },
            _ => format!("func({params}) ({})", results.join(", ")),
        }
    }

    /// An expression as the syntax package's printer writes it (`syntax.String`):
    /// literals as written, parentheses kept, binary operators spaced.
    pub fn syntax_string(&self, e: ExprId) -> String {
        let decl = self.decl;
        let Some(x) = get(&decl.exprs, e) else {
            return String::new();
        };
        let list = |es: &[ExprId]| {
            es.iter()
                .map(|a| self.syntax_string(*a))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &x.kind {
            ExprKind::Name(n) => n.clone(),
            ExprKind::BasicLit { raw, .. } => raw.clone(),
            ExprKind::Paren(i) => format!("({})", self.syntax_string(*i)),
            ExprKind::Selector { x, sel } => {
                format!("{}.{}", self.syntax_string(*x), sel.text)
            }
            ExprKind::Index { x, indices } => {
                format!("{}[{}]", self.syntax_string(*x), list(indices))
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => format!(
                "{}({}{})",
                self.syntax_string(*fun),
                list(args),
                if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Star(i) => format!("*{}", self.syntax_string(*i)),
            ExprKind::Unary { op, x } => {
                let o = op.as_str();
                format!("{o}{}", self.syntax_string(*x))
            }
            ExprKind::Binary { op, x, y, .. } => format!(
                "{} {} {}",
                self.syntax_string(*x),
                op.as_str(),
                self.syntax_string(*y)
            ),
            _ => self.fmt_expr_nonconst(e),
        }
    }

    /// Selector `e` as gc prints it, with the embedded fields its typecheck made
    /// explicit (`o.Other.X` for `o.X`); only its first `steps` fields when given.
    pub fn fmt_selector(&self, e: ExprId, steps: Option<usize>) -> String {
        let u = self;
        let Some(ExprKind::Selector { x: base, sel }) = get(&u.decl.exprs, e).map(|x| &x.kind)
        else {
            return String::new();
        };
        // A qualified identifier: gc prints the package's name, not the file's name
        // for it (`m.Sqrt` of `import m "math"` is `math.Sqrt`).
        if let Some(Res::Package(path)) = u.inf.resolutions.get(base) {
            let name = path.rsplit('/').next().unwrap_or(path);
            return format!("{name}.{}", sel.text);
        }
        let mut s = self.fmt_expr(*base, 8);
        let path = match (u.inf.selections.get(&e), u.inf.expr_types.get(*base)) {
            (Some(path), Some(bt)) => super::selection_steps(self.db, bt, path),
            _ => Vec::new(),
        };
        let shown = steps.unwrap_or(path.len());
        if path.is_empty() {
            return format!("{s}.{}", sel.text);
        }
        for step in path.iter().take(shown) {
            s.push('.');
            s.push_str(&step.name);
        }
        s
    }

    /// `.M` for a call's function `fun` that is a method promoted from an embedded
    /// interface (printed `s.I.M`, where the selector itself prints as the field `s.I`).
    fn promoted_iface_method(&self, fun: ExprId) -> Option<String> {
        let mut f = fun;
        while let Some(ExprKind::Paren(i)) = get(&self.decl.exprs, f).map(|x| &x.kind) {
            f = *i;
        }
        let Some(ExprKind::Selector { sel, .. }) = get(&self.decl.exprs, f).map(|x| &x.kind) else {
            return None;
        };
        let promoted = self.inf.iface_methods.contains_key(&f)
            && self
                .inf
                .selections
                .get(&f)
                .is_some_and(|s| !s.path.is_empty());
        promoted.then(|| format!(".{}", sel.text))
    }

    /// A method call as gc's typecheck rewrites it (`FixMethodCall`): the method
    /// expression `T.M` / `(*T).M` it calls and, for `x.M(...)`, the receiver as its
    /// first argument, with the implicit embedded fields spelled out (implicit `&` and
    /// `*` print as nothing). `None` for other calls.
    fn method_call_head(&self, call: ExprId, fun: ExprId) -> Option<(String, Option<String>)> {
        if let Some(d) = self.devirt.iter().find(|d| d.call == call) {
            return Some(match &d.method {
                Some(m) => (m.clone(), Some(d.recv.clone())),
                None => {
                    let mut f = fun;
                    while let Some(ExprKind::Paren(i)) = get(&self.decl.exprs, f).map(|x| &x.kind) {
                        f = *i;
                    }
                    let name = match get(&self.decl.exprs, f).map(|x| &x.kind) {
                        Some(ExprKind::Selector { sel, .. }) => sel.text.clone(),
                        _ => String::new(),
                    };
                    (format!("{}.{name}", d.recv), None)
                }
            });
        }
        let Some(CallKind::Method(func)) = self.inf.calls.get(&call) else {
            return None;
        };
        let mut f = fun;
        while let Some(ExprKind::Paren(i)) = get(&self.decl.exprs, f).map(|x| &x.kind) {
            f = *i;
        }
        let Some(ExprKind::Selector { x, sel }) = get(&self.decl.exprs, f).map(|x| &x.kind) else {
            return None;
        };
        let selection = self.inf.selections.get(&f)?;
        if selection.method.is_some_and(|m| m.expr) {
            // Written as a method expression: the receiver type as written.
            let t = self.inf.expr_types.get(*x)?;
            let ts = match t.kind() {
                TyKind::Pointer(_) => format!("({})", super::gc_type_string(t)),
                _ => super::gc_type_string(t),
            };
            return Some((format!("{ts}.{}", sel.text), None));
        }
        let head = crate::symbols::func_name(self.db, *func);
        let steps = match self.inf.expr_types.get(*x) {
            Some(bt) => super::selection_steps(self.db, bt, selection),
            None => Vec::new(),
        };
        let mut recv = self.fmt_expr(*x, if steps.is_empty() { 0 } else { 8 });
        for step in &steps {
            recv.push('.');
            recv.push_str(&step.name);
        }
        Some((head, Some(recv)))
    }

    /// [`Self::fmt_expr`] of a type or other non-constant operand inside a constant.
    /// Whether `e`'s type is a string type.
    fn is_string_expr(&self, e: ExprId) -> bool {
        self.inf.expr_types.get(e).is_some_and(|t| {
            matches!(
                crate::underlying(self.db, t).as_basic(),
                Some(crate::BasicKind::String | crate::BasicKind::UntypedString)
            )
        })
    }

    pub fn fmt_expr_nonconst(&self, e: ExprId) -> String {
        self.fmt_expr(e, 0)
    }

    /// For a call of a variadic function without `...`: the number of fixed parameters.
    pub fn variadic_fixed(&self, call: ExprId) -> Option<usize> {
        let u = self;
        let ExprKind::Call { fun, .. } = &get(&u.decl.exprs, call)?.kind else {
            return None;
        };
        if matches!(
            u.inf.calls.get(&call),
            Some(CallKind::Builtin(_) | CallKind::Conversion(_))
        ) {
            return None;
        }
        let fty = u.inf.expr_types.get(*fun)?;
        match crate::underlying(self.db, fty).kind() {
            crate::TyKind::Func {
                params,
                variadic: true,
                ..
            } => Some(params.len().saturating_sub(1)),
            _ => None,
        }
    }
}

fn wrap(s: String, p: u8, ctx: u8) -> String {
    if p < ctx {
        format!("({s})")
    } else {
        s
    }
}
