//! Statements: simple statements (expression, send, inc/dec, assignment, short variable
//! declaration, range clause, type switch guard), blocks, if/for/switch/select headers
//! with gc's error messages, labels, branches, go/defer, return and declarations.

use super::Parser;
use crate::ast::{
    AssignOp, BinaryOp, BranchKind, CaseClause, CommClause, ExprId, ExprKind, Name, Span, StmtId,
    StmtKind,
};
use crate::token::{Op, SemiKind, Tok};

/// The result of a simple statement: a statement, a range clause or a type switch
/// guard with a binding (`v := x.(type)`).
pub(super) enum Simple {
    Stmt(StmtId),
    Range {
        lhs: Vec<ExprId>,
        define: bool,
        x: ExprId,
        start: u32,
        /// The `range` keyword (relative).
        range_pos: u32,
    },
    Guard {
        bind: Name,
        guard: ExprId,
        start: u32,
    },
}

struct Header {
    init: Option<StmtId>,
    cond: Option<ExprId>,
    bind: Option<Name>,
    post: Option<StmtId>,
    range: Option<(Vec<ExprId>, bool, ExprId, u32)>,
}

impl<'a> Parser<'a> {
    pub(super) fn func_body(&mut self) -> StmtId {
        self.fnest += 1;
        let errs = self.parse_errors();
        let b = self.block_stmt("");
        self.fnest -= 1;
        if errs == self.parse_errors() && !self.lx.bail {
            let found = crate::branches::check(&self.stmts, &self.exprs, self.base, b);
            self.branch_errors += found.len();
            self.lx.errors.extend(found);
        }
        b
    }

    pub(super) fn block_stmt(&mut self, context: &str) -> StmtId {
        let start = self.pos();
        if !self.enter() {
            return self.mk_stmt(StmtKind::Bad, start);
        }
        let r = self.block_inner(context, start);
        self.leave();
        r
    }

    fn block_inner(&mut self, context: &str, start: u32) -> StmtId {
        if !self.got(Tok::Lbrace) {
            self.syntax_error(&format!("expecting {{ after {context}"));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rb = self.pos();
            if self.got(Tok::Rbrace) {
                let rbrace = self.rel(rb);
                return self.mk_stmt(
                    StmtKind::Block {
                        stmts: vec![],
                        rbrace,
                    },
                    start,
                );
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.rel(self.pos());
        self.want(Tok::Rbrace);
        self.mk_stmt(StmtKind::Block { stmts, rbrace }, start)
    }

    fn stmt_list(&mut self) -> Vec<StmtId> {
        let mut l = Vec::new();
        while !matches!(
            self.tok(),
            Tok::Eof | Tok::Rbrace | Tok::Case | Tok::Default
        ) {
            let s = self.stmt_or_nil();
            self.clear_pragma();
            let Some(s) = s else { break };
            l.push(s);
            if !self.got(Tok::Semi) && self.tok() != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi);
            }
        }
        l
    }

    fn simple_to_stmt(&mut self, s: Simple) -> StmtId {
        match s {
            Simple::Stmt(s) => s,
            Simple::Range {
                lhs,
                define,
                x,
                start,
                ..
            } => {
                // Only reachable through misuse; keep the range expression.
                let _ = (lhs, define);
                self.mk_stmt(StmtKind::Expr(x), start)
            }
            Simple::Guard { bind, guard, start } => {
                let lhs = self.name_expr(&bind);
                let op_pos = self.exprs[lhs].span.end;
                self.mk_stmt(
                    StmtKind::Assign {
                        lhs: vec![lhs],
                        op: AssignOp::Define,
                        rhs: vec![guard],
                        op_pos,
                    },
                    start,
                )
            }
        }
    }

    fn stmt_or_nil(&mut self) -> Option<StmtId> {
        if !self.enter() {
            return None;
        }
        let r = self.stmt_inner();
        self.leave();
        r
    }

    fn stmt_inner(&mut self) -> Option<StmtId> {
        let start = self.pos();
        if self.tok() == Tok::Name {
            self.clear_pragma();
            let lhs = self.expr_list();
            if lhs.len() == 1 && self.tok() == Tok::Colon {
                if let ExprKind::Name(text) = self.kind(lhs[0]) {
                    let label = Name {
                        text: text.clone(),
                        span: self.exprs[lhs[0]].span,
                    };
                    return self.labeled_stmt(label, start);
                }
            }
            let s = self.simple_stmt(Some(lhs), None);
            return Some(self.simple_to_stmt(s));
        }
        match self.tok() {
            Tok::Var | Tok::Const | Tok::Type => {
                let d = self.local_decl();
                return Some(self.mk_stmt(StmtKind::Decl(d), start));
            }
            _ => {}
        }
        self.clear_pragma();
        let simple = match self.tok() {
            Tok::Lbrace => return Some(self.block_stmt("")),
            Tok::Operator | Tok::Star => matches!(
                self.lx.op,
                Op::Bin(
                    BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::And | BinaryOp::Xor
                ) | Op::Not
            ),
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => true,
            _ => false,
        };
        if simple {
            let s = self.simple_stmt(None, None);
            return Some(self.simple_to_stmt(s));
        }
        Some(match self.tok() {
            Tok::For => self.for_stmt(),
            Tok::Switch => self.switch_stmt(),
            Tok::Select => self.select_stmt(),
            Tok::If => self.if_stmt(),
            Tok::Fallthrough => {
                self.next();
                self.mk_stmt(
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        label: None,
                    },
                    start,
                )
            }
            Tok::Break | Tok::Continue => {
                let kind = if self.tok() == Tok::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = if self.tok() == Tok::Name {
                    Some(self.name())
                } else {
                    None
                };
                self.mk_stmt(StmtKind::Branch { kind, label }, start)
            }
            Tok::Go | Tok::Defer => self.call_stmt(),
            Tok::Goto => {
                self.next();
                let label = Some(self.name());
                self.mk_stmt(
                    StmtKind::Branch {
                        kind: BranchKind::Goto,
                        label,
                    },
                    start,
                )
            }
            Tok::Return => {
                self.next();
                let mut results = Vec::new();
                if self.tok() != Tok::Semi && self.tok() != Tok::Rbrace {
                    results = self.expr_list();
                }
                self.mk_stmt(StmtKind::Return(results), start)
            }
            Tok::Semi => {
                let p = self.rel(start);
                self.stmts.alloc(crate::ast::Stmt {
                    kind: StmtKind::Empty,
                    span: Span::new(p, p),
                })
            }
            _ => return None,
        })
    }

    fn labeled_stmt(&mut self, label: Name, start: u32) -> Option<StmtId> {
        let colon = self.pos();
        self.want(Tok::Colon);
        if self.tok() == Tok::Rbrace {
            let p = self.rel(self.pos());
            let e = self.stmts.alloc(crate::ast::Stmt {
                kind: StmtKind::Empty,
                span: Span::new(p, p),
            });
            return Some(self.mk_stmt(StmtKind::Labeled { label, stmt: e }, start));
        }
        match self.stmt_or_nil() {
            Some(s) => Some(self.mk_stmt(StmtKind::Labeled { label, stmt: s }, start)),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// SimpleStmt; `lhs` is an already parsed expression list. `keyword` is the
    /// statement whose header this is (`for` allows range, `switch` a guard).
    pub(super) fn simple_stmt(&mut self, lhs: Option<Vec<ExprId>>, keyword: Option<Tok>) -> Simple {
        let start = self.pos();
        if keyword == Some(Tok::For) && self.tok() == Tok::Range {
            return self.range_clause(Vec::new(), false, start);
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let start = self.start_of(lhs[0]);
        if lhs.len() == 1 && self.tok() != Tok::Assign && self.tok() != Tok::Define {
            let op_pos = self.rel(self.pos());
            match self.tok() {
                Tok::AssignOp => {
                    let op = match self.lx.op {
                        Op::Bin(b) => b,
                        _ => BinaryOp::Add,
                    };
                    self.next();
                    let rhs = self.expr();
                    return Simple::Stmt(self.mk_stmt(
                        StmtKind::Assign {
                            lhs,
                            op: AssignOp::Op(op),
                            rhs: vec![rhs],
                            op_pos,
                        },
                        start,
                    ));
                }
                Tok::IncOp => {
                    let inc = self.lx.op == Op::Bin(BinaryOp::Add);
                    self.next();
                    return Simple::Stmt(self.mk_stmt(StmtKind::IncDec { x: lhs[0], inc }, start));
                }
                Tok::Arrow => {
                    let arrow = self.rel(self.pos());
                    self.next();
                    let value = self.expr();
                    let kind = StmtKind::Send {
                        ch: lhs[0],
                        value,
                        arrow,
                    };
                    return Simple::Stmt(self.mk_stmt(kind, start));
                }
                _ => return Simple::Stmt(self.mk_stmt(StmtKind::Expr(lhs[0]), start)),
            }
        }
        match self.tok() {
            Tok::Assign | Tok::Define => {
                let op_pos = self.rel(self.pos());
                let define = self.tok() == Tok::Define;
                self.next();
                if keyword == Some(Tok::For) && self.tok() == Tok::Range {
                    let rs = self.pos();
                    let _ = rs;
                    return self.range_clause(lhs, define, start);
                }
                let rhs = self.expr_list();
                if keyword == Some(Tok::Switch) && define && rhs.len() == 1 && lhs.len() == 1 {
                    if let (ExprKind::TypeAssert { typ: None, .. }, ExprKind::Name(text)) =
                        (self.kind(rhs[0]), self.kind(lhs[0]))
                    {
                        let bind = Name {
                            text: text.clone(),
                            span: self.exprs[lhs[0]].span,
                        };
                        return Simple::Guard {
                            bind,
                            guard: rhs[0],
                            start,
                        };
                    }
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Stmt(self.mk_stmt(
                    StmtKind::Assign {
                        lhs,
                        op,
                        rhs,
                        op_pos,
                    },
                    start,
                ))
            }
            _ => {
                self.syntax_error("expecting := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                Simple::Stmt(self.mk_stmt(StmtKind::Expr(lhs[0]), start))
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<ExprId>, define: bool, start: u32) -> Simple {
        let range_pos = self.rel(self.pos());
        self.next(); // range
        let x = self.expr();
        Simple::Range {
            lhs,
            define,
            x,
            start,
            range_pos,
        }
    }

    fn header(&mut self, keyword: Tok) -> Header {
        let mut h = Header {
            init: None,
            cond: None,
            bind: None,
            post: None,
            range: None,
        };
        self.want(keyword);
        if self.tok() == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Some(self.bad_expr());
            }
            return h;
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init: Option<Simple> = None;
        if self.tok() != Tok::Semi {
            if self.got(Tok::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.describe()
                ));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if let Simple::Range {
                lhs,
                define,
                x,
                range_pos,
                ..
            } = s
            {
                h.range = Some((lhs, define, x, range_pos));
                self.xnest = outer;
                return h;
            }
            init = Some(s);
        }
        let mut cond_stmt: Option<Simple> = None;
        let mut semi: Option<(u32, SemiKind)> = None;
        'done: {
            if self.tok() != Tok::Lbrace {
                if self.tok() == Tok::Semi {
                    semi = Some((self.pos(), self.lx.semi));
                    self.next();
                } else {
                    self.want(Tok::Lbrace);
                    if self.tok() != Tok::Lbrace {
                        self.advance(&[Tok::Lbrace, Tok::Rbrace]);
                    }
                }
                if keyword == Tok::For {
                    if self.tok() != Tok::Semi {
                        if self.tok() == Tok::Lbrace {
                            self.syntax_error("expecting for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                    self.want(Tok::Semi);
                    if self.tok() != Tok::Lbrace {
                        let s = self.simple_stmt(None, None);
                        let s = self.simple_to_stmt(s);
                        if let StmtKind::Assign {
                            op: AssignOp::Define,
                            op_pos,
                            ..
                        } = self.stmts[s].kind
                        {
                            self.syntax_error_at(
                                op_pos + self.base,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        h.post = Some(s);
                    }
                } else if self.tok() != Tok::Lbrace {
                    cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
                }
            } else {
                cond_stmt = init.take();
            }
        }
        h.init = init.map(|s| self.simple_to_stmt(s));
        match cond_stmt {
            None => {
                if keyword == Tok::If {
                    if let Some((pos, kind)) = semi {
                        if kind != SemiKind::Semicolon {
                            self.syntax_error_at(
                                pos,
                                &format!(
                                    "unexpected {}, expecting {{ after if clause",
                                    kind.as_str()
                                ),
                            );
                        } else {
                            self.syntax_error_at(pos, "missing condition in if statement");
                        }
                        h.cond = Some(self.mk_span(ExprKind::Bad, pos, pos));
                    }
                }
            }
            Some(Simple::Guard { bind, guard, .. }) => {
                h.bind = Some(bind);
                h.cond = Some(guard);
            }
            Some(s) => {
                let s = self.simple_to_stmt(s);
                match &self.stmts[s].kind {
                    StmtKind::Expr(x) => h.cond = Some(*x),
                    _ => {
                        let (pos, text) = self.stmt_desc(s);
                        self.syntax_error_at(pos, &format!("cannot use {text} as value"));
                    }
                }
            }
        }
        self.xnest = outer;
        h
    }

    /// gc's position and `String` form of a non-expression simple statement.
    fn stmt_desc(&self, s: StmtId) -> (u32, String) {
        use crate::printer::expr_string as es;
        let list = |l: &[ExprId]| {
            l.iter()
                .map(|&e| es(&self.exprs, e))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let st = &self.stmts[s];
        let start = st.span.start + self.base;
        match &st.kind {
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_pos,
            } => {
                let pos = op_pos + self.base;
                let text = match op {
                    AssignOp::Assign => format!("assignment ({}) = ({})", list(lhs), list(rhs)),
                    AssignOp::Define => format!("{} := {}", list(lhs), list(rhs)),
                    AssignOp::Op(b) => format!("{} {}= {}", list(lhs), b.as_str(), list(rhs)),
                };
                (pos, text)
            }
            StmtKind::IncDec { x, inc } => {
                let pat: &[u8] = if *inc { b"++" } else { b"--" };
                let pos = self.lx.find_from(self.exprs[*x].span.end + self.base, pat);
                (
                    pos,
                    format!("{}{}", es(&self.exprs, *x), if *inc { "++" } else { "--" }),
                )
            }
            StmtKind::Send { ch, value, .. } => {
                let pos = self
                    .lx
                    .find_from(self.exprs[*ch].span.end + self.base, b"<-");
                (
                    pos,
                    format!("{} <- {}", es(&self.exprs, *ch), es(&self.exprs, *value)),
                )
            }
            _ => (start, String::new()),
        }
    }

    fn for_stmt(&mut self) -> StmtId {
        let start = self.pos();
        let h = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        if let Some((lhs, define, x, range_pos)) = h.range {
            let extra = lhs.get(2).copied();
            let key = lhs.first().copied();
            let value = lhs.get(1).copied();
            return self.mk_stmt(
                StmtKind::Range {
                    key,
                    value,
                    extra,
                    define,
                    x,
                    body,
                    range_pos,
                },
                start,
            );
        }
        self.mk_stmt(
            StmtKind::For {
                init: h.init,
                cond: h.cond,
                post: h.post,
                body,
            },
            start,
        )
    }

    fn if_stmt(&mut self) -> StmtId {
        let start = self.pos();
        if !self.enter() {
            return self.mk_stmt(StmtKind::Bad, start);
        }
        let h = self.header(Tok::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(self.if_stmt()),
                Tok::Lbrace => els = Some(self.block_stmt("")),
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        self.leave();
        let cond = match h.cond {
            Some(c) => c,
            None => self.mk_span(ExprKind::Bad, start, start),
        };
        self.mk_stmt(
            StmtKind::If {
                init: h.init,
                cond,
                then,
                els,
            },
            start,
        )
    }

    fn switch_stmt(&mut self) -> StmtId {
        let start = self.pos();
        let h = self.header(Tok::Switch);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.case_clause());
        }
        self.want(Tok::Rbrace);
        if let Some(c) = h.cond {
            if let ExprKind::TypeAssert { x, typ: None } = *self.kind(c) {
                return self.mk_stmt(
                    StmtKind::TypeSwitch {
                        init: h.init,
                        bind: h.bind,
                        x,
                        clauses,
                    },
                    start,
                );
            }
        }
        self.mk_stmt(
            StmtKind::Switch {
                init: h.init,
                tag: h.cond,
                clauses,
            },
            start,
        )
    }

    fn select_stmt(&mut self) -> StmtId {
        let start = self.pos();
        self.want(Tok::Select);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.comm_clause());
        }
        self.want(Tok::Rbrace);
        self.mk_stmt(StmtKind::Select { clauses }, start)
    }

    fn case_clause(&mut self) -> CaseClause {
        let start = self.pos();
        let exprs = match self.tok() {
            Tok::Case => {
                self.next();
                Some(self.expr_list())
            }
            Tok::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expecting case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
                Some(Vec::new())
            }
        };
        let colon = self.rel(self.pos());
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            body,
            span: self.span_from(start),
            colon,
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let start = self.pos();
        let comm = match self.tok() {
            Tok::Case => {
                self.next();
                let s = self.simple_stmt(None, None);
                Some(self.simple_to_stmt(s))
            }
            Tok::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expecting case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
                None
            }
        };
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause {
            comm,
            body,
            span: self.span_from(start),
        }
    }

    fn call_stmt(&mut self) -> StmtId {
        let start = self.pos();
        let is_go = self.tok() == Tok::Go;
        let word = if is_go { "go" } else { "defer" };
        self.next();
        let keep = self.tok() == Tok::Lparen;
        let mut x = self.pexpr(None, keep);
        let t = self.unparen(x);
        if t != x {
            let p = self.start_of(x);
            self.error_at(p, format!("expression in {word} must not be parenthesized"));
            x = t;
        }
        if !matches!(self.kind(x), ExprKind::Call { .. }) {
            let p = self.gc_pos(x);
            self.error_at(p, format!("expression in {word} must be function call"));
            // As gc: assume the common error of missing parentheses, `f()` with no
            // arguments (the checker then reports what calling `x` means).
            let (from, to) = (self.start_of(x), self.end_of(x));
            let rparen = self.rel(to);
            x = self.mk_span(
                ExprKind::Call {
                    fun: x,
                    args: Vec::new(),
                    ellipsis: false,
                    rparen,
                },
                from,
                to,
            );
        }
        self.mk_stmt(
            if is_go {
                StmtKind::Go(x)
            } else {
                StmtKind::Defer(x)
            },
            start,
        )
    }
}
