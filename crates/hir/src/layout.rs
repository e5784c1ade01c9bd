//! Sizes, alignments and field offsets of Go types on golift's 64-bit targets, as in
//! docs/runtime-abi.md. Codegen and the escape analysis's size rules both use these.

use crate::{BasicKind, Db, Ty, TyKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

/// The layout of `ty`. Named types are looked through with [`crate::underlying`].
pub fn layout(db: &dyn Db, ty: &Ty) -> Layout {
    let word = Layout { size: 8, align: 8 };
    match ty.kind() {
        TyKind::Invalid | TyKind::Tuple(_) => Layout { size: 0, align: 1 },
        TyKind::Basic(b) => {
            use BasicKind::*;
            match b {
                Bool | Int8 | Uint8 => Layout { size: 1, align: 1 },
                Int16 | Uint16 => Layout { size: 2, align: 2 },
                Int32 | Uint32 | Float32 | UntypedRune => Layout { size: 4, align: 4 },
                Complex64 => Layout { size: 8, align: 4 },
                Complex128 => Layout { size: 16, align: 8 },
                String | UntypedString => Layout { size: 16, align: 8 },
                UntypedBool => Layout { size: 1, align: 1 },
                _ => word,
            }
        }
        TyKind::Pointer(_) | TyKind::Map(..) | TyKind::Chan(..) | TyKind::Func { .. } => word,
        TyKind::Slice(_) => Layout { size: 24, align: 8 },
        TyKind::Interface(_) => Layout { size: 16, align: 8 },
        TyKind::Array(n, elem) => {
            let e = layout(db, elem);
            Layout {
                size: e.size.saturating_mul(*n),
                align: e.align,
            }
        }
        TyKind::Struct(fields) => {
            let mut size = 0u64;
            let mut align = 1u64;
            for f in fields {
                let l = layout(db, &f.ty);
                size = size.div_ceil(l.align) * l.align + l.size;
                align = align.max(l.align);
            }
            // gc pads a struct ending in a zero-size field; not modelled yet.
            Layout {
                size: size.div_ceil(align) * align,
                align,
            }
        }
        TyKind::Named(_) => layout(db, &crate::underlying(db, ty)),
    }
}

/// Byte offsets of the fields of a struct type (or a named struct type).
pub fn struct_field_offsets(db: &dyn Db, ty: &Ty) -> Vec<u64> {
    let under = crate::underlying(db, ty);
    let TyKind::Struct(fields) = under.kind() else {
        return Vec::new();
    };
    let mut offsets = Vec::with_capacity(fields.len());
    let mut size = 0u64;
    for f in fields {
        let l = layout(db, &f.ty);
        let at = size.div_ceil(l.align) * l.align;
        offsets.push(at);
        size = at + l.size;
    }
    offsets
}
