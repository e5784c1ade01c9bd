//! Go type names as gc prints them (`int`, `[]int`, `*main.T`, `struct { x int }`), and
//! the symbols of type descriptors built from them (`type:main.T`). What a descriptor
//! holds is `types.rs`'s.

use golift_hir::{Db, Ty, TyKind};

/// The name of `ty` as gc prints it (`int`, `[]int`, `*main.T`, `struct { x int }`).
pub(crate) fn type_name(db: &dyn Db, ty: &Ty) -> String {
    render(db, ty, false)
}

/// `ty`'s name in symbols: [`type_name`], with each type declared in a function made
/// unique (`main.L·main.f·0`: the function and the index of the declaration), as two
/// local types print alike.
pub(crate) fn symbol_type_name(db: &dyn Db, ty: &Ty) -> String {
    render(db, ty, true)
}

fn render(db: &dyn Db, ty: &Ty, symbol: bool) -> String {
    let type_name = |db: &dyn Db, t: &Ty| render(db, t, symbol);
    match ty.kind() {
        TyKind::Invalid => "invalid type".to_string(),
        TyKind::Basic(b) => b.name().to_string(),
        TyKind::Pointer(t) => format!("*{}", type_name(db, t)),
        TyKind::Slice(t) => format!("[]{}", type_name(db, t)),
        TyKind::Array(n, t) => format!("[{n}]{}", type_name(db, t)),
        TyKind::Map(k, v) => format!("map[{}]{}", type_name(db, k), type_name(db, v)),
        TyKind::Chan(dir, t) => {
            let head = golift_hir::chan_prefix(*dir);
            if golift_hir::chan_needs_parens(*dir, t) {
                format!("{head}({})", type_name(db, t))
            } else {
                format!("{head}{}", type_name(db, t))
            }
        }
        TyKind::Struct(fields) => {
            if fields.is_empty() {
                return "struct {}".to_string();
            }
            let fs: Vec<String> = fields
                .iter()
                .map(|f| {
                    // gc's LinkString: an embedded field renamed by an alias
                    // (`type Int = int; struct{ Int }`) is `Int = int`, since
                    // `struct { int }` is another type.
                    if f.embedded && symbol && f.name != embedded_type_name(&f.ty) {
                        format!("{} = {}", f.name, type_name(db, &f.ty))
                    } else if f.embedded {
                        type_name(db, &f.ty)
                    } else {
                        format!("{} {}", f.name, type_name(db, &f.ty))
                    }
                })
                .collect();
            format!("struct {{ {} }}", fs.join("; "))
        }
        TyKind::Func {
            params,
            results,
            variadic,
        } => {
            let mut ps: Vec<String> = params.iter().map(|t| type_name(db, t)).collect();
            if *variadic {
                if let (Some(last), Some(TyKind::Slice(e))) =
                    (ps.last_mut(), params.last().map(|t| t.kind()))
                {
                    *last = format!("...{}", type_name(db, e));
                }
            }
            let rs: Vec<String> = results.iter().map(|t| type_name(db, t)).collect();
            match rs.len() {
                0 => format!("func({})", ps.join(", ")),
                1 => format!("func({}) {}", ps.join(", "), rs[0]),
                _ => format!("func({}) ({})", ps.join(", "), rs.join(", ")),
            }
        }
        TyKind::Interface(ms) if ms.is_empty() => "interface {}".to_string(),
        // The predeclared `error` (hir does not tell it from a literal spelling it out).
        TyKind::Interface(_) if ty.identical(&golift_hir::error_type()) => "error".to_string(),
        TyKind::Interface(ms) => {
            let methods: Vec<String> = ms
                .iter()
                .map(|(n, sig)| {
                    let sig = type_name(db, sig);
                    format!("{n}{}", sig.strip_prefix("func").unwrap_or(&sig))
                })
                .collect();
            format!("interface {{ {} }}", methods.join("; "))
        }
        TyKind::Tuple(ts) => {
            let names: Vec<String> = ts.iter().map(|t| type_name(db, t)).collect();
            format!("({})", names.join(", "))
        }
        // A standard-library type's name is already qualified (`os.File`).
        TyKind::Named(n) if golift_hir::stdlib::types::is_stdlib(n) => n.name.clone(),
        TyKind::Named(n) => {
            let name = golift_hir::symbols::qualified(db, n.package(db), &n.name);
            match n.def.owner(db) {
                Some(f) if symbol => format!(
                    "{name}\u{b7}{}\u{b7}{}",
                    golift_hir::symbols::func_symbol(db, f),
                    n.def.index(db)
                ),
                _ => name,
            }
        }
    }
}

/// The field name embedding `ty` gives when no alias renames it: the (unqualified)
/// name of `T` or `*T`.
fn embedded_type_name(ty: &Ty) -> String {
    match ty.kind() {
        TyKind::Named(n) => n.name.rsplit('.').next().unwrap_or_default().to_string(),
        TyKind::Basic(b) => b.name().to_string(),
        TyKind::Pointer(t) => embedded_type_name(t),
        _ => String::new(),
    }
}

/// The symbol of `ty`'s type descriptor (`type:int`, `type:main.T`).
pub(crate) fn typedesc_symbol(db: &dyn Db, ty: &Ty) -> String {
    format!("type:{}", symbol_type_name(db, ty))
}
