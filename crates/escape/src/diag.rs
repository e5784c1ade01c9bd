//! Printing nodes and positions the way gc's `-m` does.
//!
//! Expressions print in gc's `fmtNode` style: binary operators spaced (`c * 9 / 5 + 32`),
//! composite literals elided (`&T{...}`, `[]int{...}`), closures as `func literal`, the
//! implicit slice of a variadic call as `... argument`, constants by value (`"hello"`).
//!
//! Positions are gc's: a call at its `(`, a selector at its `.`, an index or slice at
//! its `[`, a binary expression at its operator, a composite literal at its `{`.
//!
//! A position inside a message (`from &num (address-of) at ./x.go:14:9`) is written as
//! a marker `ESC unit US offset ESC` naming the declaration, and [`render_message`] turns
//! it into `path:line:col`, so that analysis results never depend on absolute offsets.

use crate::graph::ArenaGet as _;
use golift_hir::{CallKind, Res, TyKind};
use golift_syntax::ast::{AssignOp, Decl, ExprId, ExprKind, LitKind, StmtId, StmtKind, UnaryOp};

use crate::build::Batch;
use crate::graph::{NodeRef, Where};

pub(crate) const MARK: char = '\u{1b}';
pub(crate) const SEP: char = '\u{1f}';

/// gc's position of an expression (relative offset).
pub(crate) fn gc_pos(decl: &Decl, e: ExprId) -> u32 {
    let Some(x) = decl.exprs.get(e) else { return 0 };
    let end_of = |id: ExprId| {
        decl.exprs
            .get(id)
            .map(|x| x.span.end)
            .unwrap_or(x.span.start)
    };
    match &x.kind {
        ExprKind::Paren(inner) => gc_pos(decl, *inner),
        ExprKind::Call { fun, .. } => end_of(*fun),
        ExprKind::Selector { sel, .. } => sel.span.start.saturating_sub(1),
        ExprKind::Index { x: b, .. } | ExprKind::Slice { x: b, .. } => end_of(*b),
        ExprKind::TypeAssert { x: b, .. } => end_of(*b),
        ExprKind::Binary { op_pos, .. } => *op_pos,
        ExprKind::CompositeLit { typ: Some(t), .. } => end_of(*t),
        _ => x.span.start,
    }
}

pub(crate) fn stmt_pos(decl: &Decl, s: StmtId) -> u32 {
    let Some(st) = decl.stmts.get(s) else {
        return 0;
    };
    match &st.kind {
        StmtKind::Assign { op_pos, .. } => *op_pos,
        _ => st.span.start,
    }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Batch<'_> {
    pub(crate) fn pos_marker(&self, at: Where) -> String {
        format!("{MARK}{}{SEP}{}{MARK}", self.units[at.unit].key, at.pos)
    }

    pub(crate) fn fmt_where(&self, at: Where) -> String {
        let unit = &self.units[at.unit];
        match at.node {
            NodeRef::Expr(e) | NodeRef::Conv(e) => self.fmt_expr(at.unit, e, 0),
            NodeRef::SelectorPrefix(e, n) => self.fmt_selector(at.unit, e, Some(n as usize)),
            NodeRef::VarArgs(_) => "... argument".into(),
            NodeRef::Stmt(s) => self.fmt_stmt(at.unit, s),
            NodeRef::Local(l) => unit
                .inf
                .locals
                .get(l)
                .map(|x| x.name.clone())
                .unwrap_or_default(),
            NodeRef::Result(i) => format!("~r{i}"),
            NodeRef::AutoTmp(n) => format!(".autotmp_{n}"),
            NodeRef::TmpAssign(n, e) => format!(".autotmp_{n} = {}", self.fmt_expr(at.unit, e, 0)),
            NodeRef::WrapperLit => "func literal".into(),
            NodeRef::VarSpec(s, i) => {
                let Some(StmtKind::Decl(ds)) = unit.decl.stmts.get(s).map(|x| &x.kind) else {
                    return String::new();
                };
                let Some(golift_syntax::ast::LocalDecl::Var(spec)) = ds.get(i as usize) else {
                    return String::new();
                };
                let names: Vec<&str> = spec.names.iter().map(|n| n.text.as_str()).collect();
                format!(
                    "{} = {}",
                    names.join(", "),
                    self.fmt_list(at.unit, &spec.values)
                )
            }
            NodeRef::GlobalInit(spec, i) => {
                let golift_syntax::ast::DeclKind::Var(specs) = &unit.decl.kind else {
                    return String::new();
                };
                let Some(spec) = specs.get(spec as usize) else {
                    return String::new();
                };
                let name = spec
                    .names
                    .get(i as usize)
                    .map(|n| n.text.clone())
                    .unwrap_or_default();
                match spec.values.get(i as usize) {
                    Some(v) => format!("{name} = {}", self.fmt_expr(at.unit, *v, 0)),
                    None => name,
                }
            }
        }
    }

    fn fmt_list(&self, unit: usize, es: &[ExprId]) -> String {
        es.iter()
            .map(|e| self.fmt_expr(unit, *e, 0))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn fmt_stmt(&self, unit: usize, s: StmtId) -> String {
        let decl = self.units[unit].decl;
        let Some(st) = decl.stmts.get(s) else {
            return String::new();
        };
        match &st.kind {
            StmtKind::Return(v) if v.is_empty() => "return".into(),
            StmtKind::Return(v) => format!("return {}", self.fmt_list(unit, v)),
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!(
                    "{} {} {}",
                    self.fmt_list(unit, lhs),
                    op,
                    self.fmt_list(unit, rhs)
                )
            }
            StmtKind::Send { ch, value } => format!(
                "{} <- {}",
                self.fmt_expr(unit, *ch, 3),
                self.fmt_expr(unit, *value, 3)
            ),
            StmtKind::Range { .. } | StmtKind::For { .. } => "for loop".into(),
            StmtKind::Decl(_) => "var".into(),
            StmtKind::Go(e) => format!("go {}", self.fmt_expr(unit, *e, 0)),
            StmtKind::Defer(e) => format!("defer {}", self.fmt_expr(unit, *e, 0)),
            StmtKind::Expr(e) => self.fmt_expr(unit, *e, 0),
            StmtKind::TypeSwitch { .. } => "switch".into(),
            StmtKind::IncDec { x, inc } => {
                format!(
                    "{}{}",
                    self.fmt_expr(unit, *x, 0),
                    if *inc { "++" } else { "--" }
                )
            }
            _ => String::new(),
        }
    }

    /// An expression in gc's style; `prec` is the binding power of the context.
    pub(crate) fn fmt_expr(&self, unit: usize, e: ExprId, prec: u8) -> String {
        let u = &self.units[unit];
        let decl = u.decl;
        let inf = u.inf;
        let Some(x) = decl.exprs.get(e) else {
            return String::new();
        };
        if inf.consts.contains_key(&e)
            && (!matches!(x.kind, ExprKind::Name(_))
                || matches!(inf.resolutions.get(&e), Some(Res::Const(_))))
        {
            // gc keeps a constant's source text (noder's OrigConst: syntax.String of the
            // unparenthesized expression) and parenthesizes it by its outermost operator.
            let mut inner = e;
            while let Some(ExprKind::Paren(i)) = decl.exprs.get(inner).map(|x| &x.kind) {
                inner = *i;
            }
            let p = match decl.exprs.get(inner).map(|x| &x.kind) {
                Some(ExprKind::Binary { op, .. }) => op.precedence(),
                Some(ExprKind::Unary { .. } | ExprKind::Star(_)) => 7,
                _ => 8,
            };
            return wrap(self.syntax_string(unit, inner), p, prec);
        }
        match &x.kind {
            ExprKind::Bad => "BAD".into(),
            ExprKind::Name(n) => n.clone(),
            ExprKind::BasicLit { kind, raw } => match kind {
                LitKind::String => quote(&unquote(raw)),
                _ => raw.clone(),
            },
            ExprKind::CompositeLit { typ, elems, .. } => {
                let dots = if elems.is_empty() { "" } else { "..." };
                let t = match typ {
                    Some(t) => match decl.exprs.get(*t).map(|x| &x.kind) {
                        // gc prints the literal's type: `[...]T` has its length.
                        Some(ExprKind::ArrayType { len: None, .. }) => inf
                            .expr_types
                            .get(e)
                            .map(golift_hir::type_string)
                            .unwrap_or_else(|| self.fmt_expr(unit, *t, 0)),
                        _ => self.fmt_expr(unit, *t, 0),
                    },
                    // An elided type: the literal's own (`&T{...}` for `[]*T{{...}}`).
                    None => match inf.expr_types.get(e).map(|t| t.kind()) {
                        Some(TyKind::Pointer(t)) => {
                            return format!("&{}{{{dots}}}", golift_hir::type_string(t))
                        }
                        Some(_) => inf
                            .expr_types
                            .get(e)
                            .map(golift_hir::type_string)
                            .unwrap_or_default(),
                        None => String::new(),
                    },
                };
                format!("{t}{{{dots}}}")
            }
            // OCLOSURE and OPTRLIT have no precedence in gc's table: parenthesized in
            // any operand position.
            ExprKind::FuncLit { .. } => wrap("func literal".into(), 0, prec),
            ExprKind::Paren(i) => self.fmt_expr(unit, *i, prec),
            ExprKind::Selector { .. } => self.fmt_selector(unit, e, None),
            ExprKind::Index { x, indices } => {
                format!(
                    "{}[{}]",
                    self.fmt_expr(unit, *x, 8),
                    self.fmt_list(unit, indices)
                )
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let f =
                    |o: &Option<ExprId>| o.map(|v| self.fmt_expr(unit, v, 0)).unwrap_or_default();
                let mut s = format!("{}[{}:{}", self.fmt_expr(unit, *x, 8), f(lo), f(hi));
                if max.is_some() {
                    s.push(':');
                    s.push_str(&f(max));
                }
                s.push(']');
                s
            }
            ExprKind::TypeAssert { x, typ } => match typ {
                Some(t) => format!(
                    "{}.({})",
                    self.fmt_expr(unit, *x, 8),
                    self.fmt_expr(unit, *t, 0)
                ),
                None => format!("{}.(type)", self.fmt_expr(unit, *x, 8)),
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
                    while let Some(ExprKind::Paren(i)) = decl.exprs.get(t).map(|x| &x.kind) {
                        t = *i;
                    }
                    let unnamed = !matches!(
                        decl.exprs.get(t).map(|x| &x.kind),
                        Some(
                            ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Index { .. }
                        )
                    );
                    // typecheck turns []rune("constant") into a slice literal.
                    let rune_lit = matches!(
                        decl.exprs.get(t).map(|x| &x.kind),
                        Some(ExprKind::SliceType { .. })
                    ) && inf.expr_types.get(e).is_some_and(|ty| {
                        matches!(ty.kind(), TyKind::Slice(el) if matches!(el.kind(), TyKind::Basic(golift_hir::BasicKind::Int32)))
                    }) && args.first().and_then(|a| inf.consts.get(a)).is_some();
                    if rune_lit {
                        let empty = matches!(
                            args.first().and_then(|a| inf.consts.get(a)),
                            Some(golift_hir::ConstValue::String(s)) if s.is_empty()
                        );
                        let dots = if empty { "" } else { "..." };
                        return format!("{}{{{dots}}}", self.fmt_expr(unit, t, 0));
                    }
                    if unnamed {
                        return format!(
                            "({})({})",
                            self.fmt_expr(unit, t, 0),
                            self.fmt_list(unit, args)
                        );
                    }
                }
                let mut parts: Vec<String> =
                    args.iter().map(|a| self.fmt_expr(unit, *a, 0)).collect();
                let mut dots = *ellipsis;
                let multi = args.len() == 1
                    && inf
                        .expr_types
                        .get(args[0])
                        .is_some_and(|t| matches!(t.kind(), TyKind::Tuple(ts) if ts.len() > 1));
                let fixed_yet = self.fixed_calls.contains(&(unit, e));
                if let Some(fixed) = self.variadic_fixed(unit, e).filter(|_| !multi && fixed_yet) {
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
                let mut s = format!("{}({}", self.fmt_expr(unit, *fun, 8), parts.join(", "));
                if dots {
                    s.push_str("...");
                }
                s.push(')');
                s
            }
            ExprKind::Star(i) => wrap(format!("*{}", self.fmt_expr(unit, *i, 8)), 7, prec),
            ExprKind::Unary { op, x } => {
                let o = op.as_str();
                // gc separates a repeated operator (`- (-x)`); the operand binds at 8.
                let same = matches!(
                    decl.exprs.get(*x).map(|y| &y.kind),
                    Some(ExprKind::Unary { op: o2, .. }) if o2 == op
                ) && !inf.consts.contains_key(x);
                let sp = if same { " " } else { "" };
                let ptrlit = *op == UnaryOp::Addr
                    && matches!(
                        decl.exprs.get(*x).map(|y| &y.kind),
                        Some(ExprKind::CompositeLit { .. })
                    );
                wrap(
                    format!("{o}{sp}{}", self.fmt_expr(unit, *x, 8)),
                    if ptrlit { 0 } else { 7 },
                    prec,
                )
            }
            ExprKind::Binary { op, x, y, .. } => {
                let p = op.precedence();
                let s = format!(
                    "{} {} {}",
                    self.fmt_expr(unit, *x, p),
                    op.as_str(),
                    self.fmt_expr(unit, *y, p + 1)
                );
                wrap(s, p, prec)
            }
            ExprKind::ArrayType { len, elem } => match len {
                Some(l) => format!(
                    "[{}]{}",
                    self.fmt_expr(unit, *l, 0),
                    self.fmt_expr(unit, *elem, 0)
                ),
                None => format!("[...]{}", self.fmt_expr(unit, *elem, 0)),
            },
            ExprKind::SliceType { elem } => format!("[]{}", self.fmt_expr(unit, *elem, 0)),
            ExprKind::MapType { key, value } => format!(
                "map[{}]{}",
                self.fmt_expr(unit, *key, 0),
                self.fmt_expr(unit, *value, 0)
            ),
            ExprKind::ChanType { elem, .. } => format!("chan {}", self.fmt_expr(unit, *elem, 0)),
            ExprKind::FuncType(_) => "func(...)".into(),
            ExprKind::StructType { .. } => "struct {...}".into(),
            ExprKind::InterfaceType { elems } if elems.is_empty() => "interface {}".into(),
            ExprKind::InterfaceType { .. } => "interface {...}".into(),
        }
    }

    /// An expression as the syntax package's printer writes it (`syntax.String`):
    /// literals as written, parentheses kept, binary operators spaced.
    pub(crate) fn syntax_string(&self, unit: usize, e: ExprId) -> String {
        let decl = self.units[unit].decl;
        let Some(x) = decl.exprs.get(e) else {
            return String::new();
        };
        let list = |es: &[ExprId]| {
            es.iter()
                .map(|a| self.syntax_string(unit, *a))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &x.kind {
            ExprKind::Name(n) => n.clone(),
            ExprKind::BasicLit { raw, .. } => raw.clone(),
            ExprKind::Paren(i) => format!("({})", self.syntax_string(unit, *i)),
            ExprKind::Selector { x, sel } => {
                format!("{}.{}", self.syntax_string(unit, *x), sel.text)
            }
            ExprKind::Index { x, indices } => {
                format!("{}[{}]", self.syntax_string(unit, *x), list(indices))
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => format!(
                "{}({}{})",
                self.syntax_string(unit, *fun),
                list(args),
                if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Star(i) => format!("*{}", self.syntax_string(unit, *i)),
            ExprKind::Unary { op, x } => {
                let o = op.as_str();
                format!("{o}{}", self.syntax_string(unit, *x))
            }
            ExprKind::Binary { op, x, y, .. } => format!(
                "{} {} {}",
                self.syntax_string(unit, *x),
                op.as_str(),
                self.syntax_string(unit, *y)
            ),
            _ => self.fmt_expr_nonconst(unit, e),
        }
    }

    /// Selector `e` as gc prints it, with the embedded fields its typecheck made
    /// explicit (`o.Other.X` for `o.X`); only its first `steps` fields when given.
    fn fmt_selector(&self, unit: usize, e: ExprId, steps: Option<usize>) -> String {
        let u = &self.units[unit];
        let Some(ExprKind::Selector { x: base, sel }) = u.decl.exprs.get(e).map(|x| &x.kind) else {
            return String::new();
        };
        let mut s = self.fmt_expr(unit, *base, 8);
        let path = match (u.inf.selections.get(&e), u.inf.expr_types.get(*base)) {
            (Some(path), Some(bt)) => crate::selector::steps(self.db, bt, path),
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

    /// [`Self::fmt_expr`] of a type or other non-constant operand inside a constant.
    fn fmt_expr_nonconst(&self, unit: usize, e: ExprId) -> String {
        self.fmt_expr(unit, e, 0)
    }

    /// For a call of a variadic function without `...`: the number of fixed parameters.
    pub(crate) fn variadic_fixed(&self, unit: usize, call: ExprId) -> Option<usize> {
        let u = &self.units[unit];
        let ExprKind::Call { fun, .. } = &u.decl.exprs.get(call)?.kind else {
            return None;
        };
        if matches!(
            u.inf.calls.get(&call),
            Some(CallKind::Builtin(_) | CallKind::Conversion(_))
        ) {
            return None;
        }
        let fty = u.inf.expr_types.get(*fun)?;
        match golift_hir::underlying(self.db, fty).kind() {
            golift_hir::TyKind::Func {
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

fn unquote(raw: &str) -> String {
    if raw.starts_with('`') {
        return raw.trim_matches('`').replace('\r', "");
    }
    let inner = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    let mut out = String::new();
    let mut it = inner.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('\'') => out.push('\''),
            Some(o) => {
                out.push('\\');
                out.push(o)
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Replaces position markers in a message with `path:line:col`, using `resolve` to
/// map (unit key, relative offset) to a printed position.
pub(crate) fn render_message(msg: &str, resolve: &dyn Fn(&str, u32) -> Option<String>) -> String {
    if !msg.contains(MARK) {
        return msg.to_string();
    }
    let mut out = String::new();
    let mut parts = msg.split(MARK);
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let mut inside = true;
    for p in parts {
        if inside {
            let (k, off) = p.split_once(SEP).unwrap_or((p, "0"));
            let off: u32 = off.parse().unwrap_or(0);
            out.push_str(&resolve(k, off).unwrap_or_else(|| "?".into()));
        } else {
            out.push_str(p);
        }
        inside = !inside;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{quote, render_message, MARK, SEP};

    #[test]
    fn markers_become_positions() {
        let msg = format!("    from &num (address-of) at {MARK}Fmain{SEP}7{MARK}");
        let out = render_message(&msg, &|k, o| Some(format!("./x.go:{k}:{o}")));
        assert_eq!(out, "    from &num (address-of) at ./x.go:Fmain:7");
    }

    #[test]
    fn strings_are_quoted_like_go() {
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
    }
}
