//! A readable dump of a [`Body`] (what `golift ir` prints): locals, allocation sites and
//! the statement tree with every implicit operation spelled out. The caller supplies how
//! positions are shown and, optionally, notes per site and per local (escape decisions),
//! since this crate knows nothing of them.

use std::fmt::Write as _;

use super::{AllocSiteId, Body, Callee, ExprId, ExprKind, Pos, StmtId, StmtKind, UnOp};
use crate::{type_string, ConstValue, LocalId};

/// How [`print_body`] shows positions and what it adds to sites and locals.
pub struct PrintOptions<'a> {
    pub pos: &'a dyn Fn(Pos) -> String,
    pub site_note: &'a dyn Fn(AllocSiteId) -> Option<String>,
    pub local_note: &'a dyn Fn(LocalId) -> Option<String>,
}

/// The text of `body`, headed by `name`.
pub fn print_body(name: &str, body: &Body, db: &dyn crate::Db, opts: &PrintOptions<'_>) -> String {
    let mut p = Printer {
        body,
        db,
        opts,
        out: String::new(),
    };
    p.header(name);
    if let Some(root) = body.root {
        p.stmt(root, 1);
    }
    for (_, c) in body.closures.iter() {
        p.closure(c);
    }
    p.out
}

struct Printer<'a> {
    body: &'a Body,
    db: &'a dyn crate::Db,
    opts: &'a PrintOptions<'a>,
    out: String,
}

impl Printer<'_> {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn local_name(&self, l: LocalId) -> String {
        let local = &self.body.locals[l];
        let name = if local.name.is_empty() {
            "_"
        } else {
            &local.name
        };
        format!("{name}#{}", l.into_raw().into_u32())
    }

    fn header(&mut self, name: &str) {
        let params: Vec<String> = self
            .body
            .params
            .iter()
            .map(|&l| self.local_name(l))
            .collect();
        let results: Vec<String> = self
            .body
            .results
            .iter()
            .map(|&l| self.local_name(l))
            .collect();
        let text = format!(
            "func {name}({}) ({})",
            params.join(", "),
            results.join(", ")
        );
        self.line(0, &text);
        let locals: Vec<(LocalId, String)> = self
            .body
            .locals
            .iter()
            .map(|(id, l)| {
                let mut s = format!(
                    "local {} {:?} {} at {}",
                    self.local_name(id),
                    l.kind,
                    type_string(&l.ty),
                    (self.opts.pos)(l.span.start)
                );
                if let Some(note) = (self.opts.local_note)(id) {
                    let _ = write!(s, ": {note}");
                }
                (id, s)
            })
            .collect();
        for (_, s) in locals {
            self.line(1, &s);
        }
        let sites: Vec<String> = self
            .body
            .sites
            .iter()
            .map(|(id, site)| {
                let mut s = format!(
                    "site s{} {:?} {} at {}",
                    id.into_raw().into_u32(),
                    site.kind,
                    type_string(&site.ty),
                    (self.opts.pos)(site.pos)
                );
                if let Some(note) = (self.opts.site_note)(id) {
                    let _ = write!(s, ": {note}");
                }
                s
            })
            .collect();
        for s in sites {
            self.line(1, &s);
        }
        for (id, (pos, what)) in self.body.unsupported.iter().enumerate() {
            let s = format!("unsupported #{id} at {}: {what}", (self.opts.pos)(*pos));
            self.line(1, &s);
        }
    }

    /// A function literal's header and statements (its locals are the body's).
    fn closure(&mut self, c: &super::Closure) {
        let names = |ls: &[LocalId]| {
            ls.iter()
                .map(|&l| self.local_name(l))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let text = format!(
            "closure {}({}) ({}) captures [{}]",
            crate::symbols::func_name(self.db, c.func),
            names(&c.params),
            names(&c.results),
            names(&c.captures)
        );
        self.line(0, &text);
        self.stmt(c.root, 1);
    }

    fn opt(&self, e: Option<ExprId>) -> String {
        match e {
            Some(e) => self.expr(e),
            None => "_".to_string(),
        }
    }

    fn stmt(&mut self, s: StmtId, depth: usize) {
        let stmt = &self.body.stmts[s];
        let at = (self.opts.pos)(stmt.pos);
        let label = |l: Option<super::LabelId>| match l {
            Some(l) => format!(" {}", self.body.labels[l].name),
            None => String::new(),
        };
        match &stmt.kind {
            StmtKind::Block(stmts) => {
                self.line(depth, &format!("block {at} {{"));
                for &x in stmts {
                    self.stmt(x, depth + 1);
                }
                self.line(depth, "}");
            }
            StmtKind::Expr(e) => {
                let t = format!("{} // {at}", self.expr(*e));
                self.line(depth, &t);
            }
            StmtKind::Decl { local, init } => {
                let mut t = format!("var {}", self.local_name(*local));
                if let Some(i) = init {
                    let _ = write!(t, " = {}", self.expr(*i));
                }
                let _ = write!(t, " // {at}");
                self.line(depth, &t);
            }
            StmtKind::Assign { lhs, rhs } => {
                let t = format!("{} = {} // {at}", self.opt(*lhs), self.expr(*rhs));
                self.line(depth, &t);
            }
            StmtKind::AssignParallel { lhs, rhs } => {
                let l: Vec<String> = lhs.iter().map(|&x| self.opt(x)).collect();
                let r: Vec<String> = rhs.iter().map(|&x| self.expr(x)).collect();
                let t = format!("{} = {} // {at}", l.join(", "), r.join(", "));
                self.line(depth, &t);
            }
            StmtKind::AssignCommaOk { lhs, value } => {
                let l: Vec<String> = lhs.iter().map(|&x| self.opt(x)).collect();
                let t = format!("{} = {} // {at}", l.join(", "), self.expr(*value));
                self.line(depth, &t);
            }
            StmtKind::AssignCall { lhs, call, convs } => {
                let l: Vec<String> = lhs
                    .iter()
                    .zip(convs)
                    .map(|(&x, c)| match c {
                        Some(c) => {
                            let s = c.site.map_or("direct".into(), |s| self.site(s));
                            format!(
                                "{} <- conviface[{s}] {}",
                                self.opt(x),
                                type_string(&c.iface)
                            )
                        }
                        None => self.opt(x),
                    })
                    .collect();
                let t = format!("{} = {} // {at}", l.join(", "), self.expr(*call));
                self.line(depth, &t);
            }
            StmtKind::OpAssign { op, lhs, rhs } => {
                let t = format!(
                    "{} {}= {} // {at}",
                    self.expr(*lhs),
                    op.as_str(),
                    self.expr(*rhs)
                );
                self.line(depth, &t);
            }
            StmtKind::If { cond, then, els } => {
                let t = format!("if {} // {at}", self.expr(*cond));
                self.line(depth, &t);
                self.stmt(*then, depth + 1);
                if let Some(e) = els {
                    self.line(depth, "else");
                    self.stmt(*e, depth + 1);
                }
            }
            StmtKind::For {
                label: l,
                cond,
                post,
                body,
            } => {
                let t = format!("for{} {} // {at}", label(*l), self.opt(*cond));
                self.line(depth, &t);
                if let Some(p) = post {
                    self.line(depth + 1, "post:");
                    self.stmt(*p, depth + 2);
                }
                self.stmt(*body, depth + 1);
            }
            StmtKind::Range {
                label: l,
                key,
                value,
                define,
                x,
                body,
            } => {
                let op = if *define { ":=" } else { "=" };
                let t = format!(
                    "for{} {}, {} {op} range {} // {at}",
                    label(*l),
                    self.opt(*key),
                    self.opt(*value),
                    self.expr(*x)
                );
                self.line(depth, &t);
                self.stmt(*body, depth + 1);
            }
            StmtKind::Return(vals) => {
                let v: Vec<String> = vals.iter().map(|&x| self.expr(x)).collect();
                let t = if v.is_empty() {
                    format!("return // {at}")
                } else {
                    format!("return {} // {at}", v.join(", "))
                };
                self.line(depth, &t);
            }
            StmtKind::Break(l) => {
                let t = format!("break{} // {at}", label(*l));
                self.line(depth, &t);
            }
            StmtKind::Continue(l) => {
                let t = format!("continue{} // {at}", label(*l));
                self.line(depth, &t);
            }
            StmtKind::Switch {
                label: l,
                tag,
                clauses,
            } => {
                let tag = tag.map_or("true".to_string(), |t| self.expr(t));
                let t = format!("switch{} {tag} // {at}", label(*l));
                self.line(depth, &t);
                for c in clauses {
                    let cat = (self.opts.pos)(c.pos);
                    let head = if c.is_default {
                        format!("default: // {cat}")
                    } else {
                        format!("case {}: // {cat}", self.list(&c.values))
                    };
                    self.line(depth + 1, &head);
                    self.stmt(c.body, depth + 2);
                    if c.fallthrough {
                        self.line(depth + 2, "fallthrough");
                    }
                }
            }
            StmtKind::Label(l) => {
                let t = format!("label{}: // {at}", label(Some(*l)));
                self.line(depth, &t);
            }
            StmtKind::Goto(l) => {
                let t = format!("goto{} // {at}", label(Some(*l)));
                self.line(depth, &t);
            }
            StmtKind::TypeSwitch {
                label: l,
                x,
                clauses,
            } => {
                let t = format!("switch{} {}.(type) // {at}", label(*l), self.expr(*x));
                self.line(depth, &t);
                for c in clauses {
                    let cat = (self.opts.pos)(c.pos);
                    let mut head = if c.is_default {
                        "default:".to_string()
                    } else {
                        let cases: Vec<String> = c
                            .cases
                            .iter()
                            .map(|k| match k {
                                super::TypeCase::Nil => "nil".to_string(),
                                super::TypeCase::Type(t) => crate::type_string(t),
                            })
                            .collect();
                        format!("case {}:", cases.join(", "))
                    };
                    if let Some(v) = c.var {
                        let ty = crate::type_string(&self.body.locals[v].ty);
                        let _ = write!(head, " var {} {ty}", self.local_name(v));
                    }
                    let _ = write!(head, " // {cat}");
                    self.line(depth + 1, &head);
                    self.stmt(c.body, depth + 2);
                }
            }
            StmtKind::Send { ch, value } => {
                let t = format!("{} <- {} // {at}", self.expr(*ch), self.expr(*value));
                self.line(depth, &t);
            }
            StmtKind::Select { label: l, cases } => {
                let t = format!("select{} // {at}", label(*l));
                self.line(depth, &t);
                for c in cases {
                    let cat = (self.opts.pos)(c.pos);
                    let head = if c.is_default {
                        format!("default: // {cat}")
                    } else {
                        format!("case: // {cat}")
                    };
                    self.line(depth + 1, &head);
                    for &s in &c.comm {
                        self.stmt(s, depth + 2);
                    }
                    self.stmt(c.body, depth + 2);
                }
            }
            StmtKind::Defer { pre, call, .. } | StmtKind::Go { pre, call, .. } => {
                for &p in pre {
                    self.stmt(p, depth);
                }
                let word = if matches!(self.body.stmts[s].kind, StmtKind::Go { .. }) {
                    "go"
                } else {
                    "defer"
                };
                let t = format!("{word} {} // {at}", self.expr(*call));
                self.line(depth, &t);
            }
        }
    }

    fn site(&self, s: AllocSiteId) -> String {
        format!("s{}", s.into_raw().into_u32())
    }

    fn list(&self, es: &[ExprId]) -> String {
        es.iter()
            .map(|&e| self.expr(e))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn expr(&self, e: ExprId) -> String {
        let x = &self.body.exprs[e];
        match &x.kind {
            ExprKind::Local(l) => self.local_name(*l),
            ExprKind::Global(g) => format!("global {}", g.name(self.db)),
            ExprKind::ExternalVar { package, name } => format!("{package}.{name}"),
            ExprKind::FuncRef(f) => format!("func {}", f.func(self.db).name(self.db)),
            ExprKind::Const(c) => format!("const {}({})", type_string(&x.ty), const_text(c)),
            ExprKind::Zero => format!("zero {}", type_string(&x.ty)),
            ExprKind::Unary { op, x: a } => {
                let o = match op {
                    UnOp::Neg => "-",
                    UnOp::Plus => "+",
                    UnOp::Not => "!",
                    UnOp::Complement => "^",
                };
                format!("{o}({})", self.expr(*a))
            }
            ExprKind::Binary { op, x: a, y, .. } => {
                format!("({} {} {})", self.expr(*a), op.as_str(), self.expr(*y))
            }
            ExprKind::Concat { parts, site } => {
                format!("concat[{}]({})", self.site(*site), self.list(parts))
            }
            ExprKind::Addr(a) => format!("&{}", self.expr(*a)),
            ExprKind::Deref(a) => format!("(*{})", self.expr(*a)),
            ExprKind::Field { x: a, index } => format!("{}.#{index}", self.expr(*a)),
            ExprKind::Index { x: a, index } => format!("{}[{}]", self.expr(*a), self.expr(*index)),
            ExprKind::Slice { x: a, lo, hi, max } => {
                let part = |v: &Option<ExprId>| v.map(|v| self.expr(v)).unwrap_or_default();
                let mut s = format!("{}[{}:{}", self.expr(*a), part(lo), part(hi));
                if max.is_some() {
                    let _ = write!(s, ":{}", part(max));
                }
                s.push(']');
                s
            }
            ExprKind::Call {
                callee,
                args,
                pre,
                spread,
            } => {
                let c = match callee {
                    Callee::Static(f) => crate::symbols::func_name(self.db, *f),
                    Callee::Builtin(b) => format!("builtin {}", format!("{b:?}").to_lowercase()),
                    Callee::External { package, name } => format!("{package}.{name}"),
                    Callee::Indirect(f) => format!("indirect {}", self.expr(*f)),
                    Callee::Interface { recv, index } => {
                        format!("iface {} method {index}", self.expr(*recv))
                    }
                };
                let dots = if *spread { "..." } else { "" };
                let mut s = String::new();
                if !pre.is_empty() {
                    let _ = write!(s, "[pre {} stmts] ", pre.len());
                }
                let _ = write!(s, "call {c}({}{dots})", self.list(args));
                s
            }
            ExprKind::Convert { x: a, site } => {
                let s = site
                    .map(|s| format!("[{}]", self.site(s)))
                    .unwrap_or_default();
                format!("convert{s} {}({})", type_string(&x.ty), self.expr(*a))
            }
            ExprKind::ConvIface { x: a, site } => {
                let s = match site {
                    Some(s) => format!("[{}]", self.site(*s)),
                    None => "[direct]".to_string(),
                };
                format!("conviface{s} {}({})", type_string(&x.ty), self.expr(*a))
            }
            ExprKind::TypeAssert { x: a, comma_ok } => {
                let ok = if *comma_ok { "[ok]" } else { "" };
                format!("{}.{ok}({})", self.expr(*a), type_string(&x.ty))
            }
            ExprKind::New { site } => format!("new[{}] {}", self.site(*site), type_string(&x.ty)),
            ExprKind::MethodValue { recv, method, site } => format!(
                "methodvalue[{}] {}({})",
                self.site(*site),
                crate::symbols::func_name(self.db, *method),
                self.expr(*recv)
            ),
            ExprKind::MakeClosure { closure, site } => format!(
                "closure[{}] {}",
                self.site(*site),
                crate::symbols::func_name(self.db, self.body.closures[*closure].func)
            ),
            ExprKind::PtrLit { lit, site } => format!("&[{}]{}", self.site(*site), self.expr(*lit)),
            ExprKind::StructLit { fields } => {
                let f: Vec<String> = fields
                    .iter()
                    .map(|(i, v)| format!("#{i}: {}", self.expr(*v)))
                    .collect();
                format!("{}{{{}}}", type_string(&x.ty), f.join(", "))
            }
            ExprKind::ArrayLit { elems } => {
                let f: Vec<String> = elems
                    .iter()
                    .map(|(i, v)| format!("{i}: {}", self.expr(*v)))
                    .collect();
                format!("{}{{{}}}", type_string(&x.ty), f.join(", "))
            }
            ExprKind::SliceLit { elems, len, site } => {
                let f: Vec<String> = elems
                    .iter()
                    .map(|(i, v)| format!("{i}: {}", self.expr(*v)))
                    .collect();
                format!(
                    "{}[{}, len {len}]{{{}}}",
                    type_string(&x.ty),
                    self.site(*site),
                    f.join(", ")
                )
            }
            ExprKind::MakeSlice { len, cap, site } => {
                let c = cap
                    .map(|c| format!(", {}", self.expr(c)))
                    .unwrap_or_default();
                format!(
                    "make[{}]({}, {}{c})",
                    self.site(*site),
                    type_string(&x.ty),
                    self.expr(*len)
                )
            }
            ExprKind::MakeChan { size, site } => {
                let n = size
                    .map(|n| format!(", {}", self.expr(n)))
                    .unwrap_or_default();
                format!("make[{}]({}{n})", self.site(*site), type_string(&x.ty))
            }
            ExprKind::Recv { ch, comma_ok } => {
                let ok = if *comma_ok { "[ok]" } else { "" };
                format!("<-{ok}{}", self.expr(*ch))
            }
            ExprKind::MakeMap { hint, site } => {
                let h = hint
                    .map(|h| format!(", {}", self.expr(h)))
                    .unwrap_or_default();
                format!("make[{}]({}{h})", self.site(*site), type_string(&x.ty))
            }
            ExprKind::MapLit { entries, site } => {
                let f: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}: {}", self.expr(*k), self.expr(*v)))
                    .collect();
                format!(
                    "{}[{}]{{{}}}",
                    type_string(&x.ty),
                    self.site(*site),
                    f.join(", ")
                )
            }
            ExprKind::MapIndex {
                x: a,
                key,
                comma_ok,
            } => {
                let ok = if *comma_ok { "[ok]" } else { "" };
                format!("mapindex{ok} {}[{}]", self.expr(*a), self.expr(*key))
            }
        }
    }
}

fn const_text(c: &ConstValue) -> String {
    match c {
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::String(s) => format!("{:?}", String::from_utf8_lossy(s)),
        ConstValue::Float(f) => f.to_string(),
        ConstValue::Complex(re, im) => format!("({re} + {im}i)"),
    }
}
