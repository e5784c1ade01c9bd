//! Declarations: imports, `const`/`var`/`type` specs (grouped or not, with iota and
//! implicit repetition), function and method declarations, and parameter lists
//! (including type parameter lists). Statement-level declarations reuse the spec
//! parsers from here.

use super::Parser;
use crate::ast::{
    Decl, DeclKind, ExprId, ExprKind, Field, FuncDecl, FuncType, Import, LocalDecl, Name, Span,
    TypeSpec, ValueSpec,
};
use crate::literal;
use crate::token::{Op, Tok};

/// One parsed parameter before types are distributed over names.
pub(super) struct Par {
    pub name: Option<Name>,
    pub typ: Option<ExprId>,
    pub variadic: bool,
    /// Absolute start.
    pub start: u32,
    /// Absolute end.
    pub end: u32,
}

/// Which kind of spec a group holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SpecKind {
    Const,
    Var,
    Type,
}

pub(super) enum Spec {
    Value(ValueSpec),
    Type(TypeSpec),
}

impl<'a> Parser<'a> {
    pub(super) fn import_group(&mut self, f: &mut crate::ast::File) {
        let saved = self.base;
        self.base = 0;
        if self.tok() == Tok::Lparen {
            self.clear_pragma();
            self.next();
            let mut imports = Vec::new();
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                if let Some(i) = p.import_spec() {
                    imports.push(i);
                }
                false
            });
            f.imports.extend(imports);
        } else if let Some(i) = self.import_spec() {
            f.imports.push(i);
        }
        self.base = saved;
        self.exprs = Default::default();
    }

    fn import_spec(&mut self) -> Option<Import> {
        self.take_pragma();
        let name = match self.tok() {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let p = self.pos();
                self.next();
                Some(Name {
                    text: ".".into(),
                    span: Span::new(p, p + 1),
                })
            }
            _ => None,
        };
        if self.tok() != Tok::Literal {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
            return None;
        }
        let start = self.pos();
        let raw = self.lx.lit_string();
        let kind = self.lx.kind;
        let bad = self.lx.bad;
        let end = self.lx.end;
        self.next();
        let mut path = String::new();
        if !bad && kind != crate::ast::LitKind::String {
            // gc reports at the token after the literal.
            self.syntax_error("import path must be a string");
        } else if !bad {
            path = literal::unquote_string(&raw)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
        }
        Some(Import {
            name,
            path,
            span: Span::new(start, end),
        })
    }

    /// A top-level `const`, `var`, `type` or `func` declaration.
    pub(super) fn top_decl(&mut self) -> Option<(Decl, u32)> {
        let start = self.pos();
        self.base = start;
        self.exprs = Default::default();
        self.stmts = Default::default();
        let kind = match self.tok() {
            Tok::Func => {
                self.next();
                let pragmas = self.take_pragma();
                let mut fd = self.func_decl()?;
                fd.pragmas = pragmas;
                DeclKind::Func(fd)
            }
            t => {
                let sk = match t {
                    Tok::Const => SpecKind::Const,
                    Tok::Var => SpecKind::Var,
                    _ => SpecKind::Type,
                };
                self.next();
                let specs = self.spec_group(sk);
                match sk {
                    SpecKind::Const | SpecKind::Var => {
                        let v = specs
                            .into_iter()
                            .filter_map(|s| match s {
                                Spec::Value(v) => Some(v),
                                Spec::Type(_) => None,
                            })
                            .collect();
                        if sk == SpecKind::Const {
                            DeclKind::Const(v)
                        } else {
                            DeclKind::Var(v)
                        }
                    }
                    SpecKind::Type => DeclKind::Type(
                        specs
                            .into_iter()
                            .filter_map(|s| match s {
                                Spec::Type(t) => Some(t),
                                Spec::Value(_) => None,
                            })
                            .collect(),
                    ),
                }
            }
        };
        let span = self.span_from(start);
        let (exprs, stmts) = self.take_arenas();
        Some((
            Decl {
                exprs,
                stmts,
                kind,
                span,
            },
            start,
        ))
    }

    /// A declaration statement inside a function body (keyword not yet consumed).
    pub(super) fn local_decl(&mut self) -> Vec<LocalDecl> {
        let sk = match self.tok() {
            Tok::Const => SpecKind::Const,
            Tok::Var => SpecKind::Var,
            _ => SpecKind::Type,
        };
        self.next();
        self.spec_group(sk)
            .into_iter()
            .map(|s| match (s, sk) {
                (Spec::Type(t), _) => LocalDecl::Type(t),
                (Spec::Value(v), SpecKind::Const) => LocalDecl::Const(v),
                (Spec::Value(v), _) => LocalDecl::Var(v),
            })
            .collect()
    }

    /// `spec | "(" { spec ";" } ")"`; iota and implicit repetition for consts.
    fn spec_group(&mut self, sk: SpecKind) -> Vec<Spec> {
        let mut out = Vec::new();
        if self.tok() == Tok::Lparen {
            self.clear_pragma();
            self.next();
            let mut last: Option<(Option<ExprId>, Vec<ExprId>)> = None;
            let mut iota = 0u32;
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                let mut s = p.spec(sk);
                if let Spec::Value(v) = &mut s {
                    if sk == SpecKind::Const {
                        v.iota = iota;
                        iota += 1;
                        if v.typ.is_some() || !v.values.is_empty() {
                            last = Some((v.typ, v.values.clone()));
                        } else if let Some((t, vals)) = &last {
                            v.typ = *t;
                            v.values = vals.clone();
                            v.implicit = true;
                        }
                    }
                }
                out.push(s);
                false
            });
        } else {
            out.push(self.spec(sk));
        }
        out
    }

    fn spec(&mut self, sk: SpecKind) -> Spec {
        self.take_pragma();
        match sk {
            SpecKind::Const => Spec::Value(self.const_spec()),
            SpecKind::Var => Spec::Value(self.var_spec()),
            SpecKind::Type => Spec::Type(self.type_spec()),
        }
    }

    fn const_spec(&mut self) -> ValueSpec {
        let start = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if !matches!(self.tok(), Tok::Eof | Tok::Semi | Tok::Rparen) {
            typ = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            typ,
            values,
            iota: 0,
            implicit: false,
            span: self.span_from(start),
        }
    }

    fn var_spec(&mut self) -> ValueSpec {
        let start = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            typ = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            typ,
            values,
            iota: 0,
            implicit: false,
            span: self.span_from(start),
        }
    }

    fn type_spec(&mut self) -> TypeSpec {
        let start = self.pos();
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let typ;
        if self.tok() == Tok::Lbrack {
            let lpos = self.pos();
            self.next();
            match self.tok() {
                Tok::Name => {
                    let n = self.name();
                    let mut x = self.name_expr(&n);
                    if self.tok() != Tok::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok() == Tok::Comma;
                    let (pname, ptype) = self.extract_name(x, force);
                    match pname {
                        Some(pn) if ptype.is_some() || self.tok() != Tok::Rbrack => {
                            type_params = self.param_list(Some(pn), ptype, Tok::Rbrack, true);
                            alias = self.got_assign();
                            typ = self.type_or_nil();
                        }
                        _ => typ = Some(self.array_type(lpos, Some(x))),
                    }
                }
                Tok::Rbrack => {
                    self.next();
                    typ = Some(self.slice_type(lpos));
                }
                _ => typ = Some(self.array_type(lpos, None)),
            }
        } else {
            alias = self.got_assign();
            typ = self.type_or_nil();
        }
        let typ = match typ {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                b
            }
        };
        TypeSpec {
            name,
            type_params,
            alias,
            typ,
            span: self.span_from(start),
        }
    }

    /// Splits `x` into a type parameter name and its constraint, as gc's extractName.
    fn extract_name(&mut self, x: ExprId, force: bool) -> (Option<Name>, Option<ExprId>) {
        match self.kind(x).clone() {
            ExprKind::Name(text) => (
                Some(Name {
                    text,
                    span: self.exprs[x].span,
                }),
                None,
            ),
            ExprKind::Binary {
                op: crate::ast::BinaryOp::Mul,
                x: l,
                y,
                op_pos,
            } => {
                if let ExprKind::Name(text) = self.kind(l).clone() {
                    if force || self.is_type_elem(y) {
                        let span = Span::new(op_pos, self.exprs[y].span.end);
                        let star = self.exprs.alloc(crate::ast::Expr {
                            kind: ExprKind::Star(y),
                            span,
                        });
                        return (
                            Some(Name {
                                text,
                                span: self.exprs[l].span,
                            }),
                            Some(star),
                        );
                    }
                }
                (None, Some(x))
            }
            ExprKind::Binary {
                op: crate::ast::BinaryOp::Or,
                x: l,
                y,
                op_pos,
            } => {
                let f = force || self.is_type_elem(y);
                if let (Some(name), Some(lhs)) = self.extract_name(l, f) {
                    let span = Span::new(self.exprs[lhs].span.start, self.exprs[y].span.end);
                    let kind = ExprKind::Binary {
                        op: crate::ast::BinaryOp::Or,
                        x: lhs,
                        y,
                        op_pos,
                    };
                    let e = self.exprs.alloc(crate::ast::Expr { kind, span });
                    return (Some(name), Some(e));
                }
                (None, Some(x))
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                if let ExprKind::Name(text) = self.kind(fun).clone() {
                    if args.len() == 1 && !ellipsis && (force || self.is_type_elem(args[0])) {
                        return (
                            Some(Name {
                                text,
                                span: self.exprs[fun].span,
                            }),
                            Some(args[0]),
                        );
                    }
                }
                (None, Some(x))
            }
            _ => (None, Some(x)),
        }
    }

    pub(super) fn is_type_elem(&self, x: ExprId) -> bool {
        match self.kind(x) {
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => true,
            ExprKind::Binary { x, y, .. } => self.is_type_elem(*x) || self.is_type_elem(*y),
            ExprKind::Unary { op, x } => *op == crate::ast::UnaryOp::Tilde || self.is_type_elem(*x),
            ExprKind::Star(x) => self.is_type_elem(*x),
            ExprKind::Paren(x) => self.is_type_elem(*x),
            _ => false,
        }
    }

    /// After `func`: `[ "(" recv ")" ] name [tparams] signature [body]`.
    fn func_decl(&mut self) -> Option<FuncDecl> {
        let mut recv = None;
        if self.got(Tok::Lparen) {
            let mut rcvr = self.param_list(None, None, Tok::Rparen, false);
            let count: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => self.error("method has no receiver"),
                1 => recv = rcvr.pop(),
                _ => {
                    self.error("method has multiple receivers");
                    let mut first = rcvr.swap_remove(0);
                    first.names.truncate(1);
                    recv = Some(first);
                }
            }
        }
        if self.tok() != Tok::Name {
            self.syntax_error("expecting name or (");
            self.advance(&[Tok::Lbrace, Tok::Semi]);
            return None;
        }
        let name = self.name();
        let context = if recv.is_some() { "method" } else { "" };
        let (type_params, sig) = self.func_type(context);
        let body = if self.tok() == Tok::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        Some(FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            pragmas: Vec::new(),
        })
    }

    /// Signature after the name (or after `func` in literals and types).
    pub(super) fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let start = self.pos();
        let mut tparams = Vec::new();
        if self.got(Tok::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(start, &format!("{context} must have no type parameters"));
            }
            if self.tok() == Tok::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::Rbrack, true);
            }
        }
        self.want(Tok::Lparen);
        let params = self.param_list(None, None, Tok::Rparen, false);
        let results = self.func_result();
        (tparams, FuncType { params, results })
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(None, None, Tok::Rparen, false);
        }
        let start = self.pos();
        match self.type_or_nil() {
            Some(t) => vec![Field {
                names: vec![],
                typ: t,
                tag: None,
                variadic: false,
                span: self.span_from(start),
            }],
            None => vec![],
        }
    }

    fn param_decl_or_nil(&mut self, name: Option<Name>, follow: Tok) -> Option<Par> {
        let type_sets_ok = follow == Tok::Rbrack;
        let start = match &name {
            Some(n) => n.span.start + self.base,
            None => self.pos(),
        };
        let mut par = Par {
            name: None,
            typ: None,
            variadic: false,
            start,
            end: start,
        };
        if name.is_none() && type_sets_ok && self.is_op(Op::Tilde) {
            par.typ = Some(self.embedded_elem(None));
            par.end = self.prev_end;
            return Some(par);
        }
        if self.tok() == Tok::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok() == Tok::Lbrack {
                match self.array_or_targs(&name) {
                    Ok(arr) => {
                        par.name = Some(name);
                        par.typ = Some(arr);
                    }
                    Err(idx) => par.typ = Some(idx),
                }
                if type_sets_ok && self.is_op(Op::Bin(crate::ast::BinaryOp::Or)) {
                    par.typ = Some(self.embedded_elem(par.typ));
                }
                par.end = self.prev_end;
                return Some(par);
            }
            if self.tok() == Tok::Dot {
                let ne = self.name_expr(&name);
                let mut t = self.qualified_name(Some(ne));
                if type_sets_ok && self.is_op(Op::Bin(crate::ast::BinaryOp::Or)) {
                    t = self.embedded_elem(Some(t));
                }
                par.typ = Some(t);
                par.end = self.prev_end;
                return Some(par);
            }
            if type_sets_ok && self.is_op(Op::Bin(crate::ast::BinaryOp::Or)) {
                let ne = self.name_expr(&name);
                par.typ = Some(self.embedded_elem(Some(ne)));
                par.end = self.prev_end;
                return Some(par);
            }
            par.name = Some(name);
        }
        if self.tok() == Tok::DotDotDot {
            self.next();
            let t = match self.type_or_nil() {
                Some(t) => t,
                None => {
                    let b = self.bad_expr();
                    self.syntax_error("... is missing type");
                    b
                }
            };
            par.typ = Some(t);
            par.variadic = true;
            par.end = self.prev_end;
            return Some(par);
        }
        if type_sets_ok && self.is_op(Op::Tilde) {
            par.typ = Some(self.embedded_elem(None));
            par.end = self.prev_end;
            return Some(par);
        }
        par.typ = self.type_or_nil();
        if type_sets_ok && par.typ.is_some() && self.is_op(Op::Bin(crate::ast::BinaryOp::Or)) {
            par.typ = Some(self.embedded_elem(par.typ));
        }
        if par.name.is_some() || par.typ.is_some() {
            par.end = self.prev_end;
            return Some(par);
        }
        self.syntax_error(&format!("expecting {}", follow.describe()));
        self.advance(&[Tok::Comma, follow]);
        None
    }

    /// Parameter list after `(` or `[`, closed by `close`; `name`/`typ` may be the
    /// already parsed first parameter.
    pub(super) fn param_list(
        &mut self,
        mut name: Option<Name>,
        mut typ: Option<ExprId>,
        close: Tok,
        require_names: bool,
    ) -> Vec<Field> {
        if let (Some(n), Some(t)) = (&name, typ) {
            if self.tok() == close {
                self.next();
                let span = Span::new(n.span.start, self.exprs[t].span.end);
                return vec![Field {
                    names: vec![n.clone()],
                    typ: t,
                    tag: None,
                    variadic: false,
                    span,
                }];
            }
        }
        let mut list: Vec<Par> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", Tok::Comma, close, &mut |p| {
            let par = if let Some(t) = typ.take() {
                let n = name.take();
                let start = n.as_ref().map_or(0, |n| n.span.start + p.base);
                Some(Par {
                    name: n,
                    typ: Some(t),
                    variadic: false,
                    start,
                    end: p.end_of(t),
                })
            } else {
                let n = name.take();
                p.param_decl_or_nil(n, close)
            };
            if let Some(par) = par {
                if par.name.is_some() && par.typ.is_some() {
                    named += 1;
                }
                if par.typ.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return Vec::new();
        }
        if named == 0 && !require_names {
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.typ = Some(self.name_expr(&n));
                }
            }
        } else if named != list.len() {
            let mut err_pos = None;
            let mut cur: Option<ExprId> = None;
            for i in (0..list.len()).rev() {
                if let Some(t) = list[i].typ {
                    cur = Some(t);
                    if list[i].name.is_none() {
                        let s = self.exprs[t].span.start;
                        err_pos = Some(if list[i].variadic {
                            list[i].start
                        } else {
                            self.gc_start_pos(t)
                        });
                        list[i].name = Some(Name {
                            text: "_".into(),
                            span: Span::new(s, s),
                        });
                    }
                } else if let Some(t) = cur {
                    list[i].typ = Some(t);
                } else {
                    let n = list[i].name.as_ref().map_or(Span::default(), |n| n.span);
                    err_pos = Some(n.start + self.base);
                    let b = self.exprs.alloc(crate::ast::Expr {
                        kind: ExprKind::Bad,
                        span: Span::new(n.start, n.start),
                    });
                    list[i].typ = Some(b);
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if require_names {
                    if named == typed {
                        pos = end;
                        "missing type constraint"
                    } else {
                        "type parameters must be named"
                    }
                } else {
                    "mixed named and unnamed parameters"
                };
                self.syntax_error_at(pos, msg);
            }
        }
        // Group consecutive names sharing one type into one Field.
        let mut fields: Vec<Field> = Vec::new();
        for par in list {
            let Some(typ) = par.typ else { continue };
            let span = Span::new(self.rel(par.start), self.rel(par.end.max(par.start)));
            if let (Some(n), Some(last)) = (&par.name, fields.last_mut()) {
                if last.typ == typ && !last.names.is_empty() && last.variadic == par.variadic {
                    last.names.push(n.clone());
                    last.span.end = last.span.end.max(span.end);
                    continue;
                }
            }
            fields.push(Field {
                names: par.name.into_iter().collect(),
                typ,
                tag: None,
                variadic: par.variadic,
                span,
            });
        }
        fields
    }
}
