//! The implicit steps of a field selection `x.f`, as gc's typecheck makes them explicit
//! (`AddImplicitDots`): one `ODOT` or `ODOTPTR` per field on the checker's selection
//! path, `ODOTPTR` wherever the value selected from is a pointer (the base, or an
//! embedded `*T` on the way). Escape's flows use the dereferences; `-m` prints the
//! embedded fields' names (`o.Other.X` for `o.X`).

use crate::{underlying, Db, Selection, Ty, TyKind};

/// One field selection on the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Whether the value selected from is a pointer (gc's `ODOTPTR`).
    pub ptr: bool,
    pub name: String,
}

/// The steps of selection `sel` from a base of type `base`, innermost first. Empty when
/// the path does not fit the types (the checker reported an error then).
pub fn selection_steps(db: &dyn Db, base: &Ty, sel: &Selection) -> Vec<Step> {
    let mut out = Vec::new();
    let mut cur = base.clone();
    for &index in &sel.path {
        let mut ptr = false;
        if let TyKind::Pointer(elem) = underlying(db, &cur).kind() {
            ptr = true;
            cur = elem.clone();
        }
        let field = match underlying(db, &cur).kind() {
            TyKind::Struct(fields) => match fields.get(index as usize) {
                Some(f) => f.clone(),
                None => return Vec::new(),
            },
            _ => return Vec::new(),
        };
        out.push(Step {
            ptr,
            name: field.name.clone(),
        });
        cur = field.ty;
    }
    out
}
