//! The scanner: bytes to tokens, one token at a time, with Go's automatic semicolon
//! insertion, comments collected into a list and `//go:` directives remembered for the
//! parser. Lexical errors are reported with gc's messages at gc's positions (absolute
//! byte offsets). Literal tokens are scanned and checked in `literals`; their values
//! are not decoded here (see `crate::literal`).

mod literals;

use crate::ast::{BinaryOp, Comment, LitKind, Span, SyntaxError};
use crate::token::{Op, SemiKind, Tok};

pub(crate) struct Lexer<'a> {
    src: &'a [u8],
    /// Offset of the byte after the current character.
    r: usize,
    /// Current character (-1 at EOF).
    ch: i32,
    /// Offset of the current character.
    chpos: usize,
    nlsemi: bool,

    // The current token.
    pub tok: Tok,
    pub pos: u32,
    pub end: u32,
    pub semi: SemiKind,
    pub kind: LitKind,
    pub bad: bool,
    pub op: Op,
    pub prec: u8,
    line_start_pos: usize,

    /// Whether the token (or comment) being scanned is the first on its line, as gc
    /// decides it (for directives).
    blank: bool,
    first: bool,
    /// Set when the parser gives up (nesting too deep): every token is then EOF.
    pub bail: bool,
    pub errors: Vec<SyntaxError>,
    pub comments: Vec<Comment>,
    /// `go:` directives seen since the parser last took or cleared them.
    pub pragmas: Vec<String>,
    /// Their gc pragma flags and positions (as gc's noder tracks them).
    pub pragma_flags: Vec<(u32, u32)>,
    /// Compiling the standard library (gc's `-std`, and the runtime): directive
    /// policy errors for user code are not reported.
    pub std: bool,
    /// How many of `errors` come from directive checks (gc's noder, not its parser).
    pub noder_errors: usize,
}

fn is_letter(c: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&(c | 0x20)) || c == b'_' as i32
}

fn is_decimal(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_hex(c: i32) -> bool {
    is_decimal(c) || (b'a' as i32..=b'f' as i32).contains(&(c | 0x20))
}

fn lower(c: i32) -> i32 {
    c | 0x20
}

/// Go's `%#U`: `U+00E9 'é'`.
pub(crate) fn fmt_sharp_u(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(ch) => format!("U+{c:04X} '{ch}'"),
        _ => format!("U+{c:04X}"),
    }
}

fn is_print(c: char) -> bool {
    crate::unicode_tables::is_print(c as u32)
}

/// Go's `%q` of a rune.
pub(crate) fn quote_rune(c: u32) -> String {
    let body = match c {
        7 => "\\a".to_string(),
        8 => "\\b".to_string(),
        0xC => "\\f".to_string(),
        0xA => "\\n".to_string(),
        0xD => "\\r".to_string(),
        9 => "\\t".to_string(),
        0xB => "\\v".to_string(),
        0x5C => "\\\\".to_string(),
        0x27 => "\\'".to_string(),
        _ => match char::from_u32(c) {
            Some(ch) if is_print(ch) => ch.to_string(),
            Some(_) if c < 0x80 => format!("\\x{c:02x}"),
            Some(_) if c < 0x10000 => format!("\\u{c:04x}"),
            Some(_) => format!("\\U{c:08x}"),
            None => "\\ufffd".to_string(),
        },
    };
    format!("'{body}'")
}

/// Decodes one UTF-8 character at the start of `b`; `(0xFFFD, 1)` if invalid.
fn decode(b: &[u8]) -> (u32, usize) {
    let n = b.len().min(4);
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => s
            .chars()
            .next()
            .map_or((0xFFFD, 1), |c| (c as u32, c.len_utf8())),
        Err(e) if e.valid_up_to() > 0 => std::str::from_utf8(&b[..e.valid_up_to()])
            .ok()
            .and_then(|s| s.chars().next())
            .map_or((0xFFFD, 1), |c| (c as u32, c.len_utf8())),
        Err(_) => (0xFFFD, 1),
    }
}

fn unicode_letter(c: i32) -> bool {
    c >= 0 && crate::unicode_tables::is_letter(c as u32)
}

fn unicode_digit(c: i32) -> bool {
    c >= 0 && crate::unicode_tables::is_digit(c as u32)
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            src,
            r: 0,
            ch: b' ' as i32,
            chpos: 0,
            nlsemi: false,
            tok: Tok::Eof,
            pos: 0,
            end: 0,
            semi: SemiKind::Semicolon,
            kind: LitKind::Int,
            bad: false,
            op: Op::Not,
            prec: 0,
            line_start_pos: 0,
            blank: true,
            first: true,
            bail: false,
            errors: Vec::new(),
            comments: Vec::new(),
            pragmas: Vec::new(),
            pragma_flags: Vec::new(),
            std: false,
            noder_errors: 0,
        };
        lx.nextch();
        lx
    }

    /// Absolute offset of the first `pat` at or after `from` (or `from`).
    pub fn find_from(&self, from: u32, pat: &[u8]) -> u32 {
        let from = from as usize;
        self.src
            .get(from..)
            .and_then(|s| s.windows(pat.len()).position(|w| w == pat))
            .map_or(from as u32, |i| (from + i) as u32)
    }

    /// Absolute offset of the first token at or after `from`, skipping blanks and
    /// comments (gc positions a function type at the token after `func`).
    pub fn token_start_from(&self, from: u32) -> u32 {
        let mut i = from as usize;
        let b = self.src;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\r' | b'\n' => i += 1,
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                        i += 1;
                    }
                    i = (i + 2).min(b.len());
                }
                _ => break,
            }
        }
        i as u32
    }

    /// The current token's source text (names and literals), lossily decoded: invalid
    /// bytes, already reported, become U+FFFD.
    pub fn lit_string(&self) -> String {
        String::from_utf8_lossy(&self.src[self.pos as usize..self.end as usize]).into_owned()
    }

    fn error_at(&mut self, off: usize, msg: String) {
        self.errors.push(SyntaxError {
            offset: off as u32,
            message: msg,
        });
    }

    /// An error at the current character.
    fn errorf(&mut self, msg: String) {
        let p = self.chpos;
        self.error_at(p, msg);
    }

    fn nextch(&mut self) {
        loop {
            if self.ch == b'\n' as i32 {
                self.line_start_pos = self.r;
            }
            self.chpos = self.r;
            let Some(&b) = self.src.get(self.r) else {
                self.ch = -1;
                return;
            };
            if b < 0x80 {
                self.r += 1;
                if b == 0 {
                    self.errorf("invalid NUL character".into());
                    self.ch = 0;
                    continue;
                }
                self.ch = b as i32;
                return;
            }
            let (c, w) = decode(&self.src[self.r..]);
            self.r += w;
            if c == 0xFFFD && w == 1 {
                self.errorf("invalid UTF-8 encoding".into());
                self.ch = 0;
                continue;
            }
            if c == 0xFEFF {
                if self.chpos > 0 {
                    self.errorf("invalid BOM in the middle of the file".into());
                }
                self.ch = 0;
                continue;
            }
            self.ch = c as i32;
            return;
        }
    }

    fn is(&self, c: u8) -> bool {
        self.ch == c as i32
    }

    /// Scans the next token.
    pub fn next(&mut self) {
        if self.bail {
            self.tok = Tok::Eof;
            self.pos = self.src.len() as u32;
            self.end = self.pos;
            return;
        }
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            // gc's `blank`: a newline was skipped, or scanning started a line.
            let line_before = self.line_start_pos;
            let at_bol = self.first || self.chpos == self.line_start_pos;
            self.first = false;
            while self.is(b' ') || self.is(b'\t') || (self.is(b'\n') && !nlsemi) || self.is(b'\r') {
                self.nextch();
            }
            self.blank = at_bol || self.line_start_pos != line_before;
            let start = self.chpos;
            self.pos = start as u32;
            if is_letter(self.ch) || (self.ch >= 0x80 && self.at_ident_char(true)) {
                self.nextch();
                self.ident();
                self.finish();
                return;
            }
            let c = self.ch;
            if c == -1 {
                if nlsemi {
                    self.tok = Tok::Semi;
                    self.semi = SemiKind::Eof;
                } else {
                    self.tok = Tok::Eof;
                }
                self.finish();
                return;
            }
            let c = c as u8;
            self.nextch();
            let tok = match c {
                b'\n' => {
                    self.semi = SemiKind::Newline;
                    Tok::Semi
                }
                b'0'..=b'9' => {
                    self.number(false);
                    self.nlsemi = true;
                    Tok::Literal
                }
                b'"' => {
                    self.std_string();
                    self.nlsemi = true;
                    Tok::Literal
                }
                b'`' => {
                    self.raw_string();
                    self.nlsemi = true;
                    Tok::Literal
                }
                b'\'' => {
                    self.rune();
                    self.nlsemi = true;
                    Tok::Literal
                }
                b'(' => Tok::Lparen,
                b'[' => Tok::Lbrack,
                b'{' => Tok::Lbrace,
                b',' => Tok::Comma,
                b';' => {
                    self.semi = SemiKind::Semicolon;
                    Tok::Semi
                }
                b')' => {
                    self.nlsemi = true;
                    Tok::Rparen
                }
                b']' => {
                    self.nlsemi = true;
                    Tok::Rbrack
                }
                b'}' => {
                    self.nlsemi = true;
                    Tok::Rbrace
                }
                b':' => {
                    if self.is(b'=') {
                        self.nextch();
                        Tok::Define
                    } else {
                        Tok::Colon
                    }
                }
                b'.' => {
                    if is_decimal(self.ch) {
                        self.number(true);
                        self.nlsemi = true;
                        Tok::Literal
                    } else if self.is(b'.') && self.src.get(self.r) == Some(&b'.') {
                        self.nextch();
                        self.nextch();
                        Tok::DotDotDot
                    } else {
                        Tok::Dot
                    }
                }
                b'+' | b'-' => {
                    let op = if c == b'+' {
                        BinaryOp::Add
                    } else {
                        BinaryOp::Sub
                    };
                    self.op = Op::Bin(op);
                    self.prec = 4;
                    if self.is(c) {
                        self.nextch();
                        self.nlsemi = true;
                        Tok::IncOp
                    } else {
                        self.assignop()
                    }
                }
                b'*' => {
                    self.op = Op::Bin(BinaryOp::Mul);
                    self.prec = 5;
                    if self.is(b'=') {
                        self.nextch();
                        Tok::AssignOp
                    } else {
                        Tok::Star
                    }
                }
                b'/' => {
                    if self.is(b'/') {
                        self.nextch();
                        self.line_comment(start);
                        continue;
                    }
                    if self.is(b'*') {
                        self.nextch();
                        let had_nl = self.full_comment(start);
                        if had_nl && nlsemi {
                            self.semi = SemiKind::Newline;
                            self.tok = Tok::Semi;
                            self.end = self.pos + 1;
                            return;
                        }
                        continue;
                    }
                    self.binop(BinaryOp::Div, 5)
                }
                b'%' => self.binop(BinaryOp::Rem, 5),
                b'&' => {
                    if self.is(b'&') {
                        self.nextch();
                        self.op = Op::Bin(BinaryOp::LogAnd);
                        self.prec = 2;
                        Tok::Operator
                    } else if self.is(b'^') {
                        self.nextch();
                        self.binop(BinaryOp::AndNot, 5)
                    } else {
                        self.binop(BinaryOp::And, 5)
                    }
                }
                b'|' => {
                    if self.is(b'|') {
                        self.nextch();
                        self.op = Op::Bin(BinaryOp::LogOr);
                        self.prec = 1;
                        Tok::Operator
                    } else {
                        self.binop(BinaryOp::Or, 4)
                    }
                }
                b'^' => self.binop(BinaryOp::Xor, 4),
                b'<' => {
                    if self.is(b'=') {
                        self.nextch();
                        self.cmp(BinaryOp::Le)
                    } else if self.is(b'<') {
                        self.nextch();
                        self.binop(BinaryOp::Shl, 5)
                    } else if self.is(b'-') {
                        self.nextch();
                        Tok::Arrow
                    } else {
                        self.cmp(BinaryOp::Lt)
                    }
                }
                b'>' => {
                    if self.is(b'=') {
                        self.nextch();
                        self.cmp(BinaryOp::Ge)
                    } else if self.is(b'>') {
                        self.nextch();
                        self.binop(BinaryOp::Shr, 5)
                    } else {
                        self.cmp(BinaryOp::Gt)
                    }
                }
                b'=' => {
                    if self.is(b'=') {
                        self.nextch();
                        self.cmp(BinaryOp::Eq)
                    } else {
                        Tok::Assign
                    }
                }
                b'!' => {
                    if self.is(b'=') {
                        self.nextch();
                        self.cmp(BinaryOp::Ne)
                    } else {
                        self.op = Op::Not;
                        self.prec = 0;
                        Tok::Operator
                    }
                }
                b'~' => {
                    self.op = Op::Tilde;
                    self.prec = 0;
                    Tok::Operator
                }
                _ => {
                    // `c` was only the first byte; report the whole character.
                    let (cp, _) = decode(&self.src[start..]);
                    let cp = if c == 0 { 0 } else { cp };
                    self.error_at(start, format!("invalid character {}", fmt_sharp_u(cp)));
                    continue;
                }
            };
            self.tok = tok;
            self.finish();
            return;
        }
    }

    fn finish(&mut self) {
        self.end = self.chpos as u32;
        if self.tok == Tok::Semi && self.semi == SemiKind::Eof {
            self.end = self.pos;
        }
    }

    fn cmp(&mut self, op: BinaryOp) -> Tok {
        self.op = Op::Bin(op);
        self.prec = 3;
        Tok::Operator
    }

    fn binop(&mut self, op: BinaryOp, prec: u8) -> Tok {
        self.op = Op::Bin(op);
        self.prec = prec;
        self.assignop()
    }

    fn assignop(&mut self) -> Tok {
        if self.is(b'=') {
            self.nextch();
            Tok::AssignOp
        } else {
            Tok::Operator
        }
    }

    fn at_ident_char(&mut self, first: bool) -> bool {
        let c = self.ch;
        if unicode_letter(c) || c == b'_' as i32 {
            true
        } else if unicode_digit(c) {
            if first {
                self.errorf(format!(
                    "identifier cannot begin with digit {}",
                    fmt_sharp_u(c as u32)
                ));
            }
            true
        } else if c >= 0x80 {
            self.errorf(format!(
                "invalid character {} in identifier",
                fmt_sharp_u(c as u32)
            ));
            true
        } else {
            false
        }
    }

    fn ident(&mut self) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = &self.src[self.pos as usize..self.chpos];
        if let Some(kw) = Tok::keyword(lit) {
            self.nlsemi = matches!(
                kw,
                Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return
            );
            self.tok = kw;
            return;
        }
        self.nlsemi = true;
        self.tok = Tok::Name;
    }

    fn line_comment(&mut self, start: usize) {
        while self.ch >= 0 && !self.is(b'\n') {
            self.nextch();
        }
        self.add_comment(start, self.chpos);
    }

    /// Returns whether the comment contained a newline.
    fn full_comment(&mut self, start: usize) -> bool {
        let mut nl = false;
        loop {
            if self.ch < 0 {
                self.error_at(start, "comment not terminated".into());
                self.add_comment(start, self.chpos);
                return nl;
            }
            if self.is(b'*') {
                self.nextch();
                if self.is(b'/') {
                    self.nextch();
                    self.add_comment(start, self.chpos);
                    return nl;
                }
                continue;
            }
            if self.is(b'\n') {
                nl = true;
            }
            self.nextch();
        }
    }

    fn add_comment(&mut self, start: usize, end: usize) {
        let text = String::from_utf8_lossy(&self.src[start..end]).into_owned();
        if text.starts_with("//go:") {
            let blank = self.blank;
            let body = text[2..]
                .strip_suffix('\r')
                .unwrap_or(&text[2..])
                .to_string();
            self.directive(start as u32 + 2, blank, &body);
        }
        self.comments.push(Comment {
            span: Span::new(start as u32, end as u32),
            text,
        });
    }

    /// gc's noder pragma handler for a `//go:` directive `text` (without `//`) at `pos`.
    fn directive(&mut self, pos: u32, blank: bool, text: &str) {
        let before = self.errors.len();
        let std = self.std;
        crate::directive::check(
            &mut self.errors,
            &mut self.pragmas,
            &mut self.pragma_flags,
            std,
            pos,
            blank,
            text,
        );
        self.noder_errors += self.errors.len() - before;
    }
}
