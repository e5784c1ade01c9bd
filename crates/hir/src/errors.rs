//! gc's spelling of things in messages: types (`[]int`, `*T`, `func(int) string`),
//! expressions as types2 prints them (`x + 1`, `T{…}`), and operands
//! (`s (variable of type string)`, `300 (untyped int constant)`).

use golift_syntax::ast::{self, ExprId, ExprKind, UnaryOp};

use crate::{consts, ConstValue, Ty, TyKind};

/// A type as types2 prints it (same-package names unqualified).
pub fn type_string(ty: &Ty) -> String {
    let mut s = String::new();
    write_type(&mut s, ty);
    s
}

fn write_type(out: &mut String, ty: &Ty) {
    match ty.kind() {
        TyKind::Invalid => out.push_str("invalid type"),
        TyKind::Basic(b) => out.push_str(b.name()),
        TyKind::Pointer(t) => {
            out.push('*');
            write_type(out, t);
        }
        TyKind::Slice(t) => {
            out.push_str("[]");
            write_type(out, t);
        }
        TyKind::Array(n, t) => {
            out.push_str(&format!("[{n}]"));
            write_type(out, t);
        }
        TyKind::Map(k, v) => {
            out.push_str("map[");
            write_type(out, k);
            out.push(']');
            write_type(out, v);
        }
        TyKind::Chan(dir, t) => {
            out.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_type(out, t);
        }
        TyKind::Struct(fields) => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_type(out, &f.ty);
            }
            out.push('}');
        }
        TyKind::Func {
            params,
            results,
            variadic,
        } => {
            // fmt's print functions, with their parameter names as gc prints them.
            let fmt_like = *variadic
                && results.len() == 2
                && results[0].as_basic() == Some(crate::BasicKind::Int)
                && matches!(params.last().map(|p| p.kind()), Some(TyKind::Slice(e)) if matches!(e.kind(), TyKind::Interface(m) if m.is_empty()));
            if fmt_like && params.len() == 1 {
                out.push_str("func(a ...any) (n int, err error)");
                return;
            }
            if fmt_like && params.len() == 2 {
                out.push_str("func(format string, a ...any) (n int, err error)");
                return;
            }
            out.push_str("func");
            write_signature(out, params, results, *variadic);
        }
        TyKind::Interface(methods) => {
            if methods.len() == 1 && methods[0].0 == "Error" {
                out.push_str("error");
                return;
            }
            out.push_str("interface{");
            for (i, (name, t)) in methods.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(name);
                if let TyKind::Func {
                    params,
                    results,
                    variadic,
                } = t.kind()
                {
                    write_signature(out, params, results, *variadic);
                }
            }
            out.push('}');
        }
        TyKind::Tuple(ts) => {
            out.push('(');
            write_list(out, ts);
            out.push(')');
        }
        TyKind::Named(n) => out.push_str(&n.name),
    }
}

fn write_list(out: &mut String, ts: &[Ty]) {
    for (i, t) in ts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_type(out, t);
    }
}

fn write_signature(out: &mut String, params: &[Ty], results: &[Ty], variadic: bool) {
    out.push('(');
    for (i, t) in params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match t.kind() {
            TyKind::Slice(elem) if variadic && i + 1 == params.len() => {
                out.push_str("...");
                write_type(out, elem);
            }
            _ => write_type(out, t),
        }
    }
    out.push(')');
    match results.len() {
        0 => {}
        1 => {
            out.push(' ');
            write_type(out, &results[0]);
        }
        _ => {
            out.push_str(" (");
            write_list(out, results);
            out.push(')');
        }
    }
}

/// An expression as types2's `syntax.String` prints it (composite literal and function
/// bodies shortened to `{…}`).
pub fn expr_string(decl: &ast::Decl, e: ExprId) -> String {
    let mut s = String::new();
    write_expr(&mut s, decl, e, 0);
    s
}

fn write_expr(out: &mut String, decl: &ast::Decl, e: ExprId, depth: u32) {
    if depth > 200 {
        out.push('…');
        return;
    }
    let d = depth + 1;
    let Some(expr) = crate::checker::expr_at(decl, e) else {
        return;
    };
    match &expr.kind {
        ExprKind::Bad => out.push_str("BadExpr"),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(out, decl, *t, d);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, .. } => {
            out.push_str("func");
            write_func_type(out, decl, sig, d);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, decl, *x, d);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(out, decl, *x, d);
            out.push('.');
            out.push_str(&sel.text);
        }
        ExprKind::Index { x, indices } => {
            write_expr(out, decl, *x, d);
            out.push('[');
            write_expr_list(out, decl, indices, d);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(out, decl, *x, d);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(out, decl, *lo, d);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(out, decl, *hi, d);
            }
            if let Some(max) = max {
                out.push(':');
                write_expr(out, decl, *max, d);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            write_expr(out, decl, *x, d);
            out.push_str(".(");
            match typ {
                Some(t) => write_expr(out, decl, *t, d),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(out, decl, *fun, d);
            out.push('(');
            write_expr_list(out, decl, args, d);
            if *ellipsis {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, decl, *x, d);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::Complement => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
                UnaryOp::Tilde => "~",
            });
            write_expr(out, decl, *x, d);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(out, decl, *x, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, decl, *y, d);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, decl, *l, d),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, decl, *elem, d);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            write_expr(out, decl, *elem, d);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, decl, *key, d);
            out.push(']');
            write_expr(out, decl, *value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(out, decl, *elem, d);
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_func_type(out, decl, sig, d);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                write_field(out, decl, f, d);
            }
            out.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            if !elems.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
    }
}

fn write_expr_list(out: &mut String, decl: &ast::Decl, list: &[ExprId], depth: u32) {
    for (i, a) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, decl, *a, depth);
    }
}

fn write_field(out: &mut String, decl: &ast::Decl, f: &ast::Field, depth: u32) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.text);
    }
    if !f.names.is_empty() {
        out.push(' ');
    }
    if f.variadic {
        out.push_str("...");
    }
    write_expr(out, decl, f.typ, depth);
}

fn write_func_type(out: &mut String, decl: &ast::Decl, sig: &ast::FuncType, depth: u32) {
    out.push('(');
    for (i, f) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_field(out, decl, f, depth);
    }
    out.push(')');
    if sig.results.is_empty() {
        return;
    }
    out.push(' ');
    let bare = sig.results.len() == 1 && sig.results[0].names.is_empty();
    if !bare {
        out.push('(');
    }
    for (i, f) in sig.results.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_field(out, decl, f, depth);
    }
    if !bare {
        out.push(')');
    }
}

/// How an operand is described in messages (types2's `operandString` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ModeWord {
    Variable,
    Value,
    Constant,
    Builtin,
    Type,
    NoValue,
    Nil,
}

/// `expr (untyped int constant 10)`, `s (variable of type string)`, `nil`.
pub(crate) fn operand_string(
    expr: &str,
    mode: ModeWord,
    ty: &Ty,
    value: Option<&ConstValue>,
) -> String {
    if mode == ModeWord::Nil {
        return if ty.as_basic() == Some(crate::BasicKind::UntypedNil) {
            "nil".to_string()
        } else {
            format!("nil (of type {})", type_string(ty))
        };
    }
    let mut out = String::new();
    if !expr.is_empty() {
        out.push_str(expr);
        out.push_str(" (");
    }
    let mut has_type = false;
    match mode {
        ModeWord::NoValue | ModeWord::Builtin | ModeWord::Type => {}
        _ => match ty.as_basic() {
            Some(b) if b.is_untyped() => {
                out.push_str(b.name());
                out.push(' ');
            }
            _ => has_type = true,
        },
    }
    out.push_str(match mode {
        ModeWord::Variable => "variable",
        ModeWord::Value => "value",
        ModeWord::Constant => "constant",
        ModeWord::Builtin => "built-in",
        ModeWord::Type => "type",
        ModeWord::NoValue => "no value",
        ModeWord::Nil => "nil",
    });
    if mode == ModeWord::Constant {
        if let Some(v) = value {
            let s = consts::value_string(v);
            if s != expr {
                out.push(' ');
                out.push_str(&s);
            }
        }
    }
    if has_type {
        if ty.is_invalid() {
            out.push_str(" with invalid type");
        } else {
            out.push_str(" of type ");
            out.push_str(&type_string(ty));
        }
    }
    if !expr.is_empty() {
        out.push(')');
    }
    out
}
