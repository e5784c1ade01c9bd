//! How gc compares and hashes values of a type: `types.AlgType` (cmd/compile/internal/
//! types/alg.go in gc 1.19). Comparability in the spec's sense is `AlgType != ANOEQ`.
//!
//! gc further picks `memequal8`..`memequal128` or `memequal_varlen` for [`AlgKind::Mem`]
//! by size; that choice belongs to whoever emits equality functions and is not made here.

use super::TypeLayout;

/// gc's `AlgKind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AlgKind {
    /// Not comparable (`ANOEQ`): slices, maps, functions and what contains them.
    NoEq,
    /// Compared and hashed as plain memory (`AMEM`).
    Mem,
    /// `ASTRING`.
    String,
    /// A non-empty interface (`AINTER`).
    Inter,
    /// The empty interface (`ANILINTER`).
    NilInter,
    /// `AFLOAT32`: `+0 == -0`, `NaN != NaN`.
    Float32,
    /// `AFLOAT64`.
    Float64,
    /// `ACPLX64`.
    Complex64,
    /// `ACPLX128`.
    Complex128,
    /// Needs a generated equality function (`ASPECIAL`): structs with padding, blank
    /// fields or non-memory fields, and arrays of more than one non-memory element.
    Special,
}

/// `AlgType` of `[n]elem`.
pub(super) fn array(n: u64, elem: AlgKind) -> AlgKind {
    match elem {
        AlgKind::Mem => AlgKind::Mem,
        AlgKind::NoEq => AlgKind::NoEq,
        _ if n == 0 => AlgKind::Mem,
        a if n == 1 => a,
        _ => AlgKind::Special,
    }
}

/// `AlgType` of a struct with these fields (blank or not, layout), offsets and size.
pub(super) fn strukt(fields: &[(bool, TypeLayout)], offsets: &[u64], size: u64) -> AlgKind {
    // A one-field struct is compared as its field.
    if let [(false, f)] = fields {
        return f.alg;
    }
    let mut ret = AlgKind::Mem;
    for (i, ((blank, f), &off)) in fields.iter().zip(offsets).enumerate() {
        if f.alg == AlgKind::NoEq {
            return AlgKind::NoEq;
        }
        // gc's IsPaddedField: the field does not end where the next one (or the
        // struct) starts.
        let end = offsets.get(i + 1).copied().unwrap_or(size);
        let padded = off.saturating_add(f.size) != end;
        if f.alg != AlgKind::Mem || *blank || padded {
            ret = AlgKind::Special;
        }
    }
    ret
}
