//! Maps in the checker: map types (`invalid map key type K`), `m[k]` (types2's
//! `mapindex` mode: assignable, comma-ok, not addressable) and map composite literals
//! (`missing key in map literal`, `duplicate key K in map literal` for constant keys,
//! elided key and value types). `make`, `delete`, `len` and `range` over maps are the
//! builtins' and statements' code.

use golift_syntax::ast::{Element, ExprId};

use crate::checker::{Checker, Mode, Operand};
use crate::consts::value_string;
use crate::{Ty, TyKind};

impl Checker<'_> {
    /// `map[K]V` as a type.
    pub(crate) fn map_type(&mut self, key: ExprId, value: ExprId) -> Ty {
        let k = self.typ(key);
        let v = self.typ(value);
        if k.is_invalid() || v.is_invalid() {
            return Ty::invalid();
        }
        // Checked later: the key may name a type still being declared.
        let p = self.pos(key);
        self.map_keys.push((p, k.clone()));
        Ty::new(TyKind::Map(k, v))
    }

    /// types2's delayed check of the map key types met so far: `invalid map key type K`.
    pub(crate) fn check_map_keys(&mut self) {
        for (p, k) in std::mem::take(&mut self.map_keys) {
            if !self.comparable(&k) {
                let msg = format!("invalid map key type {}", crate::errors::type_string(&k));
                self.error(p, msg);
            }
        }
    }

    /// `m[k]` of a map with key type `key` and element type `elem`.
    pub(super) fn map_index(
        &mut self,
        e: ExprId,
        indices: &[ExprId],
        key: &Ty,
        elem: &Ty,
    ) -> Operand {
        match indices {
            [] => {
                let p = self.pos(e);
                self.error(
                    p,
                    format!("invalid AST: missing index for {}", self.estr(e)),
                );
                return Operand::invalid(e);
            }
            [i] => {
                let mut k = self.expr_with_hint(*i, Some(key));
                self.assignment(&mut k, Some(key), "map index");
            }
            [i, j, ..] => {
                let p = self.pos(*j);
                self.error(p, "invalid operation: more than one index");
                self.expr(*i);
                return Operand::invalid(e);
            }
        }
        Operand {
            mode: Mode::MapIndex,
            ty: elem.clone(),
            expr: e,
        }
    }

    /// Whether `e` (in parentheses or not) is a checked `m[k]` of a map.
    pub(crate) fn is_map_index(&mut self, e: ExprId) -> bool {
        let e = self.unparen(e);
        let Some(golift_syntax::ast::ExprKind::Index { x, .. }) = self.expr_kind(e) else {
            return false;
        };
        match self.res.expr_types.get(*x).cloned() {
            Some(t) => matches!(self.under(&t).kind(), TyKind::Map(..)),
            None => false,
        }
    }

    /// The elements of a map literal.
    pub(super) fn map_lit_elems(&mut self, elems: &[Element], key: &Ty, elem: &Ty) {
        let mut visited: std::collections::HashMap<crate::ConstValue, Vec<Ty>> =
            std::collections::HashMap::new();
        let key_is_iface = matches!(self.under(key).kind(), TyKind::Interface(_));
        for el in elems {
            let Some(k) = el.key else {
                let p = self.pos(el.value);
                self.error(p, "missing key in map literal");
                self.expr(el.value);
                continue;
            };
            let mut x = self.expr_with_hint(k, Some(key));
            self.assignment(&mut x, Some(key), "map literal");
            if let Some(v) = x.const_val().cloned() {
                let seen = visited.entry(v.clone()).or_default();
                let duplicate = if key_is_iface {
                    let d = seen.iter().any(|t| t.identical(&x.ty));
                    seen.push(x.ty.clone());
                    d
                } else {
                    let d = !seen.is_empty();
                    seen.push(x.ty.clone());
                    d
                };
                if duplicate {
                    let msg = format!("duplicate key {} in map literal", value_string(&v));
                    let p = self.pos(k);
                    self.error(p, msg);
                    self.expr(el.value);
                    continue;
                }
            }
            let mut y = self.expr_with_hint(el.value, Some(elem));
            self.assignment(&mut y, Some(elem), "map literal");
        }
    }
}
