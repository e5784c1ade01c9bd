//! Signatures and parameter lists: `func_type` (type parameters, parameters,
//! results) for declarations, literals and function types, and `param_list`, which
//! parses `(a, b int, c ...T)` and `[P any]` and distributes types over names with
//! gc's errors for mixed named and unnamed parameters. Declarations themselves are in
//! `decl.rs`.

use super::Parser;
use crate::ast::{ExprId, ExprKind, Field, FuncType, Name, Span};
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

impl Parser<'_> {
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
