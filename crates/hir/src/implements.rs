//! types2's `missingMethod` and `implements`: whether a type has every method of an
//! interface (with identical types; a value's method set lacks pointer-receiver
//! methods), and gc's reason when it does not (`(missing M method)`, `(M method has
//! pointer receiver)`, `(wrong type for M method)` with the `have`/`want` lines). It
//! does not lower or compile anything.

use crate::check_expr::selector::Lookup;
use crate::checker::Checker;
use crate::errors::{type_string, write_signature};
use crate::{Ty, TyKind};

/// Why a type does not implement an interface.
pub(crate) enum Missing {
    Method(String),
    PtrRecv(String),
    WrongType { name: String, have: Ty, want: Ty },
}

/// `M(int) string`: a method's name and signature as types2's `funcString` prints it.
fn func_string(name: &str, ty: &Ty) -> String {
    let mut s = name.to_string();
    if let TyKind::Func {
        params,
        results,
        variadic,
    } = ty.kind()
    {
        write_signature(&mut s, params, results, *variadic);
    }
    s
}

/// Whether `ty` is, or is a function type mentioning, an invalid type.
fn has_invalid(ty: &Ty) -> bool {
    match ty.kind() {
        TyKind::Func {
            params, results, ..
        } => ty.is_invalid() || params.iter().chain(results).any(has_invalid),
        _ => ty.is_invalid(),
    }
}

impl Missing {
    /// gc's parenthesised reason (with its `have`/`want` lines).
    pub(crate) fn reason(&self) -> String {
        match self {
            Missing::Method(m) => format!("(missing {m} method)"),
            Missing::PtrRecv(m) => format!("({m} method has pointer receiver)"),
            Missing::WrongType { name, have, want } => format!(
                "(wrong type for {name} method)\n\t\thave {}\n\t\twant {}",
                func_string(name, have),
                func_string(name, want)
            ),
        }
    }
}

impl Checker<'_> {
    /// The first method of interface `iface` (in its sorted order) that `v` lacks, or
    /// `None` when `v` implements it. `iface` must be an interface type.
    pub(crate) fn missing_method(&mut self, v: &Ty, iface: &Ty) -> Option<Missing> {
        let want = match self.under(iface).kind() {
            TyKind::Interface(ms) => ms.clone(),
            _ => return None,
        };
        if let TyKind::Interface(have) = self.under(v).kind() {
            for (name, t) in &want {
                match have.iter().find(|(n, _)| n == name) {
                    None => return Some(Missing::Method(name.clone())),
                    Some((_, h)) if !h.identical(t) => {
                        return Some(Missing::WrongType {
                            name: name.clone(),
                            have: h.clone(),
                            want: t.clone(),
                        })
                    }
                    Some(_) => {}
                }
            }
            return None;
        }
        if let Some(have) = crate::stdlib::types::method_set(v) {
            return want
                .iter()
                .find_map(|(name, t)| match have.iter().find(|(n, _)| n == name) {
                    None => Some(Missing::Method(name.clone())),
                    Some((_, h)) if !h.identical(t) => Some(Missing::WrongType {
                        name: name.clone(),
                        have: h.clone(),
                        want: t.clone(),
                    }),
                    Some(_) => None,
                });
        }
        for (name, t) in &want {
            match self.lookup_field_or_method(v, false, name) {
                Lookup::Method { method, .. } => {
                    let h = self.method_type(&method);
                    // A signature with an erroneous type was reported where written.
                    if !has_invalid(&h) && !h.identical(t) {
                        return Some(Missing::WrongType {
                            name: name.clone(),
                            have: h,
                            want: t.clone(),
                        });
                    }
                }
                Lookup::NeedsPtr => return Some(Missing::PtrRecv(name.clone())),
                // A method promoted from an embedded interface field.
                Lookup::InterfaceMethod { .. } => {}
                Lookup::Field { .. } | Lookup::Ambiguous | Lookup::NotFound => {
                    return Some(Missing::Method(name.clone()))
                }
            }
        }
        None
    }

    /// `T does not implement I (reason)`: the second line of gc's assignment and
    /// conversion errors, when `t` is an interface `v` does not implement.
    pub(crate) fn not_implements(&mut self, v: &Ty, t: &Ty) -> Option<String> {
        if !matches!(self.under(t).kind(), TyKind::Interface(_)) {
            return None;
        }
        let m = self.missing_method(v, t)?;
        Some(format!(
            "{} does not implement {} {}",
            type_string(v),
            type_string(t),
            m.reason()
        ))
    }
}
