//! [`layout_of`]: every fact about how a Go type sits in memory on golift's 64-bit
//! targets (docs/runtime-abi.md), computed once, here, for the escape analysis and
//! codegen alike: size, alignment, struct field offsets (gc's `types.CalcSize`), the
//! scalar representation codegen lowers values to (`layout/repr.rs`), the pointer
//! bitmap and `ptrdata` the garbage collector would use (`layout/ptrmask.rs`), whether a
//! value fits an interface's data word (gc's `types.IsDirectIface`), and comparability
//! with gc's equality algorithm (`layout/alg.rs`).
//!
//! It does not decide anything: the escape analysis's size limits (`MAX_STACK_VAR_SIZE`
//! and friends) stay in the escape crate, how a representation becomes Cranelift types
//! and signatures stays in codegen, and type names and type descriptors are codegen's.
//! It reports no errors: gc's "type too large" is not modelled; sizes saturate at
//! `u64::MAX` instead of overflowing.
//!
//! `layout_of` is a plain function, not a query: it looks named types up through
//! [`crate::underlying`] (a query) and recomputes the rest, which is cheap for the types
//! programs declare.

mod alg;
mod ptrmask;
mod repr;

use std::sync::Arc;

use crate::{BasicKind, Db, Ty, TyKind};

pub use alg::AlgKind;
pub use ptrmask::PtrMask;
pub use repr::{Repr, Scalar, ScalarKind};

/// Size of a pointer (and of a machine word) on every golift target.
pub const PTR_SIZE: u64 = 8;

/// Type nesting beyond which [`layout_of`] gives up and answers as for an invalid type
/// (a guard against runaway recursion; no real program comes near it).
const MAX_NESTING: u32 = 500;

/// The memory facts of one Go type. Named types have the layout of their underlying type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeLayout {
    /// `unsafe.Sizeof`.
    pub size: u64,
    /// `unsafe.Alignof`.
    pub align: u64,
    /// For a struct, each field's `unsafe.Offsetof`, in field order; empty otherwise.
    pub field_offsets: Vec<u64>,
    /// Flat scalar components (complex numbers: two floats), or in memory (structs, arrays).
    pub repr: Repr,
    /// gc's `PtrDataSize`: the bytes from the start of a value up to the end of its last
    /// word that holds a pointer; 0 for pointer-free types.
    pub ptrdata: u64,
    /// One bit per word of `ptrdata`, set for words that hold a pointer (gc's ptrmask).
    /// `None` when gc would describe the type with a GC program instead (more than
    /// 16384 words of `ptrdata`).
    pub ptr_mask: Option<PtrMask>,
    /// gc's `HasPointers`. True for an invalid type (the escape analysis must assume the
    /// worst), and for a tuple any of whose elements has pointers.
    pub has_pointers: bool,
    /// gc's `IsDirectIface`: the value is stored in an interface's data word itself.
    pub direct_iface: bool,
    /// The spec's comparability (`==` is defined), which is gc's `AlgType != ANOEQ`.
    pub comparable: bool,
    /// How gc compares and hashes values of the type.
    pub alg: AlgKind,
}

impl TypeLayout {
    fn invalid() -> TypeLayout {
        TypeLayout {
            size: 0,
            align: 1,
            field_offsets: Vec::new(),
            repr: Repr::Mem,
            ptrdata: 0,
            ptr_mask: Some(PtrMask::empty()),
            has_pointers: true,
            direct_iface: false,
            // gc gives a broken type AMEM, so no second error follows from it.
            comparable: true,
            alg: AlgKind::Mem,
        }
    }

    /// A scalar-sized type made of word- or smaller components.
    fn scalar(size: u64, align: u64, repr: Repr, alg: AlgKind, direct_iface: bool) -> Self {
        let mask = PtrMask::from_repr(&repr);
        TypeLayout {
            size,
            align,
            field_offsets: Vec::new(),
            ptrdata: mask.ptrdata(),
            has_pointers: mask.ptrdata() > 0,
            ptr_mask: Some(mask),
            repr,
            direct_iface,
            comparable: alg != AlgKind::NoEq,
            alg,
        }
    }
}

/// The layout of `ty`. Named types are looked through with [`crate::underlying`].
pub fn layout_of(db: &dyn Db, ty: &Ty) -> Arc<TypeLayout> {
    Arc::new(compute(&mut |t| crate::underlying(db, t), ty, 0))
}

/// The layout of `ty`, named types looked through with `under` (the type checker's
/// view while package-level declarations are being checked: `unsafe.Sizeof` in a
/// constant).
pub(crate) fn layout_with(under: &mut dyn FnMut(&Ty) -> Ty, ty: &Ty) -> TypeLayout {
    compute(under, ty, 0)
}

fn compute(under: &mut dyn FnMut(&Ty) -> Ty, ty: &Ty, depth: u32) -> TypeLayout {
    if depth > MAX_NESTING {
        return TypeLayout::invalid();
    }
    let word = |ptr: bool| Repr::words(&[ptr]);
    match ty.kind() {
        TyKind::Invalid => TypeLayout::invalid(),
        TyKind::Tuple(ts) => TypeLayout {
            has_pointers: ts.iter().any(|t| compute(under, t, depth + 1).has_pointers),
            comparable: false,
            alg: AlgKind::NoEq,
            ..TypeLayout::invalid()
        },
        TyKind::Basic(b) => basic(*b),
        TyKind::Pointer(_) | TyKind::Chan(..) => {
            TypeLayout::scalar(8, 8, word(true), AlgKind::Mem, true)
        }
        TyKind::Map(..) | TyKind::Func { .. } => {
            TypeLayout::scalar(8, 8, word(true), AlgKind::NoEq, true)
        }
        TyKind::Slice(_) => TypeLayout::scalar(
            24,
            8,
            Repr::words(&[true, false, false]),
            AlgKind::NoEq,
            false,
        ),
        TyKind::Interface(ms) => {
            // The first word (type or itab) points outside the Go heap; gc's bitmap
            // marks only the data word (typebits.Set), and so does this one.
            let alg = if ms.is_empty() {
                AlgKind::NilInter
            } else {
                AlgKind::Inter
            };
            TypeLayout::scalar(16, 8, Repr::words(&[false, true]), alg, false)
        }
        TyKind::Array(n, elem) => array(*n, &compute(under, elem, depth + 1)),
        TyKind::Struct(fields) => {
            let fs: Vec<(bool, TypeLayout)> = fields
                .iter()
                .map(|f| (f.name == "_", compute(under, &f.ty, depth + 1)))
                .collect();
            strukt(&fs)
        }
        TyKind::Named(_) => {
            let u = under(ty);
            compute(under, &u, depth + 1)
        }
    }
}

fn basic(b: BasicKind) -> TypeLayout {
    use BasicKind::*;
    let one = |kind: ScalarKind, alg: AlgKind| {
        let size = kind.size();
        TypeLayout::scalar(size, size, Repr::one(kind), alg, false)
    };
    match b {
        Bool | UntypedBool | Int8 | Uint8 => one(ScalarKind::I8, AlgKind::Mem),
        Int16 | Uint16 => one(ScalarKind::I16, AlgKind::Mem),
        Int32 | Uint32 | UntypedRune => one(ScalarKind::I32, AlgKind::Mem),
        Int | Int64 | Uint | Uint64 | Uintptr | UntypedInt | UntypedNil => {
            one(ScalarKind::I64, AlgKind::Mem)
        }
        UnsafePointer => TypeLayout::scalar(8, 8, Repr::words(&[true]), AlgKind::Mem, true),
        Float32 => one(ScalarKind::F32, AlgKind::Float32),
        Float64 | UntypedFloat => one(ScalarKind::F64, AlgKind::Float64),
        String | UntypedString => {
            TypeLayout::scalar(16, 8, Repr::words(&[true, false]), AlgKind::String, false)
        }
        Complex64 => {
            TypeLayout::scalar(8, 4, Repr::pair(ScalarKind::F32), AlgKind::Complex64, false)
        }
        Complex128 | UntypedComplex => TypeLayout::scalar(
            16,
            8,
            Repr::pair(ScalarKind::F64),
            AlgKind::Complex128,
            false,
        ),
    }
}

fn array(n: u64, elem: &TypeLayout) -> TypeLayout {
    let size = elem.size.saturating_mul(n);
    let ptrdata = if n == 0 || elem.ptrdata == 0 {
        0
    } else {
        (n - 1)
            .saturating_mul(elem.size)
            .saturating_add(elem.ptrdata)
    };
    let ptr_mask = PtrMask::build(ptrdata, |mask| {
        let m = elem.ptr_mask.as_ref()?;
        let mut at = 0;
        while at < ptrdata && elem.size > 0 {
            mask.or_at(at / PTR_SIZE, m);
            at += elem.size;
        }
        Some(())
    });
    let alg = alg::array(n, elem.alg);
    TypeLayout {
        size,
        align: elem.align,
        field_offsets: Vec::new(),
        repr: Repr::Mem,
        ptrdata,
        ptr_mask,
        has_pointers: n > 0 && elem.has_pointers,
        direct_iface: n == 1 && elem.direct_iface,
        comparable: alg != AlgKind::NoEq,
        alg,
    }
}

/// A struct from its fields' layouts, each with whether the field is blank (`_`).
fn strukt(fields: &[(bool, TypeLayout)]) -> TypeLayout {
    let mut offsets = Vec::with_capacity(fields.len());
    let mut o = 0u64;
    let mut align = 1u64;
    let mut last_zero = None;
    for (_, f) in fields {
        align = align.max(f.align);
        o = round_up(o, f.align);
        offsets.push(o);
        if f.size == 0 {
            last_zero = Some(o);
        }
        o = o.saturating_add(f.size);
    }
    // gc (calcStructOffset): a nonzero-sized struct ending in a zero-sized field gets a
    // byte of padding, so that the field's address cannot point at the next object.
    if o > 0 && last_zero == Some(o) {
        o += 1;
    }
    let size = round_up(o, align);
    let ptrdata = fields
        .iter()
        .zip(&offsets)
        .rev()
        .find(|((_, f), _)| f.ptrdata > 0)
        .map_or(0, |((_, f), &off)| off.saturating_add(f.ptrdata));
    let ptr_mask = PtrMask::build(ptrdata, |mask| {
        for ((_, f), &off) in fields.iter().zip(&offsets) {
            if f.ptrdata > 0 {
                mask.or_at(off / PTR_SIZE, f.ptr_mask.as_ref()?);
            }
        }
        Some(())
    });
    let alg = alg::strukt(fields, &offsets, size);
    TypeLayout {
        size,
        align,
        field_offsets: offsets,
        repr: Repr::Mem,
        ptrdata,
        ptr_mask,
        has_pointers: fields.iter().any(|(_, f)| f.has_pointers),
        direct_iface: fields.len() == 1 && fields[0].1.direct_iface,
        comparable: alg != AlgKind::NoEq,
        alg,
    }
}

fn round_up(o: u64, align: u64) -> u64 {
    o.checked_next_multiple_of(align.max(1)).unwrap_or(u64::MAX)
}
