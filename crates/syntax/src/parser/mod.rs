//! The recursive-descent parser: tokens to [`ast::File`], following gc's
//! `cmd/compile/internal/syntax` parser closely so that error messages, their positions
//! and error recovery match gc 1.19. This module holds the parser state, token helpers,
//! error reporting and the file-level loop; the grammar lives in the submodules.
//! Each function body that parsed cleanly gets gc's branch and label checks
//! (`crate::branches`, called from `func_body`); the lexer checks `//go:` directives
//! (`crate::directive`). No other semantic checks (a third range variable is kept in
//! the tree for the type checker, which reports it as types2 does).

mod decl;
mod expr;
mod params;
mod stmt;
mod types;

use la_arena::Arena;

use crate::ast::{
    self, Expr, ExprId, ExprKind, File, Name, Span, Stmt, StmtId, StmtKind, SyntaxError,
};
use crate::lexer::Lexer;
use crate::token::{Op, Tok};

/// Maximum nesting of expressions, types and statements before the parser gives up:
/// golift's limit (gc has none), above the 100,000 parentheses gc compiles.
pub(crate) const MAX_DEPTH: u32 = 200_000;

pub(crate) struct Parser<'a> {
    lx: Lexer<'a>,
    /// Absolute end offset of the last consumed token.
    prev_end: u32,
    /// Absolute start of the declaration being parsed; node spans are relative to it.
    base: u32,
    exprs: Arena<Expr>,
    stmts: Arena<Stmt>,
    /// Expression nesting: < 0 inside an if/for/switch header (no composite literals).
    xnest: i32,
    /// Function nesting.
    fnest: i32,
    depth: u32,
    /// Nesting allowed in this run: [`MAX_DEPTH`], or less for a trial run on a
    /// small stack (see [`parse_file`]).
    max_depth: u32,
    /// Whether a trial run reached `max_depth` (< [`MAX_DEPTH`]) and gave up.
    too_deep: bool,
    /// Errors from branch checks, which (as in gc) do not count as parse errors.
    branch_errors: usize,
}

const STOPSET: u64 = (1 << Tok::Break as u8)
    | (1 << Tok::Const as u8)
    | (1 << Tok::Continue as u8)
    | (1 << Tok::Defer as u8)
    | (1 << Tok::Fallthrough as u8)
    | (1 << Tok::For as u8)
    | (1 << Tok::Go as u8)
    | (1 << Tok::Goto as u8)
    | (1 << Tok::If as u8)
    | (1 << Tok::Return as u8)
    | (1 << Tok::Select as u8)
    | (1 << Tok::Switch as u8)
    | (1 << Tok::Type as u8)
    | (1 << Tok::Var as u8);

/// Parses a file allowing `max_depth` levels of nesting. With `max_depth` below
/// [`MAX_DEPTH`] this is a trial: `None` when the file nests deeper, so that the caller
/// can parse it again (with [`MAX_DEPTH`], on a larger stack).
pub(crate) fn parse_file(src: &[u8], std: bool, max_depth: u32) -> Option<File> {
    let mut lx = Lexer::new(src);
    lx.std = std;
    let mut p = Parser {
        lx,
        prev_end: 0,
        base: 0,
        exprs: Arena::new(),
        stmts: Arena::new(),
        xnest: 0,
        fnest: 0,
        depth: 0,
        max_depth,
        too_deep: false,
        branch_errors: 0,
    };
    p.next();
    let mut f = File::default();
    p.file(&mut f);
    if p.too_deep {
        return None;
    }
    f.comments = std::mem::take(&mut p.lx.comments);
    let errors = std::mem::take(&mut p.lx.errors);
    f.errors = filter_errors(src, errors);
    Some(f)
}

/// gc reports at most one syntax error per line, and drops a non-syntax error equal
/// to the previous one on the same line (in the order they were found).
fn filter_errors(src: &[u8], errors: Vec<SyntaxError>) -> Vec<SyntaxError> {
    let same_line = |a: u32, b: u32| {
        let (lo, hi) = (a.min(b) as usize, a.max(b) as usize);
        !src.get(lo..hi.min(src.len()))
            .unwrap_or(&[])
            .contains(&b'\n')
    };
    let mut out: Vec<SyntaxError> = Vec::with_capacity(errors.len());
    let mut last_syntax: Option<u32> = None;
    let mut last_other: Option<(u32, String)> = None;
    for e in errors {
        if e.message.starts_with("syntax error") {
            if last_syntax.is_some_and(|p| same_line(p, e.offset)) {
                continue;
            }
            last_syntax = Some(e.offset);
        } else {
            if last_other
                .as_ref()
                .is_some_and(|(p, m)| same_line(*p, e.offset) && *m == e.message)
            {
                continue;
            }
            last_other = Some((e.offset, e.message.clone()));
        }
        out.push(e);
    }
    out
}

impl<'a> Parser<'a> {
    // ---- tokens ----

    fn tok(&self) -> Tok {
        self.lx.tok
    }

    fn pos(&self) -> u32 {
        self.lx.pos
    }

    fn next(&mut self) {
        self.prev_end = self.lx.end;
        self.lx.next();
    }

    fn got(&mut self, t: Tok) -> bool {
        if self.tok() == t {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: Tok) {
        if !self.got(t) {
            self.syntax_error(&format!("expecting {}", t.describe()));
            self.advance(&[]);
        }
    }

    /// `=`, or `:=` with an error.
    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Tok::Define => {
                self.syntax_error("expecting =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn is_op(&self, op: Op) -> bool {
        self.tok() == Tok::Operator && self.lx.op == op
    }

    // ---- errors ----

    /// Errors gc's parser counts (not branch or directive checks).
    pub(super) fn parse_errors(&self) -> usize {
        self.lx.errors.len() - self.branch_errors - self.lx.noder_errors
    }

    fn has_errors(&self) -> bool {
        self.parse_errors() > 0
    }

    fn error_at(&mut self, pos: u32, msg: impl Into<String>) {
        self.lx.errors.push(SyntaxError {
            offset: pos,
            message: msg.into(),
        });
    }

    fn error(&mut self, msg: &str) {
        let p = self.pos();
        self.error_at(p, msg);
    }

    fn syntax_error(&mut self, msg: &str) {
        let p = self.pos();
        self.syntax_error_at(p, msg);
    }

    fn syntax_error_at(&mut self, pos: u32, msg: &str) {
        if self.tok() == Tok::Eof && self.has_errors() {
            return;
        }
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expecting ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = self.tok_desc();
        self.error_at(pos, format!("syntax error: unexpected {tok}{suffix}"));
    }

    /// The current token as gc names it in "unexpected X".
    fn tok_desc(&self) -> String {
        match self.tok() {
            Tok::Name => self.lx.lit_string(),
            Tok::Semi => self.lx.semi.as_str().to_string(),
            Tok::Literal => format!("literal {}", self.lx.lit_string()),
            Tok::Operator => self.lx.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", self.lx.op.as_str()),
            Tok::IncOp => {
                let s = self.lx.op.as_str();
                format!("{s}{s}")
            }
            t => t.describe().to_string(),
        }
    }

    /// Skips tokens until one in `follow` (or a statement keyword inside functions).
    /// With an empty list, skips exactly one token.
    fn advance(&mut self, follow: &[Tok]) {
        let mut set = Tok::Eof.bit();
        if !follow.is_empty() {
            if self.fnest > 0 {
                set |= STOPSET;
            }
            for t in follow {
                set |= t.bit();
            }
        }
        while set & self.tok().bit() == 0 {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    /// Enters one nesting level; false (after reporting once) when too deep.
    fn enter(&mut self) -> bool {
        if self.depth >= self.max_depth {
            if self.max_depth < MAX_DEPTH {
                self.too_deep = true;
                self.lx.bail = true;
                self.lx.tok = Tok::Eof;
            } else if !self.lx.bail {
                let p = self.pos();
                self.error_at(p, "syntax error: nesting too deep");
                self.lx.bail = true;
                self.lx.tok = Tok::Eof;
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// `sep`-separated list closed by `close`; `f` returns true to stop.
    /// Returns the position of the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: Tok,
        close: Tok,
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> u32 {
        let mut done = false;
        while self.tok() != Tok::Eof && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                self.syntax_error(&format!(
                    "in {context}; possibly missing {} or {}",
                    sep.describe(),
                    close.describe()
                ));
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    // ---- nodes ----

    fn rel(&self, abs: u32) -> u32 {
        abs.saturating_sub(self.base)
    }

    fn span_from(&self, start: u32) -> Span {
        let end = self.prev_end.max(start);
        Span::new(self.rel(start), self.rel(end))
    }

    fn mk(&mut self, kind: ExprKind, start: u32) -> ExprId {
        let span = self.span_from(start);
        self.exprs.alloc(Expr { kind, span })
    }

    fn mk_span(&mut self, kind: ExprKind, start: u32, end: u32) -> ExprId {
        let span = Span::new(self.rel(start), self.rel(end.max(start)));
        self.exprs.alloc(Expr { kind, span })
    }

    fn mk_stmt(&mut self, kind: StmtKind, start: u32) -> StmtId {
        let span = self.span_from(start);
        self.stmts.alloc(Stmt { kind, span })
    }

    fn bad_expr(&mut self) -> ExprId {
        let p = self.pos();
        self.mk_span(ExprKind::Bad, p, p)
    }

    /// Absolute start of an expression.
    fn start_of(&self, e: ExprId) -> u32 {
        self.exprs[e].span.start + self.base
    }

    fn end_of(&self, e: ExprId) -> u32 {
        self.exprs[e].span.end + self.base
    }

    /// gc's `Pos()` of `e`, absolute: where gc's `syntax` package positions the node
    /// (the operator of a binary expression, the `.` of a selector, the `(` of a call,
    /// the token after `func` in a function type, ...).
    fn gc_pos(&self, e: ExprId) -> u32 {
        match self.kind(e) {
            ExprKind::FuncType(_) => self.lx.token_start_from(self.start_of(e) + 4),
            // The `.`, `[`, `(` or `{` right after the operand.
            ExprKind::Selector { x, .. }
            | ExprKind::Index { x, .. }
            | ExprKind::Slice { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Call { fun: x, .. }
            | ExprKind::CompositeLit { typ: Some(x), .. } => {
                self.lx.token_start_from(self.end_of(*x))
            }
            ExprKind::Binary { op_pos, .. } => *op_pos + self.base,
            _ => self.start_of(e),
        }
    }

    /// gc's `StartPos` of `e`, absolute: the position of the leftmost token gc
    /// attributes to `e`.
    fn gc_start_pos(&self, mut e: ExprId) -> u32 {
        loop {
            match self.kind(e) {
                ExprKind::CompositeLit { typ: Some(t), .. } => e = *t,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::TypeAssert { x, .. }
                | ExprKind::Binary { x, .. } => e = *x,
                ExprKind::Call { fun, .. } => e = *fun,
                _ => return self.gc_pos(e),
            }
        }
    }

    fn kind(&self, e: ExprId) -> &ExprKind {
        &self.exprs[e].kind
    }

    fn unparen(&self, mut e: ExprId) -> ExprId {
        while let ExprKind::Paren(x) = self.exprs[e].kind {
            e = x;
        }
        e
    }

    fn name(&mut self) -> Name {
        if self.tok() == Tok::Name {
            let n = Name {
                text: self.lx.lit_string(),
                span: Span::new(self.rel(self.pos()), self.rel(self.lx.end)),
            };
            self.next();
            return n;
        }
        let p = self.rel(self.pos());
        self.syntax_error("expecting name");
        self.advance(&[]);
        Name {
            text: "_".into(),
            span: Span::new(p, p),
        }
    }

    fn name_expr(&mut self, n: &Name) -> ExprId {
        self.exprs.alloc(Expr {
            kind: ExprKind::Name(n.text.clone()),
            span: n.span,
        })
    }

    fn name_list(&mut self, first: Name) -> Vec<Name> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    /// A literal token as an expression, if the current token is one.
    fn oliteral(&mut self) -> Option<ExprId> {
        if self.tok() != Tok::Literal {
            return None;
        }
        let start = self.pos();
        let kind = ExprKind::BasicLit {
            kind: self.lx.kind,
            raw: self.lx.lit_string(),
        };
        self.next();
        Some(self.mk(kind, start))
    }

    /// gc's `takePragma`: the pending directives, for a declaration.
    fn take_pragma(&mut self) -> Vec<String> {
        self.lx.pragma_flags.clear();
        std::mem::take(&mut self.lx.pragmas)
    }

    /// gc's `clearPragma`: pending directives are unused; flagged ones are misplaced.
    fn clear_pragma(&mut self) {
        for (flag, pos) in std::mem::take(&mut self.lx.pragma_flags) {
            if flag != 0 {
                self.error_at(pos, "misplaced compiler directive");
                self.lx.noder_errors += 1;
            }
        }
        self.lx.pragmas.clear();
    }

    fn take_arenas(&mut self) -> (Arena<Expr>, Arena<Stmt>) {
        (
            std::mem::take(&mut self.exprs),
            std::mem::take(&mut self.stmts),
        )
    }

    // ---- file ----

    fn file(&mut self, f: &mut File) {
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            return;
        }
        self.take_pragma();
        f.package = Some(self.name());
        self.want(Tok::Semi);
        if self.has_errors() {
            return;
        }
        while self.got(Tok::Import) {
            self.import_group(f);
            self.want(Tok::Semi);
        }
        while self.tok() != Tok::Eof {
            match self.tok() {
                Tok::Const | Tok::Type | Tok::Var | Tok::Func => {
                    if let Some((decl, off)) = self.top_decl() {
                        f.decls.push(decl);
                        f.decl_offsets.push(off);
                    }
                }
                _ => {
                    let empty_func = matches!(
                        f.decls.last(),
                        Some(ast::Decl { kind: ast::DeclKind::Func(fd), .. }) if fd.body.is_none()
                    );
                    if self.tok() == Tok::Lbrace && empty_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    continue;
                }
            }
            self.clear_pragma();
            if self.tok() != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        self.clear_pragma();
    }
}
