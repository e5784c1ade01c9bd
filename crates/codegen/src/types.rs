//! The contents of the `TypeDesc` records (docs/runtime-abi.md) that codegen emits for
//! every type converted to an interface. Their names and symbols are `type_names.rs`'s.

use std::collections::BTreeMap;

use golift_hir::{layout_of, underlying, BasicKind, Db, Ty, TyKind};

use crate::method_table::{method_table, MethodEntry};
use crate::type_names::{type_name, typedesc_symbol};

/// The fields of one `TypeDesc` record; pointers to other types are given as types.
pub(crate) struct TypeDescData {
    pub kind: u64,
    pub size: u64,
    pub elem: Option<Ty>,
    pub len: u64,
    /// Struct fields: name, type, offset.
    pub fields: Vec<(String, Ty, u64)>,
    pub name: String,
    /// The method table (`method_table.rs`).
    pub methods: Vec<MethodEntry>,
    /// A map's key type (its element type is `elem`).
    pub key: Option<Ty>,
}

impl TypeDescData {
    /// The types whose descriptors this one points at.
    pub fn referenced(&self) -> impl Iterator<Item = &Ty> {
        self.elem
            .iter()
            .chain(self.key.iter())
            .chain(self.fields.iter().map(|(_, t, _)| t))
            .chain(self.methods.iter().map(|m| &m.sig))
    }
}

/// The descriptors to emit for `roots`: them and every type they refer to, by symbol.
pub(crate) fn desc_closure(
    db: &dyn Db,
    roots: impl IntoIterator<Item = Ty>,
) -> BTreeMap<String, TypeDescData> {
    let mut work: Vec<Ty> = roots.into_iter().collect();
    let mut out = BTreeMap::new();
    while let Some(ty) = work.pop() {
        let sym = typedesc_symbol(db, &ty);
        if out.contains_key(&sym) {
            continue;
        }
        let d = type_desc(db, &ty);
        work.extend(d.referenced().cloned());
        out.insert(sym, d);
    }
    out
}

/// Size of a `TypeDesc` record, of a `FieldDesc` record and of a `MethodDesc` record.
pub(crate) const TYPEDESC_SIZE: usize = 80;
pub(crate) const FIELDDESC_SIZE: usize = 32;
pub(crate) const METHODDESC_SIZE: usize = 32;

/// reflect.Kind of a basic kind.
fn basic_kind_number(b: BasicKind) -> u64 {
    use BasicKind::*;
    match b {
        Bool | UntypedBool => 1,
        Int | UntypedInt => 2,
        Int8 => 3,
        Int16 => 4,
        Int32 | UntypedRune => 5,
        Int64 => 6,
        Uint => 7,
        Uint8 => 8,
        Uint16 => 9,
        Uint32 => 10,
        Uint64 => 11,
        Uintptr => 12,
        Float32 => 13,
        Float64 | UntypedFloat => 14,
        Complex64 => 15,
        Complex128 | UntypedComplex => 16,
        String | UntypedString => 24,
        UnsafePointer | UntypedNil => 26,
    }
}

/// What the `TypeDesc` of `ty` contains.
pub(crate) fn type_desc(db: &dyn Db, ty: &Ty) -> TypeDescData {
    let under = underlying(db, ty);
    let lay = layout_of(db, ty);
    let mut d = TypeDescData {
        kind: 0,
        size: lay.size,
        elem: None,
        len: 0,
        fields: Vec::new(),
        name: type_name(db, ty),
        methods: method_table(db, ty),
        key: None,
    };
    match under.kind() {
        TyKind::Basic(b) => d.kind = basic_kind_number(*b),
        TyKind::Pointer(t) => {
            d.kind = 22;
            d.elem = Some(t.clone());
        }
        TyKind::Slice(t) => {
            d.kind = 23;
            d.elem = Some(t.clone());
        }
        TyKind::Array(n, t) => {
            d.kind = 17;
            d.elem = Some(t.clone());
            d.len = *n;
        }
        TyKind::Struct(fields) => {
            d.kind = 25;
            d.len = fields.len() as u64;
            d.fields = fields
                .iter()
                .zip(&lay.field_offsets)
                .map(|(f, &off)| (f.name.clone(), f.ty.clone(), off))
                .collect();
        }
        TyKind::Map(k, v) => {
            d.kind = 21;
            d.key = Some(k.clone());
            d.elem = Some(v.clone());
        }
        TyKind::Chan(..) => d.kind = 18,
        TyKind::Func { .. } => d.kind = 19,
        TyKind::Interface(_) => d.kind = 20,
        TyKind::Named(_) | TyKind::Tuple(_) | TyKind::Invalid => d.kind = 0,
    }
    d
}
