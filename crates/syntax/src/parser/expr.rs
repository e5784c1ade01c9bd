//! Expressions: binary operators by precedence, unary and receive operators (with
//! `<-chan` re-association), primary expressions (selectors, index/instantiation,
//! 2- and 3-index slices, type assertions, calls, composite literals with gc's `xnest`
//! rule for the `if x == T{}` ambiguity), operands and function literals.

use super::Parser;
use crate::ast::{BinaryOp, ChanDir, Element, ExprId, ExprKind, UnaryOp};
use crate::token::{Op, Tok};

impl<'a> Parser<'a> {
    pub(super) fn expr(&mut self) -> ExprId {
        self.binary_expr(None, 0)
    }

    pub(super) fn expr_list(&mut self) -> Vec<ExprId> {
        let mut l = vec![self.expr()];
        while self.got(Tok::Comma) {
            l.push(self.expr());
        }
        l
    }

    pub(super) fn binary_expr(&mut self, x: Option<ExprId>, prec: u8) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while matches!(self.tok(), Tok::Operator | Tok::Star) && self.lx.prec > prec {
            let Op::Bin(op) = self.lx.op else { break };
            let op_pos = self.rel(self.pos());
            let tprec = self.lx.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            let start = self.start_of(x);
            x = self.mk(ExprKind::Binary { op, x, y, op_pos }, start);
        }
        x
    }

    pub(super) fn unary_expr(&mut self) -> ExprId {
        if !self.enter() {
            return self.bad_expr();
        }
        let r = self.unary_expr_inner();
        self.leave();
        r
    }

    fn unary_expr_inner(&mut self) -> ExprId {
        let pos = self.pos();
        match self.tok() {
            Tok::Operator | Tok::Star => {
                let op = match self.lx.op {
                    Op::Bin(BinaryOp::Mul) => None,
                    Op::Bin(BinaryOp::Add) => Some(UnaryOp::Pos),
                    Op::Bin(BinaryOp::Sub) => Some(UnaryOp::Neg),
                    Op::Not => Some(UnaryOp::Not),
                    Op::Bin(BinaryOp::Xor) => Some(UnaryOp::Complement),
                    Op::Tilde => Some(UnaryOp::Tilde),
                    Op::Bin(BinaryOp::And) => Some(UnaryOp::Addr),
                    _ => return self.pexpr(None, true),
                };
                self.next();
                let mut x = self.unary_expr();
                return match op {
                    None => self.mk(ExprKind::Star(x), pos),
                    Some(op) => {
                        if op == UnaryOp::Addr {
                            x = self.unparen(x);
                        }
                        self.mk(ExprKind::Unary { op, x }, pos)
                    }
                };
            }
            Tok::Arrow => {
                self.next();
                let x = self.unary_expr();
                if let ExprKind::ChanType { .. } = self.kind(x) {
                    // <-chan T: re-associate the arrow with the channel type.
                    let mut dir = ChanDir::Send;
                    let mut t = x;
                    while dir == ChanDir::Send {
                        let ExprKind::ChanType { dir: d, elem } = *self.kind(t) else {
                            break;
                        };
                        dir = d;
                        if dir == ChanDir::Recv {
                            self.syntax_error("unexpected <-, expecting chan");
                        }
                        if let ExprKind::ChanType { dir, .. } = &mut self.exprs[t].kind {
                            *dir = ChanDir::Recv;
                        }
                        t = elem;
                    }
                    if dir == ChanDir::Send {
                        let s = crate::printer::expr_string(&self.exprs, t);
                        self.syntax_error(&format!("unexpected {s}, expecting chan"));
                    }
                    self.exprs[x].span.start = self.rel(pos);
                    return x;
                }
                return self.mk(
                    ExprKind::Unary {
                        op: UnaryOp::Recv,
                        x,
                    },
                    pos,
                );
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    fn operand(&mut self, _keep_parens: bool) -> ExprId {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let n = self.name();
                self.name_expr(&n)
            }
            Tok::Literal => match self.oliteral() {
                Some(l) => l,
                None => self.bad_expr(),
            },
            Tok::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::Rparen);
                self.mk(ExprKind::Paren(x), pos)
            }
            Tok::Func => {
                self.next();
                let (_, sig) = self.func_type("function type");
                if self.tok() == Tok::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.mk(ExprKind::FuncLit { sig, body }, pos);
                }
                self.mk(ExprKind::FuncType(sig), pos)
            }
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expecting expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    /// PrimaryExpr, starting from `x` if given.
    pub(super) fn pexpr(&mut self, x: Option<ExprId>, keep_parens: bool) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        loop {
            let start = self.start_of(x);
            match self.tok() {
                Tok::Dot => {
                    self.next();
                    match self.tok() {
                        Tok::Name => {
                            let sel = self.name();
                            x = self.mk(ExprKind::Selector { x, sel }, start);
                        }
                        Tok::Lparen => {
                            self.next();
                            let typ = if self.got(Tok::Type) {
                                None
                            } else {
                                Some(self.type_())
                            };
                            self.want(Tok::Rparen);
                            x = self.mk(ExprKind::TypeAssert { x, typ }, start);
                        }
                        _ => {
                            self.syntax_error("expecting name or (");
                            self.advance(&[Tok::Semi, Tok::Rparen]);
                        }
                    }
                }
                Tok::Lbrack => {
                    self.next();
                    if self.tok() == Tok::Rbrack {
                        self.syntax_error("expecting operand");
                        self.next();
                        continue;
                    }
                    let mut lo = None;
                    if self.tok() != Tok::Colon {
                        let (list, comma) = self.type_list();
                        if comma || self.tok() == Tok::Rbrack {
                            self.want(Tok::Rbrack);
                            x = self.mk(ExprKind::Index { x, indices: list }, start);
                            continue;
                        }
                        lo = list.first().copied();
                    }
                    if !self.got(Tok::Colon) {
                        self.syntax_error("expecting comma, : or ]");
                        self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
                    }
                    self.xnest += 1;
                    let mut hi = None;
                    let mut max = None;
                    let mut full = false;
                    if self.tok() != Tok::Colon && self.tok() != Tok::Rbrack {
                        hi = Some(self.expr());
                    }
                    if self.tok() == Tok::Colon {
                        full = true;
                        if hi.is_none() {
                            self.error("middle index required in 3-index slice");
                            hi = Some(self.bad_expr());
                        }
                        self.next();
                        if self.tok() != Tok::Rbrack {
                            max = Some(self.expr());
                        } else {
                            self.error("final index required in 3-index slice");
                            max = Some(self.bad_expr());
                        }
                    }
                    self.xnest -= 1;
                    self.want(Tok::Rbrack);
                    x = self.mk(
                        ExprKind::Slice {
                            x,
                            lo,
                            hi,
                            max,
                            full,
                        },
                        start,
                    );
                }
                Tok::Lparen => {
                    self.next();
                    let (args, ellipsis, rp) = self.arg_list();
                    let rparen = self.rel(rp);
                    x = self.mk(
                        ExprKind::Call {
                            fun: x,
                            args,
                            ellipsis,
                            rparen,
                        },
                        start,
                    );
                }
                Tok::Lbrace => {
                    let t = self.unparen(x);
                    let ok = match self.kind(t) {
                        ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !self.is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::SliceType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    if t != x {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// Whether `x` must syntactically be a value (not a type).
    fn is_value(&self, x: ExprId) -> bool {
        match self.kind(x) {
            ExprKind::BasicLit { .. }
            | ExprKind::CompositeLit { .. }
            | ExprKind::FuncLit { .. }
            | ExprKind::Slice { .. }
            | ExprKind::TypeAssert { .. }
            | ExprKind::Call { .. } => true,
            ExprKind::Unary { .. } | ExprKind::Binary { .. } => true,
            ExprKind::Paren(x) => self.is_value(*x),
            ExprKind::Index { x, indices } => {
                self.is_value(*x) || (indices.len() == 1 && self.is_value(indices[0]))
            }
            _ => false,
        }
    }

    fn bare_complit_expr(&mut self) -> ExprId {
        if self.tok() == Tok::Lbrace {
            return self.complit_expr(None);
        }
        self.expr()
    }

    /// `{ elements }` with an optional already parsed type.
    fn complit_expr(&mut self, typ: Option<ExprId>) -> ExprId {
        if !self.enter() {
            return self.bad_expr();
        }
        let start = match typ {
            Some(t) => self.start_of(t),
            None => self.pos(),
        };
        let mut elems = Vec::new();
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let rb = self.list("composite literal", Tok::Comma, Tok::Rbrace, &mut |p| {
            let e = p.bare_complit_expr();
            if p.tok() == Tok::Colon {
                let colon = p.rel(p.pos());
                p.next();
                let v = p.bare_complit_expr();
                elems.push(Element {
                    key: Some(e),
                    value: v,
                    colon: Some(colon),
                });
            } else {
                elems.push(Element {
                    key: None,
                    value: e,
                    colon: None,
                });
            }
            false
        });
        self.xnest -= 1;
        self.leave();
        let rbrace = self.rel(rb);
        self.mk(ExprKind::CompositeLit { typ, elems, rbrace }, start)
    }

    /// Arguments after `(`: returns them, whether `...` was given, and `)`'s position.
    fn arg_list(&mut self) -> (Vec<ExprId>, bool, u32) {
        let mut args = Vec::new();
        let mut dots = false;
        self.xnest += 1;
        let rp = self.list("argument list", Tok::Comma, Tok::Rparen, &mut |p| {
            args.push(p.expr());
            dots = p.got(Tok::DotDotDot);
            dots
        });
        self.xnest -= 1;
        (args, dots, rp)
    }

    /// `expr { "," type } [","]`: index or type argument list.
    pub(super) fn type_list(&mut self) -> (Vec<ExprId>, bool) {
        self.xnest += 1;
        let mut list = vec![self.expr()];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}
