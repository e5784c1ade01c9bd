//! The representation of a Go value as codegen lowers it: either a fixed list of scalar
//! components at byte offsets ("flat": integers, floats, complex numbers, pointers,
//! strings, slices, interfaces, maps, channels, functions) or "in memory", handled by
//! address (structs, arrays, and tuples or invalid types, which have no values).
//!
//! This fixes golift's ABI (docs/runtime-abi.md): codegen passes a flat value as its
//! components and an in-memory one by pointer. It does not name Cranelift types; codegen
//! maps [`ScalarKind`] to them.

/// The machine type of one scalar component.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScalarKind {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
}

impl ScalarKind {
    /// Size in bytes.
    pub fn size(self) -> u64 {
        match self {
            ScalarKind::I8 => 1,
            ScalarKind::I16 => 2,
            ScalarKind::I32 | ScalarKind::F32 => 4,
            ScalarKind::I64 | ScalarKind::F64 => 8,
        }
    }
}

/// One scalar component of a flat value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scalar {
    /// Byte offset in the value's memory layout.
    pub offset: u32,
    pub kind: ScalarKind,
    /// Whether the garbage collector's bitmap marks this word as a pointer (an
    /// interface's type word is a pointer but not marked, as in gc).
    pub is_pointer: bool,
}

/// Flat scalar components, or in memory.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Repr {
    /// Scalar components in offset order.
    Flat(Vec<Scalar>),
    /// Handled by address.
    Mem,
}

impl Repr {
    /// One component at offset 0.
    pub(super) fn one(kind: ScalarKind) -> Repr {
        Repr::Flat(vec![Scalar {
            offset: 0,
            kind,
            is_pointer: false,
        }])
    }

    /// Two components of one kind, one after the other (a complex number's real and
    /// imaginary parts).
    pub(super) fn pair(kind: ScalarKind) -> Repr {
        let size = kind.size() as u32;
        Repr::Flat(
            [0, size]
                .into_iter()
                .map(|offset| Scalar {
                    offset,
                    kind,
                    is_pointer: false,
                })
                .collect(),
        )
    }

    /// Consecutive `I64` words, each a pointer or not.
    pub(super) fn words(pointers: &[bool]) -> Repr {
        Repr::Flat(
            (0u32..)
                .zip(pointers)
                .map(|(i, &is_pointer)| Scalar {
                    offset: i * 8,
                    kind: ScalarKind::I64,
                    is_pointer,
                })
                .collect(),
        )
    }

    /// The components of a flat value; empty for an in-memory one.
    pub fn scalars(&self) -> &[Scalar] {
        match self {
            Repr::Flat(parts) => parts,
            Repr::Mem => &[],
        }
    }

    pub fn is_mem(&self) -> bool {
        matches!(self, Repr::Mem)
    }
}
