//! gc's spelling of things in messages: types (`[]int`, `*T`, `func(int) string`),
//! expressions as types2 prints them (`x + 1`, `T{…}`), and operands
//! (`s (variable of type string)`, `300 (untyped int constant)`).

use golift_syntax::ast::{self, ExprId};

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
        TyKind::Basic(b) => out.push_str(match ty.alias() {
            Some(crate::BasicAlias::Byte) => "byte",
            Some(crate::BasicAlias::Rune) => "rune",
            None => b.name(),
        }),
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
            out.push_str(chan_prefix(*dir));
            // `chan (<-chan T)` needs its parentheses.
            if chan_needs_parens(*dir, t) {
                out.push('(');
                write_type(out, t);
                out.push(')');
            } else {
                write_type(out, t);
            }
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

pub(crate) fn write_signature(out: &mut String, params: &[Ty], results: &[Ty], variadic: bool) {
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
/// bodies shortened to `{…}`); empty for an id outside `decl`'s arena.
pub fn expr_string(decl: &ast::Decl, e: ExprId) -> String {
    match crate::checker::expr_at(decl, e) {
        Some(_) => golift_syntax::printer::expr_string(&decl.exprs, e),
        None => String::new(),
    }
}

/// How an operand is described in messages (types2's `operandString` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ModeWord {
    Variable,
    MapIndex,
    Value,
    Constant,
    Builtin,
    Type,
    NoValue,
    Nil,
    /// types2's `commaok`: a receive or a type assertion.
    CommaOk,
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
        ModeWord::MapIndex => "map index expression",
        ModeWord::Value => "value",
        ModeWord::Constant => "constant",
        ModeWord::Builtin => "built-in",
        ModeWord::Type => "type",
        ModeWord::NoValue => "no value",
        ModeWord::Nil => "nil",
        ModeWord::CommaOk => "comma, ok expression",
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

/// Whether `chan` of direction `dir` with element `elem` prints its element in
/// parentheses: a bidirectional channel of an unnamed receive-only channel
/// (`chan (<-chan T)`), as types2's and gc's type printers do.
pub fn chan_needs_parens(dir: ast::ChanDir, elem: &Ty) -> bool {
    dir == ast::ChanDir::Both && matches!(elem.kind(), TyKind::Chan(ast::ChanDir::Recv, _))
}

/// How a channel type of direction `dir` starts: `chan `, `chan<- ` or `<-chan `.
pub fn chan_prefix(dir: ast::ChanDir) -> &'static str {
    match dir {
        ast::ChanDir::Both => "chan ",
        ast::ChanDir::Send => "chan<- ",
        ast::ChanDir::Recv => "<-chan ",
    }
}
