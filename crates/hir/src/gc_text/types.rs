//! Types as gc's `-m` prints them (types/fmt.go's `tconv` in `fmtNode`'s style): as
//! types2 prints them but with a space after `struct` and `interface` and around their
//! members (`struct {}`, `struct { a int; b string }`, `interface { M(); N(int) string }`),
//! at any depth. Names print as types2 prints them. What it does not do: error messages
//! (types2's spelling, [`crate::type_string`]).

use crate::{Ty, TyKind};

/// `ty` as gc's `-m` text prints it.
pub fn gc_type_string(ty: &Ty) -> String {
    match ty.kind() {
        TyKind::Pointer(t) => format!("*{}", gc_type_string(t)),
        TyKind::Slice(t) => format!("[]{}", gc_type_string(t)),
        TyKind::Array(n, t) => format!("[{n}]{}", gc_type_string(t)),
        TyKind::Map(k, v) => format!("map[{}]{}", gc_type_string(k), gc_type_string(v)),
        TyKind::Chan(dir, t) => {
            let head = crate::errors::chan_prefix(*dir);
            if crate::errors::chan_needs_parens(*dir, t) {
                format!("{head}({})", gc_type_string(t))
            } else {
                format!("{head}{}", gc_type_string(t))
            }
        }
        TyKind::Struct(fs) if fs.is_empty() => "struct {}".into(),
        TyKind::Struct(fs) => {
            let fields: Vec<String> = fs
                .iter()
                .map(|f| match f.embedded {
                    true => gc_type_string(&f.ty),
                    false => format!("{} {}", f.name, gc_type_string(&f.ty)),
                })
                .collect();
            format!("struct {{ {} }}", fields.join("; "))
        }
        TyKind::Interface(ms) if ms.is_empty() => "interface {}".into(),
        // The predeclared `error` (golift's interface type of it has no name).
        TyKind::Interface(_) if ty.identical(&crate::universe::error_type()) => "error".into(),
        TyKind::Interface(ms) => {
            let methods: Vec<String> = ms
                .iter()
                .map(|(name, t)| format!("{name}{}", signature(t)))
                .collect();
            format!("interface {{ {} }}", methods.join("; "))
        }
        TyKind::Func { .. } => format!("func{}", signature(ty)),
        _ => crate::type_string(ty),
    }
}

/// A function type's `(params) results` (`(int, ...string) (int, error)`).
fn signature(ty: &Ty) -> String {
    let TyKind::Func {
        params,
        results,
        variadic,
    } = ty.kind()
    else {
        return crate::type_string(ty);
    };
    let n = params.len();
    let ps: Vec<String> = params
        .iter()
        .enumerate()
        .map(|(i, p)| match (p.kind(), *variadic && i + 1 == n) {
            (TyKind::Slice(el), true) => format!("...{}", gc_type_string(el)),
            _ => gc_type_string(p),
        })
        .collect();
    let rs: Vec<String> = results.iter().map(gc_type_string).collect();
    match rs.len() {
        0 => format!("({})", ps.join(", ")),
        1 => format!("({}) {}", ps.join(", "), rs[0]),
        _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
    }
}
