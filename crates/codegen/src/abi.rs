//! How Go values map onto Cranelift values and how functions pass them.
//!
//! # Value representation
//!
//! hir decides (`golift_hir::layout_of`, its `repr`); this module maps it onto Cranelift
//! types. Every Go type is either *flat* or *in memory*:
//!
//! - flat: a fixed list of scalar components, each at a byte offset of the value's
//!   memory layout. Integers, `bool` (`i8`, 0 or 1), floats and pointers are one
//!   component; `string` is `(ptr, len)`, a slice `(ptr, len, cap)`, an interface
//!   `(typedesc, data)`, all `i64` words; a complex number `(real, imag)`, two
//!   `f32` or `f64`.
//! - in memory: structs and arrays. Their values are handled by address.
//!
//! # Function ABI (golift's Go functions, `main.NAME`)
//!
//! The target's default calling convention (SystemV / AAPCS64), with Go parameters and
//! results lowered as follows:
//!
//! 1. one pointer parameter per in-memory *result*, in result order, first: the caller
//!    passes the address of storage for that result and the callee writes it before
//!    returning;
//! 2. then every Go parameter: a flat one as its components, an in-memory one as a
//!    pointer to a copy the caller made (the callee owns that copy and may modify it);
//! 3. the Cranelift return values are the components of every flat result, in order
//!    (`enable_multi_ret_implicit_sret` lets Cranelift return more than two).

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;
use golift_hir::{layout_of, BasicKind, Db, ScalarKind, Ty, TypeLayout};

/// The Cranelift representation of a Go type: hir's [`golift_hir::Repr`] with each
/// scalar kind mapped to its Cranelift type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Repr {
    /// Scalar components at byte offsets.
    Flat(Vec<(u32, Type)>),
    /// Handled by address (structs, arrays).
    Mem,
}

/// The pointer type of both targets.
pub(crate) const PTR: Type = types::I64;

/// The Cranelift type of a scalar component.
pub(crate) fn scalar_type(kind: ScalarKind) -> Type {
    match kind {
        ScalarKind::I8 => types::I8,
        ScalarKind::I16 => types::I16,
        ScalarKind::I32 => types::I32,
        ScalarKind::I64 => types::I64,
        ScalarKind::F32 => types::F32,
        ScalarKind::F64 => types::F64,
    }
}

/// The representation of `ty`, from hir's layout.
pub(crate) fn repr(db: &dyn Db, ty: &Ty) -> Repr {
    repr_of(&layout_of(db, ty))
}

/// The representation of a type of layout `layout`.
pub(crate) fn repr_of(layout: &TypeLayout) -> Repr {
    match &layout.repr {
        golift_hir::Repr::Flat(parts) => Repr::Flat(
            parts
                .iter()
                .map(|s| (s.offset, scalar_type(s.kind)))
                .collect(),
        ),
        golift_hir::Repr::Mem => Repr::Mem,
    }
}

/// The Cranelift type of a one-component basic type (an integer, float, bool or
/// pointer), from hir's layout.
fn scalar_of(db: &dyn Db, ty: &Ty) -> Option<Type> {
    match layout_of(db, ty).repr.scalars() {
        [one] => Some(scalar_type(one.kind)),
        _ => None,
    }
}

/// How one Go function is called.
#[derive(Clone, Debug)]
pub(crate) struct FnAbi {
    pub params: Vec<Repr>,
    pub results: Vec<Repr>,
    pub sig: Signature,
}

/// The lowered signature of a Go function with these parameter and result types.
pub(crate) fn fn_abi(db: &dyn Db, params: &[Ty], results: &[Ty], call_conv: CallConv) -> FnAbi {
    let mut sig = Signature::new(call_conv);
    let params: Vec<Repr> = params.iter().map(|t| repr(db, t)).collect();
    let results: Vec<Repr> = results.iter().map(|t| repr(db, t)).collect();
    for r in &results {
        match r {
            Repr::Mem => sig.params.push(AbiParam::new(PTR)),
            Repr::Flat(parts) => sig
                .returns
                .extend(parts.iter().map(|&(_, t)| AbiParam::new(t))),
        }
    }
    for p in &params {
        match p {
            Repr::Mem => sig.params.push(AbiParam::new(PTR)),
            Repr::Flat(parts) => sig
                .params
                .extend(parts.iter().map(|&(_, t)| AbiParam::new(t))),
        }
    }
    FnAbi {
        params,
        results,
        sig,
    }
}

/// Integer facts of a Go type: its Cranelift type and signedness.
pub(crate) fn int_info(db: &dyn Db, ty: &Ty) -> Option<(Type, bool)> {
    let under = golift_hir::underlying(db, ty);
    let b = under.as_basic()?;
    if b.is_integer() {
        Some((scalar_of(db, &under)?, !b.is_unsigned()))
    } else {
        None
    }
}

/// Whether `ty` is a float type (its Cranelift type).
pub(crate) fn float_type(db: &dyn Db, ty: &Ty) -> Option<Type> {
    let under = golift_hir::underlying(db, ty);
    match under.as_basic()? {
        BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => scalar_of(db, &under),
        _ => None,
    }
}

pub(crate) use golift_hir::ty_class::is_string;
