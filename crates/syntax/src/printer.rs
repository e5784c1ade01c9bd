//! Single-line rendering of expressions in the form gc's `syntax.String` uses in
//! error messages (function and composite literal bodies shown as `…`). Not a
//! general pretty-printer.

use crate::ast::{ChanDir, Expr, ExprId, ExprKind, Field, FuncType, InterfaceElem};
use la_arena::Arena;

/// gc's `String(x)` for expression `e`.
pub fn expr_string(exprs: &Arena<Expr>, e: ExprId) -> String {
    let mut s = String::new();
    Printer { exprs, out: &mut s }.expr(e, 0);
    s
}

struct Printer<'a> {
    exprs: &'a Arena<Expr>,
    out: &'a mut String,
}

impl Printer<'_> {
    fn list(&mut self, l: &[ExprId], depth: u32) {
        for (i, &e) in l.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(e, depth);
        }
    }

    fn expr(&mut self, e: ExprId, depth: u32) {
        if depth > 200 {
            self.out.push('…');
            return;
        }
        let d = depth + 1;
        match &self.exprs[e].kind {
            ExprKind::Bad => self.out.push_str("<bad expr>"),
            ExprKind::Name(n) => self.out.push_str(n),
            ExprKind::BasicLit { raw, .. } => self.out.push_str(raw),
            ExprKind::CompositeLit { typ, elems, .. } => {
                if let Some(t) = typ {
                    self.expr(*t, d);
                }
                self.out
                    .push_str(if elems.is_empty() { "{}" } else { "{…}" });
            }
            ExprKind::FuncLit { sig, .. } => {
                self.out.push_str("func");
                self.sig(sig, d);
                self.out.push_str(" {…}");
            }
            ExprKind::Paren(x) => {
                self.out.push('(');
                self.expr(*x, d);
                self.out.push(')');
            }
            ExprKind::Selector { x, sel } => {
                self.expr(*x, d);
                self.out.push('.');
                self.out.push_str(&sel.text);
            }
            ExprKind::Index { x, indices } => {
                self.expr(*x, d);
                self.out.push('[');
                self.list(indices, d);
                self.out.push(']');
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(*x, d);
                self.out.push('[');
                if let Some(i) = lo {
                    self.expr(*i, d);
                }
                self.out.push(':');
                if let Some(i) = hi {
                    self.expr(*i, d);
                }
                if let Some(i) = max {
                    self.out.push(':');
                    self.expr(*i, d);
                }
                self.out.push(']');
            }
            ExprKind::TypeAssert { x, typ } => {
                self.expr(*x, d);
                self.out.push_str(".(");
                match typ {
                    Some(t) => self.expr(*t, d),
                    None => self.out.push_str("type"),
                }
                self.out.push(')');
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                self.expr(*fun, d);
                self.out.push('(');
                self.list(args, d);
                if *ellipsis {
                    self.out.push_str("...");
                }
                self.out.push(')');
            }
            ExprKind::Star(x) => {
                self.out.push('*');
                self.expr(*x, d);
            }
            ExprKind::Unary { op, x } => {
                self.out.push_str(op.as_str());
                self.expr(*x, d);
            }
            ExprKind::Binary { op, x, y, .. } => {
                self.expr(*x, d);
                self.out.push(' ');
                self.out.push_str(op.as_str());
                self.out.push(' ');
                self.expr(*y, d);
            }
            ExprKind::ArrayType { len, elem } => {
                self.out.push('[');
                match len {
                    Some(l) => self.expr(*l, d),
                    None => self.out.push_str("..."),
                }
                self.out.push(']');
                self.expr(*elem, d);
            }
            ExprKind::SliceType { elem } => {
                self.out.push_str("[]");
                self.expr(*elem, d);
            }
            ExprKind::MapType { key, value } => {
                self.out.push_str("map[");
                self.expr(*key, d);
                self.out.push(']');
                self.expr(*value, d);
            }
            ExprKind::ChanType { dir, elem } => {
                self.out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both
                    && matches!(
                        self.exprs[*elem].kind,
                        ExprKind::ChanType {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    self.out.push('(');
                }
                self.expr(*elem, d);
                if paren {
                    self.out.push(')');
                }
            }
            ExprKind::FuncType(sig) => {
                self.out.push_str("func");
                self.sig(sig, d);
            }
            ExprKind::StructType { fields } => {
                self.out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str("; ");
                    }
                    self.field(f, d);
                    if let Some(t) = &f.tag {
                        self.out.push_str(&format!(" {t:?}"));
                    }
                }
                self.out.push('}');
            }
            ExprKind::InterfaceType { elems } => {
                self.out.push_str("interface{");
                for (i, el) in elems.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str("; ");
                    }
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.out.push_str(&name.text);
                            self.sig(sig, d);
                        }
                        InterfaceElem::Embed(e) => self.expr(*e, d),
                    }
                }
                self.out.push('}');
            }
        }
    }

    fn field(&mut self, f: &Field, d: u32) {
        for (i, n) in f.names.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.out.push_str(&n.text);
        }
        if !f.names.is_empty() {
            self.out.push(' ');
        }
        if f.variadic {
            self.out.push_str("...");
        }
        self.expr(f.typ, d);
    }

    fn fields(&mut self, l: &[Field], d: u32) {
        for (i, f) in l.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.field(f, d);
        }
    }

    fn sig(&mut self, sig: &FuncType, d: u32) {
        self.out.push('(');
        self.fields(&sig.params, d);
        self.out.push(')');
        match sig.results.as_slice() {
            [] => {}
            [f] if f.names.is_empty() => {
                self.out.push(' ');
                self.expr(f.typ, d);
            }
            rs => {
                self.out.push_str(" (");
                self.fields(rs, d);
                self.out.push(')');
            }
        }
    }
}
