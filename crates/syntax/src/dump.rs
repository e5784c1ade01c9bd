//! A readable, indented text form of a parsed [`File`], for tests and debugging:
//! one node per line, children indented by two spaces. Spans are omitted unless
//! asked for (then `@start..end`, relative inside declarations).

use crate::ast::*;
use std::fmt::Write;

/// The tree without spans.
pub fn dump(file: &File) -> String {
    Dumper {
        out: String::new(),
        spans: false,
        decl: None,
    }
    .file(file)
}

/// The tree with each node's span.
pub fn dump_with_spans(file: &File) -> String {
    Dumper {
        out: String::new(),
        spans: true,
        decl: None,
    }
    .file(file)
}

struct Dumper<'a> {
    out: String,
    spans: bool,
    decl: Option<&'a Decl>,
}

impl<'a> Dumper<'a> {
    fn line(&mut self, depth: usize, text: &str, span: Option<Span>) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        if let (true, Some(s)) = (self.spans, span) {
            let _ = write!(self.out, " @{}..{}", s.start, s.end);
        }
        self.out.push('\n');
    }

    fn file(mut self, f: &'a File) -> String {
        let pkg = f.package.as_ref().map_or("<none>", |n| n.text.as_str());
        self.line(0, &format!("package {pkg}"), None);
        for i in &f.imports {
            let name = i
                .name
                .as_ref()
                .map_or(String::new(), |n| format!("{} ", n.text));
            self.line(0, &format!("import {name}{:?}", i.path), Some(i.span));
        }
        for (d, off) in f.decls.iter().zip(&f.decl_offsets) {
            self.decl = Some(d);
            if self.spans {
                self.line(0, &format!("decl at {off}"), Some(d.span));
            }
            self.decl_kind(d);
        }
        for e in &f.errors {
            self.line(0, &format!("error {}: {}", e.offset, e.message), None);
        }
        self.out
    }

    fn decl_kind(&mut self, d: &'a Decl) {
        match &d.kind {
            DeclKind::Bad => self.line(0, "BadDecl", None),
            DeclKind::Func(f) => {
                let mut head = String::from("func ");
                if !f.pragmas.is_empty() {
                    head = format!("{} func ", f.pragmas.join(" "));
                }
                head.push_str(&f.name.text);
                self.line(0, &head, Some(f.name.span));
                if let Some(r) = &f.recv {
                    self.line(1, "recv", None);
                    self.field(2, r);
                }
                self.fields(1, "tparams", &f.type_params);
                self.sig(1, &f.sig);
                if let Some(b) = f.body {
                    self.stmt(1, b);
                }
            }
            DeclKind::Var(specs) => {
                for s in specs {
                    self.value_spec(0, "var", s);
                }
            }
            DeclKind::Const(specs) => {
                for s in specs {
                    self.value_spec(0, "const", s);
                }
            }
            DeclKind::Type(specs) => {
                for s in specs {
                    self.type_spec(0, s);
                }
            }
        }
    }

    fn value_spec(&mut self, depth: usize, kw: &str, s: &ValueSpec) {
        let names: Vec<&str> = s.names.iter().map(|n| n.text.as_str()).collect();
        let mut head = format!("{kw} {}", names.join(", "));
        if kw == "const" {
            let _ = write!(head, " iota={}", s.iota);
        }
        if s.implicit {
            head.push_str(" implicit");
        }
        self.line(depth, &head, Some(s.span));
        if let Some(t) = s.typ {
            self.line(depth + 1, "type", None);
            self.expr(depth + 2, t);
        }
        for &v in &s.values {
            self.expr(depth + 1, v);
        }
    }

    fn type_spec(&mut self, depth: usize, s: &TypeSpec) {
        let alias = if s.alias { " alias" } else { "" };
        self.line(depth, &format!("type {}{alias}", s.name.text), Some(s.span));
        self.fields(depth + 1, "tparams", &s.type_params);
        self.expr(depth + 1, s.typ);
    }

    fn fields(&mut self, depth: usize, label: &str, fs: &[Field]) {
        if fs.is_empty() {
            return;
        }
        self.line(depth, label, None);
        for f in fs {
            self.field(depth + 1, f);
        }
    }

    fn field(&mut self, depth: usize, f: &Field) {
        let names: Vec<&str> = f.names.iter().map(|n| n.text.as_str()).collect();
        let mut head = String::from("field");
        if !names.is_empty() {
            let _ = write!(head, " {}", names.join(", "));
        }
        if f.variadic {
            head.push_str(" ...");
        }
        if let Some(t) = &f.tag {
            let _ = write!(head, " tag={t:?}");
        }
        self.line(depth, &head, Some(f.span));
        self.expr(depth + 1, f.typ);
    }

    fn sig(&mut self, depth: usize, s: &FuncType) {
        self.fields(depth, "params", &s.params);
        self.fields(depth, "results", &s.results);
    }

    fn arena(&self) -> &'a Decl {
        self.decl.expect("dump: node outside a declaration")
    }

    fn expr(&mut self, depth: usize, e: ExprId) {
        let d = self.arena();
        let ex = &d.exprs[e];
        let span = Some(ex.span);
        let n = depth + 1;
        match &ex.kind {
            ExprKind::Bad => self.line(depth, "Bad", span),
            ExprKind::Name(s) => self.line(depth, &format!("Name {s}"), span),
            ExprKind::BasicLit { kind, raw } => self.line(depth, &format!("{kind:?} {raw}"), span),
            ExprKind::CompositeLit { typ, elems, .. } => {
                self.line(depth, "CompositeLit", span);
                if let Some(t) = typ {
                    self.expr(n, *t);
                }
                for el in elems {
                    match el.key {
                        Some(k) => {
                            self.line(n, "KeyValue", None);
                            self.expr(n + 1, k);
                            self.expr(n + 1, el.value);
                        }
                        None => self.expr(n, el.value),
                    }
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.line(depth, "FuncLit", span);
                self.sig(n, sig);
                self.stmt(n, *body);
            }
            ExprKind::Paren(x) => {
                self.line(depth, "Paren", span);
                self.expr(n, *x);
            }
            ExprKind::Selector { x, sel } => {
                self.line(depth, &format!("Selector .{}", sel.text), span);
                self.expr(n, *x);
            }
            ExprKind::Index { x, indices } => {
                self.line(depth, "Index", span);
                self.expr(n, *x);
                for &i in indices {
                    self.expr(n, i);
                }
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
            } => {
                self.line(depth, if *full { "Slice3" } else { "Slice" }, span);
                self.expr(n, *x);
                for (label, i) in [("lo", lo), ("hi", hi), ("max", max)] {
                    if let Some(i) = i {
                        self.line(n, label, None);
                        self.expr(n + 1, *i);
                    }
                }
            }
            ExprKind::TypeAssert { x, typ } => {
                self.line(
                    depth,
                    if typ.is_some() {
                        "TypeAssert"
                    } else {
                        "TypeAssert (type)"
                    },
                    span,
                );
                self.expr(n, *x);
                if let Some(t) = typ {
                    self.expr(n, *t);
                }
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                self.line(depth, if *ellipsis { "Call ..." } else { "Call" }, span);
                self.expr(n, *fun);
                for &a in args {
                    self.expr(n, a);
                }
            }
            ExprKind::Star(x) => {
                self.line(depth, "Star", span);
                self.expr(n, *x);
            }
            ExprKind::Unary { op, x } => {
                self.line(depth, &format!("Unary {op:?}"), span);
                self.expr(n, *x);
            }
            ExprKind::Binary { op, x, y, .. } => {
                self.line(depth, &format!("Binary {}", op.as_str()), span);
                self.expr(n, *x);
                self.expr(n, *y);
            }
            ExprKind::ArrayType { len, elem } => {
                self.line(
                    depth,
                    if len.is_some() {
                        "ArrayType"
                    } else {
                        "ArrayType [...]"
                    },
                    span,
                );
                if let Some(l) = len {
                    self.expr(n, *l);
                }
                self.expr(n, *elem);
            }
            ExprKind::SliceType { elem } => {
                self.line(depth, "SliceType", span);
                self.expr(n, *elem);
            }
            ExprKind::MapType { key, value } => {
                self.line(depth, "MapType", span);
                self.expr(n, *key);
                self.expr(n, *value);
            }
            ExprKind::ChanType { dir, elem } => {
                self.line(depth, &format!("ChanType {dir:?}"), span);
                self.expr(n, *elem);
            }
            ExprKind::FuncType(sig) => {
                self.line(depth, "FuncType", span);
                self.sig(n, sig);
            }
            ExprKind::StructType { fields } => {
                self.line(depth, "StructType", span);
                for f in fields {
                    self.field(n, f);
                }
            }
            ExprKind::InterfaceType { elems } => {
                self.line(depth, "InterfaceType", span);
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.line(n, &format!("method {}", name.text), Some(name.span));
                            self.sig(n + 1, sig);
                        }
                        InterfaceElem::Embed(e) => {
                            self.line(n, "embed", None);
                            self.expr(n + 1, *e);
                        }
                    }
                }
            }
        }
    }

    fn stmt(&mut self, depth: usize, s: StmtId) {
        let d = self.arena();
        let st = &d.stmts[s];
        let span = Some(st.span);
        let n = depth + 1;
        match &st.kind {
            StmtKind::Bad => self.line(depth, "BadStmt", span),
            StmtKind::Empty => self.line(depth, "Empty", span),
            StmtKind::Decl(ds) => {
                self.line(depth, "DeclStmt", span);
                for ld in ds {
                    match ld {
                        LocalDecl::Var(v) => self.value_spec(n, "var", v),
                        LocalDecl::Const(v) => self.value_spec(n, "const", v),
                        LocalDecl::Type(t) => self.type_spec(n, t),
                    }
                }
            }
            StmtKind::Labeled { label, stmt } => {
                self.line(depth, &format!("Labeled {}", label.text), span);
                self.stmt(n, *stmt);
            }
            StmtKind::Expr(x) => {
                self.line(depth, "ExprStmt", span);
                self.expr(n, *x);
            }
            StmtKind::Send { ch, value, .. } => {
                self.line(depth, "Send", span);
                self.expr(n, *ch);
                self.expr(n, *value);
            }
            StmtKind::IncDec { x, inc } => {
                self.line(depth, if *inc { "Inc" } else { "Dec" }, span);
                self.expr(n, *x);
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                self.line(depth, &format!("Assign {op}"), span);
                for &e in lhs {
                    self.expr(n, e);
                }
                self.line(n, "rhs", None);
                for &e in rhs {
                    self.expr(n + 1, e);
                }
            }
            StmtKind::Go(x) => {
                self.line(depth, "Go", span);
                self.expr(n, *x);
            }
            StmtKind::Defer(x) => {
                self.line(depth, "Defer", span);
                self.expr(n, *x);
            }
            StmtKind::Return(xs) => {
                self.line(depth, "Return", span);
                for &x in xs {
                    self.expr(n, x);
                }
            }
            StmtKind::Branch { kind, label } => {
                let l = label
                    .as_ref()
                    .map_or(String::new(), |l| format!(" {}", l.text));
                self.line(depth, &format!("{kind:?}{l}"), span);
            }
            StmtKind::Block { stmts, .. } => {
                self.line(depth, "Block", span);
                for &s in stmts {
                    self.stmt(n, s);
                }
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.line(depth, "If", span);
                self.opt_stmt(n, "init", *init);
                self.line(n, "cond", None);
                self.expr(n + 1, *cond);
                self.stmt(n, *then);
                self.opt_stmt(n, "else", *els);
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.line(depth, "Switch", span);
                self.opt_stmt(n, "init", *init);
                if let Some(t) = tag {
                    self.line(n, "tag", None);
                    self.expr(n + 1, *t);
                }
                self.clauses(n, clauses);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                let b = bind
                    .as_ref()
                    .map_or(String::new(), |b| format!(" {} :=", b.text));
                self.line(depth, &format!("TypeSwitch{b}"), span);
                self.opt_stmt(n, "init", *init);
                self.expr(n, *x);
                self.clauses(n, clauses);
            }
            StmtKind::Select { clauses } => {
                self.line(depth, "Select", span);
                for c in clauses {
                    match c.comm {
                        Some(s) => {
                            self.line(n, "case", Some(c.span));
                            self.stmt(n + 1, s);
                        }
                        None => self.line(n, "default", Some(c.span)),
                    }
                    for &s in &c.body {
                        self.stmt(n + 1, s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.line(depth, "For", span);
                self.opt_stmt(n, "init", *init);
                if let Some(c) = cond {
                    self.line(n, "cond", None);
                    self.expr(n + 1, *c);
                }
                self.opt_stmt(n, "post", *post);
                self.stmt(n, *body);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => {
                self.line(depth, if *define { "Range :=" } else { "Range" }, span);
                for (label, e) in [("key", key), ("value", value)] {
                    if let Some(e) = e {
                        self.line(n, label, None);
                        self.expr(n + 1, *e);
                    }
                }
                self.expr(n, *x);
                self.stmt(n, *body);
            }
        }
    }

    fn opt_stmt(&mut self, depth: usize, label: &str, s: Option<StmtId>) {
        if let Some(s) = s {
            self.line(depth, label, None);
            self.stmt(depth + 1, s);
        }
    }

    fn clauses(&mut self, depth: usize, cs: &[CaseClause]) {
        for c in cs {
            match &c.exprs {
                Some(es) => {
                    self.line(depth, "case", Some(c.span));
                    for &e in es {
                        self.expr(depth + 2, e);
                    }
                }
                None => self.line(depth, "default", Some(c.span)),
            }
            for &s in &c.body {
                self.stmt(depth + 1, s);
            }
        }
    }
}
