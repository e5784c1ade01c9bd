//! Type syntax: pointer, array, slice, map, channel, function, struct and interface
//! types, qualified and instantiated type names, struct fields and interface elements
//! (methods, embedded types, `~T | U` unions). Types are expressions in the tree.

use super::Parser;
use crate::ast::{BinaryOp, ChanDir, ExprId, ExprKind, Field, InterfaceElem, Name, UnaryOp};
use crate::literal;
use crate::token::{Op, Tok};

impl<'a> Parser<'a> {
    pub(super) fn type_(&mut self) -> ExprId {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("expecting type");
                self.advance(&[
                    Tok::Comma,
                    Tok::Colon,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }

    pub(super) fn type_or_nil(&mut self) -> Option<ExprId> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let r = self.type_or_nil_inner();
        self.leave();
        r
    }

    fn type_or_nil_inner(&mut self) -> Option<ExprId> {
        let pos = self.pos();
        Some(match self.tok() {
            Tok::Star => {
                self.next();
                let t = self.type_();
                self.mk(ExprKind::Star(t), pos)
            }
            Tok::Arrow => {
                self.next();
                self.want(Tok::Chan);
                let elem = self.chan_elem();
                self.mk(
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        elem,
                    },
                    pos,
                )
            }
            Tok::Func => {
                self.next();
                let (_, t) = self.func_type("function type");
                self.mk(ExprKind::FuncType(t), pos)
            }
            Tok::Lbrack => {
                self.next();
                if self.got(Tok::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                return Some(self.array_type(pos, None));
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                self.mk(ExprKind::ChanType { dir, elem }, pos)
            }
            Tok::Map => {
                self.next();
                self.want(Tok::Lbrack);
                let key = self.type_();
                self.want(Tok::Rbrack);
                let value = self.type_();
                self.mk(ExprKind::MapType { key, value }, pos)
            }
            Tok::Struct => return Some(self.struct_type()),
            Tok::Interface => return Some(self.interface_type()),
            Tok::Name => return Some(self.qualified_name(None)),
            Tok::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                t
            }
            _ => return None,
        })
    }

    /// `[` consumed at `pos`; `len` is an already parsed length, else parse one
    /// (or `...`).
    pub(super) fn array_type(&mut self, pos: u32, len: Option<ExprId>) -> ExprId {
        let len = match len {
            Some(l) => Some(l),
            None if self.got(Tok::DotDotDot) => None,
            None => {
                self.xnest += 1;
                let l = self.expr();
                self.xnest -= 1;
                Some(l)
            }
        };
        if self.tok() == Tok::Comma {
            self.syntax_error("unexpected comma; expecting ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        self.mk(ExprKind::ArrayType { len, elem }, pos)
    }

    /// `[` `]` consumed, `[` at `pos`.
    pub(super) fn slice_type(&mut self, pos: u32) -> ExprId {
        let elem = self.type_();
        self.mk(ExprKind::SliceType { elem }, pos)
    }

    fn chan_elem(&mut self) -> ExprId {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("missing channel element type");
                b
            }
        }
    }

    /// `name`, `pkg.name`, optionally instantiated `[T, U]`.
    pub(super) fn qualified_name(&mut self, name: Option<ExprId>) -> ExprId {
        let mut x = match name {
            Some(x) => x,
            None if self.tok() == Tok::Name => {
                let n = self.name();
                self.name_expr(&n)
            }
            None => {
                let p = self.pos();
                let x = self.mk_span(ExprKind::Name("_".into()), p, p);
                self.syntax_error("expecting name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                x
            }
        };
        if self.tok() == Tok::Dot {
            self.next();
            let sel = self.name();
            let start = self.start_of(x);
            x = self.mk(ExprKind::Selector { x, sel }, start);
        }
        if self.tok() == Tok::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn type_instance(&mut self, typ: ExprId) -> ExprId {
        self.want(Tok::Lbrack);
        let indices = if self.tok() == Tok::Rbrack {
            self.syntax_error("expecting type");
            vec![self.bad_expr()]
        } else {
            self.type_list().0
        };
        self.want(Tok::Rbrack);
        let start = self.start_of(typ);
        self.mk(ExprKind::Index { x: typ, indices }, start)
    }

    fn struct_type(&mut self) -> ExprId {
        let pos = self.pos();
        self.want(Tok::Struct);
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Tok::Semi, Tok::Rbrace, &mut |p| {
            p.field_decl(&mut fields);
            false
        });
        self.mk(ExprKind::StructType { fields }, pos)
    }

    fn tag(&mut self) -> Option<String> {
        let lit = self.oliteral()?;
        match self.kind(lit) {
            ExprKind::BasicLit { raw, .. } => Some(
                literal::unquote_string(raw)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_else(|| raw.clone()),
            ),
            _ => None,
        }
    }

    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        let embedded = |p: &mut Self, typ: ExprId, tag: Option<String>| Field {
            names: vec![],
            typ,
            tag,
            variadic: false,
            span: p.span_from(pos),
        };
        match self.tok() {
            Tok::Name => {
                let name = self.name();
                if matches!(
                    self.tok(),
                    Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace
                ) {
                    let ne = self.name_expr(&name);
                    let typ = self.qualified_name(Some(ne));
                    let tag = self.tag();
                    let f = embedded(self, typ, tag);
                    fields.push(f);
                    return;
                }
                let names = self.name_list(name.clone());
                let typ = if names.len() == 1 && self.tok() == Tok::Lbrack {
                    match self.array_or_targs(&name) {
                        Ok(t) => t,
                        Err(idx) => {
                            let tag = self.tag();
                            let f = embedded(self, idx, tag);
                            fields.push(f);
                            return;
                        }
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                let span = self.span_from(pos);
                fields.push(Field {
                    names,
                    typ,
                    tag,
                    variadic: false,
                    span,
                });
            }
            Tok::Star => {
                self.next();
                let typ = if self.tok() == Tok::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Tok::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let star = self.mk(ExprKind::Star(typ), pos);
                let tag = self.tag();
                let f = embedded(self, star, tag);
                fields.push(f);
            }
            Tok::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok() == Tok::Star {
                    let sp = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    self.mk(ExprKind::Star(t), sp)
                } else {
                    self.qualified_name(None)
                };
                self.got(Tok::Rparen);
                let tag = self.tag();
                let f = embedded(self, typ, tag);
                fields.push(f);
            }
            _ => {
                self.syntax_error("expecting field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
            }
        }
    }

    /// After a name, at `[`: `Ok(array or slice type)` for a field `x [n]E`, or
    /// `Err(index)` for an instantiated type `x[T, U]` (with `x` as the indexed name).
    pub(super) fn array_or_targs(&mut self, name: &Name) -> Result<ExprId, ExprId> {
        let pos = self.pos();
        self.want(Tok::Lbrack);
        if self.got(Tok::Rbrack) {
            return Ok(self.slice_type(pos));
        }
        let (list, comma) = self.type_list();
        self.want(Tok::Rbrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                return Ok(self.mk(
                    ExprKind::ArrayType {
                        len: list.first().copied(),
                        elem,
                    },
                    pos,
                ));
            }
        }
        let x = self.name_expr(name);
        let start = self.start_of(x);
        Err(self.mk(ExprKind::Index { x, indices: list }, start))
    }

    fn interface_type(&mut self) -> ExprId {
        let pos = self.pos();
        self.want(Tok::Interface);
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Tok::Semi, Tok::Rbrace, &mut |p| {
            let e = if p.tok() == Tok::Name {
                match p.method_decl() {
                    Ok(m) => m,
                    Err(t) => InterfaceElem::Embed(p.embedded_elem(Some(t))),
                }
            } else {
                InterfaceElem::Embed(p.embedded_elem(None))
            };
            elems.push(e);
            false
        });
        self.mk(ExprKind::InterfaceType { elems }, pos)
    }

    /// A method, or `Err(type)` for an embedded type.
    fn method_decl(&mut self) -> Result<InterfaceElem, ExprId> {
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok() {
            Tok::Lparen => {
                let (_, sig) = self.func_type(CONTEXT);
                Ok(InterfaceElem::Method { name, sig })
            }
            Tok::Lbrack => {
                let pos = self.pos();
                self.next();
                if self.tok() == Tok::Rbrack {
                    let p2 = self.pos();
                    self.next();
                    if self.tok() == Tok::Lparen {
                        self.error_at(p2, "empty type parameter list");
                        let (_, sig) = self.func_type(CONTEXT);
                        return Ok(InterfaceElem::Method { name, sig });
                    }
                    self.error_at(p2, "empty type argument list");
                    return Err(self.name_expr(&name));
                }
                let list = self.param_list(None, None, Tok::Rbrack, false);
                if list.is_empty() {
                    if self.tok() == Tok::Lparen {
                        let (_, sig) = self.func_type(CONTEXT);
                        return Ok(InterfaceElem::Method { name, sig });
                    }
                    return Err(self.name_expr(&name));
                }
                if !list[0].names.is_empty() {
                    let (_, sig) = self.func_type(CONTEXT);
                    self.error_at(pos, "interface method must have no type parameters");
                    return Ok(InterfaceElem::Method { name, sig });
                }
                let x = self.name_expr(&name);
                let start = self.start_of(x);
                let indices = list.iter().map(|f| f.typ).collect();
                Err(self.mk(ExprKind::Index { x, indices }, start))
            }
            _ => {
                let ne = self.name_expr(&name);
                Err(self.qualified_name(Some(ne)))
            }
        }
    }

    /// `term { "|" term }`, starting from an already parsed first term if given.
    pub(super) fn embedded_elem(&mut self, first: Option<ExprId>) -> ExprId {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.is_op(Op::Bin(BinaryOp::Or)) {
            let op_pos = self.rel(self.pos());
            self.next();
            let y = self.embedded_term();
            let start = self.start_of(x);
            x = self.mk(
                ExprKind::Binary {
                    op: BinaryOp::Or,
                    x,
                    y,
                    op_pos,
                },
                start,
            );
        }
        x
    }

    fn embedded_term(&mut self) -> ExprId {
        if self.is_op(Op::Tilde) {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            return self.mk(
                ExprKind::Unary {
                    op: UnaryOp::Tilde,
                    x: t,
                },
                pos,
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("expecting ~ term or type");
                self.advance(&[
                    Tok::Operator,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }
}
