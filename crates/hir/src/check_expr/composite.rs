//! Composite literals (`T{...}`, `[...]T{...}`, elided inner types) of structs, arrays,
//! slices and maps (`map.rs`), with types2's element and key checks (`indexedElts`).
//! The value of each element is checked against its element type with the ordinary
//! assignability rules.

use golift_syntax::ast::{Element, ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::{Ty, TyKind};

impl Checker<'_> {
    pub(super) fn composite_lit(
        &mut self,
        e: ExprId,
        typ: Option<ExprId>,
        elems: &[Element],
        rbrace: u32,
        hint: Option<&Ty>,
    ) -> Operand {
        let pos = self.pos(e);
        let (ty, base, open_array) = match typ {
            Some(t) => {
                if let Some(ExprKind::ArrayType { len: None, elem }) = self.expr_kind(t) {
                    let elem_ty = self.typ(*elem);
                    (elem_ty.clone(), elem_ty, true)
                } else {
                    let ty = self.typ(t);
                    (ty.clone(), ty, false)
                }
            }
            None => match hint {
                Some(h) => {
                    let base = match self.under(h).kind() {
                        TyKind::Pointer(b) => b.clone(),
                        _ => h.clone(),
                    };
                    (h.clone(), base, false)
                }
                None => {
                    self.error(pos, "missing type in composite literal");
                    for el in elems {
                        self.expr(el.value);
                    }
                    return Operand::invalid(e);
                }
            },
        };
        if open_array {
            // `ty` is the element type here.
            let n = self.indexed_elts(elems, &ty, -1);
            let arr = Ty::new(TyKind::Array(n.max(0) as u64, ty));
            if let Some(t) = typ {
                self.res.expr_types.insert(t, arr.clone());
            }
            return Operand {
                mode: Mode::Value,
                ty: arr,
                expr: e,
            };
        }
        if base.is_invalid() {
            // The type was reported; its elements are not checked (they may need it),
            // but the locals they mention count as used.
            let span = crate::checker::expr_at(self.decl, e)
                .map(|x| x.span)
                .unwrap_or_default();
            self.mark_used_in(span);
            return Operand::invalid(e);
        }
        let u = self.under(&base);
        match u.kind() {
            TyKind::Struct(fields) => {
                let fields = fields.clone();
                if elems.is_empty() {
                } else if elems[0].key.is_some() {
                    let mut visited = vec![false; fields.len()];
                    for el in elems {
                        let Some(k) = el.key else {
                            let p = self.pos(el.value);
                            self.error(
                                p,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let key_name = match self.expr_kind(k) {
                            Some(ExprKind::Name(n)) => Some(n.clone()),
                            _ => None,
                        };
                        let fi = key_name
                            .as_ref()
                            .and_then(|n| fields.iter().position(|f| &f.name == n));
                        let hint_ty = fi.and_then(|i| fields.get(i)).map(|f| f.ty.clone());
                        let mut x = self.expr_with_hint(el.value, hint_ty.as_ref());
                        let kp = self.pos(k);
                        let Some(name) = key_name else {
                            let msg =
                                format!("invalid field name {} in struct literal", self.estr(k));
                            self.error(kp, msg);
                            continue;
                        };
                        let Some(i) = fi else {
                            let msg = format!(
                                "unknown field '{name}' in struct literal of type {}",
                                type_string(&base)
                            );
                            self.error(kp, msg);
                            continue;
                        };
                        if let Some(f) = fields.get(i) {
                            self.assignment(&mut x, Some(&f.ty), "struct literal");
                        }
                        if visited.get(i).copied().unwrap_or(false) {
                            // types2 reports at the key-value pair (its colon).
                            let colon = crate::checker::expr_at(self.decl, k)
                                .map(|x| x.span.end)
                                .unwrap_or(kp);
                            self.error(
                                colon,
                                format!("duplicate field name {name} in struct literal"),
                            );
                            continue;
                        }
                        if let Some(v) = visited.get_mut(i) {
                            *v = true;
                        }
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if let Some(k) = el.key {
                            let p = crate::checker::expr_at(self.decl, k)
                                .map(|x| x.span.end)
                                .unwrap_or(0);
                            self.error(
                                p,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        let hint_ty = fields.get(i).map(|f| f.ty.clone());
                        let mut x = self.expr_with_hint(el.value, hint_ty.as_ref());
                        let Some(f) = fields.get(i) else {
                            let msg = format!("too many values in {}{{…}}", type_string(&base));
                            let p = self.pos(el.value);
                            self.error(p, msg);
                            break;
                        };
                        self.assignment(&mut x, Some(&f.ty), "struct literal");
                    }
                    if elems.len() < fields.len() {
                        let msg = format!("too few values in {}{{…}}", type_string(&base));
                        self.error(rbrace, msg);
                    }
                }
            }
            TyKind::Array(n, elem) => {
                let (n, elem) = (*n, elem.clone());
                self.indexed_elts(elems, &elem, i128::from(n));
            }
            TyKind::Slice(elem) => {
                let elem = elem.clone();
                self.indexed_elts(elems, &elem, -1);
            }
            TyKind::Map(k, v) => {
                let (k, v) = (k.clone(), v.clone());
                self.map_lit_elems(elems, &k, &v);
            }
            _ => {
                let msg = format!("invalid composite literal type {}", type_string(&ty));
                self.error(pos, msg);
                for el in elems {
                    self.expr(el.value);
                }
                return Operand::invalid(e);
            }
        }
        // `{...}` for an element of type `*T` stands for `&T{...}`.
        let ty = if typ.is_none() && matches!(self.under(&ty).kind(), TyKind::Pointer(_)) {
            ty
        } else {
            base
        };
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }

    /// types2's `indexedElts`: returns the literal's length.
    fn indexed_elts(&mut self, elems: &[Element], elem: &Ty, length: i128) -> i128 {
        let mut visited = std::collections::HashSet::new();
        let (mut index, mut max) = (0i128, 0i128);
        for el in elems {
            let mut valid = false;
            let at = el.key.unwrap_or(el.value);
            let at_pos = self.pos(at);
            if let Some(k) = el.key {
                match self.index(k, length) {
                    Some(i) if i >= 0 => {
                        index = i;
                        valid = true;
                    }
                    Some(_) => {
                        let msg = format!("index {} must be integer constant", self.estr(k));
                        self.error(at_pos, msg);
                    }
                    None => {}
                }
            } else if length >= 0 && index >= length {
                self.error(
                    at_pos,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid = true;
            }
            if valid && !visited.insert(index) {
                self.error(
                    at_pos,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_with_hint(el.value, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
        }
        max
    }
}
