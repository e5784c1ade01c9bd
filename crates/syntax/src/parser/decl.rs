//! Declarations: imports, `const`/`var`/`type` specs (grouped or not, with iota and
//! implicit repetition), and function and method declarations. Statement-level
//! declarations reuse the spec parsers from here. Signatures and parameter lists are
//! in `params.rs`.

use super::Parser;
use crate::ast::{
    Decl, DeclKind, ExprId, ExprKind, FuncDecl, Import, LocalDecl, Name, Span, TypeSpec, ValueSpec,
};
use crate::literal;
use crate::token::Tok;

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
}
