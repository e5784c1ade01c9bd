//! `layout_of` against gc: sizes, alignments, field offsets, `ptrdata`, pointer bitmaps,
//! `IsDirectIface`, comparability and equality algorithms of the types below, as gc
//! 1.19.8 lays them out.
//!
//! The expected numbers came from gc 1.19.8 (`go run .` on amd64 in `layout_gc/`, whose
//! `types.go` declares the same types) with a program that prints, for each, `unsafe.Sizeof`, `unsafe.Alignof`,
//! `unsafe.Offsetof` of every named field, and from its runtime type descriptor: `ptrdata`,
//! the `kindDirectIface` bit, the ptrmask bits (or that it uses a GC program), and the
//! name of its `equal` function (`runtime.memequal*` is `Mem`, `type..eq.*` is `Special`,
//! none is `NoEq`).

use golift_hir::{
    layout_of, package_types, AlgKind, BasicKind, NamedRef, Package, RootDatabase, ScalarKind,
    SourceFile, Ty, TyKind, TypeLayout,
};
use golift_syntax::ast::ChanDir;
use std::sync::Arc;

/// The types gc was asked about, but for those golift's checker does not accept yet
/// (`unsafe.Pointer`, complex numbers, maps, channels, interfaces with methods), which
/// [`built`] constructs directly.
const SRC: &str = r#"package main

type Bool bool
type I8 int8
type I16 int16
type I32 int32
type I64 int64
type Int int
type U8 uint8
type Uptr uintptr
type F32 float32
type F64 float64
type Str string
type Ptr *int
type Slice []int
type Func func()
type Eface interface{}
type Arr0 [0]int
type Arr3I16 [3]int16
type Arr2Str [2]string
type Arr1Ptr [1]*int
type Arr0Ptr [0]*int
type Arr1F64 [1]float64
type Arr2F32 [2]float32
type Arr4S [4]struct {
	a int32
	b *int
}
type Empty struct{}
type TrailZero struct {
	a int64
	b struct{}
}
type TrailZeroByte struct {
	a byte
	b struct{}
}
type LeadZero struct {
	b struct{}
	a int64
}
type TrailZeroArr struct {
	a int32
	b [0]int64
}
type Padded struct {
	a int8
	b int64
	c int8
}
type Mixed struct {
	a *int
	b int
	c string
	d int
	e []int
}
type Blank struct {
	a int
	_ int
}
type OneF64 struct{ f float64 }
type Pad16 struct {
	a int8
	b int16
}
type Two32 struct {
	a int32
	b int32
}
type Ifaces struct {
	i interface{}
	e error
}
type OnePtr struct{ p *int }
type ArrOnePtr [1]struct{ p *int }
type BytesPtr struct {
	a [3]byte
	p *int
}
type BigPtrArr [20000]*int
type MidPtrs struct {
	a int
	p [10]*int
	b int
}
type WithSlice struct {
	n int
	s []byte
}
type Nested struct {
	x  TrailZero
	ok bool
}
type ZeroArrPtr struct {
	a int
	b [0]*int
}

func main() {}
"#;

use AlgKind::*;

/// name, size, align, ptrdata, ptrmask (`None`: a GC program), direct iface, comparable,
/// alg.
type GcRow = (
    &'static str,
    u64,
    u64,
    u64,
    Option<&'static str>,
    bool,
    bool,
    AlgKind,
);

/// From gc 1.19.8.
#[rustfmt::skip]
const GC: &[GcRow] = &[
    ("Bool", 1, 1, 0, Some(""), false, true, Mem),
    ("I8", 1, 1, 0, Some(""), false, true, Mem),
    ("I16", 2, 2, 0, Some(""), false, true, Mem),
    ("I32", 4, 4, 0, Some(""), false, true, Mem),
    ("I64", 8, 8, 0, Some(""), false, true, Mem),
    ("Int", 8, 8, 0, Some(""), false, true, Mem),
    ("U8", 1, 1, 0, Some(""), false, true, Mem),
    ("Uptr", 8, 8, 0, Some(""), false, true, Mem),
    ("F32", 4, 4, 0, Some(""), false, true, Float32),
    ("F64", 8, 8, 0, Some(""), false, true, Float64),
    ("C64", 8, 4, 0, Some(""), false, true, Complex64),
    ("C128", 16, 8, 0, Some(""), false, true, Complex128),
    ("Str", 16, 8, 8, Some("1"), false, true, String),
    ("UPtr", 8, 8, 8, Some("1"), true, true, Mem),
    ("Ptr", 8, 8, 8, Some("1"), true, true, Mem),
    ("Slice", 24, 8, 8, Some("1"), false, false, NoEq),
    ("Map", 8, 8, 8, Some("1"), true, false, NoEq),
    ("Chan", 8, 8, 8, Some("1"), true, true, Mem),
    ("Func", 8, 8, 8, Some("1"), true, false, NoEq),
    ("Eface", 16, 8, 16, Some("01"), false, true, NilInter),
    ("Iface", 16, 8, 16, Some("01"), false, true, Inter),
    ("Arr0", 0, 8, 0, Some(""), false, true, Mem),
    ("Arr3I16", 6, 2, 0, Some(""), false, true, Mem),
    ("Arr2Str", 32, 8, 24, Some("101"), false, true, Special),
    ("Arr1Ptr", 8, 8, 8, Some("1"), true, true, Mem),
    ("Arr0Ptr", 0, 8, 0, Some(""), false, true, Mem),
    ("Arr1F64", 8, 8, 0, Some(""), false, true, Float64),
    ("Arr2F32", 8, 4, 0, Some(""), false, true, Special),
    ("Arr4S", 64, 8, 64, Some("01010101"), false, true, Special),
    ("Empty", 0, 1, 0, Some(""), false, true, Mem),
    ("TrailZero", 16, 8, 0, Some(""), false, true, Special),
    ("TrailZeroByte", 2, 1, 0, Some(""), false, true, Special),
    ("LeadZero", 8, 8, 0, Some(""), false, true, Mem),
    ("TrailZeroArr", 16, 8, 0, Some(""), false, true, Special),
    ("Padded", 24, 8, 0, Some(""), false, true, Special),
    ("Mixed", 64, 8, 48, Some("101001"), false, false, NoEq),
    ("Blank", 16, 8, 0, Some(""), false, true, Special),
    ("OneF64", 8, 8, 0, Some(""), false, true, Float64),
    ("Pad16", 4, 2, 0, Some(""), false, true, Special),
    ("Two32", 8, 4, 0, Some(""), false, true, Mem),
    ("Ifaces", 32, 8, 32, Some("0101"), false, true, Special),
    ("OnePtr", 8, 8, 8, Some("1"), true, true, Mem),
    ("ArrOnePtr", 8, 8, 8, Some("1"), true, true, Mem),
    ("BytesPtr", 16, 8, 16, Some("01"), false, true, Special),
    ("BigPtrArr", 160000, 8, 160000, None, false, true, Mem),
    ("MidPtrs", 96, 8, 88, Some("01111111111"), false, true, Mem),
    ("WithSlice", 32, 8, 16, Some("01"), false, false, NoEq),
    ("Nested", 24, 8, 0, Some(""), false, true, Special),
    ("ZeroArrPtr", 16, 8, 0, Some(""), false, true, Special),
];

/// Struct field offsets, from gc 1.19.8's `unsafe.Offsetof` (a blank field has no
/// `Offsetof`; `Blank`'s `_ int` is the 8 bytes after `a` in its 16).
#[rustfmt::skip]
const OFFSETS: &[(&str, &[u64])] = &[
    ("TrailZero", &[0, 8]),
    ("TrailZeroByte", &[0, 1]),
    ("LeadZero", &[0, 0]),
    ("TrailZeroArr", &[0, 8]),
    ("Padded", &[0, 8, 16]),
    ("Mixed", &[0, 8, 16, 32, 40]),
    ("Blank", &[0, 8]),
    ("Pad16", &[0, 2]),
    ("Two32", &[0, 4]),
    ("Ifaces", &[0, 16]),
    ("BytesPtr", &[0, 8]),
    ("MidPtrs", &[0, 8, 88]),
    ("WithSlice", &[0, 8]),
    ("Nested", &[0, 16]),
    ("ZeroArrPtr", &[0, 8]),
];

fn setup() -> (RootDatabase, Package) {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, "./x.go".to_string(), SRC.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    (db, package)
}

/// The types of gc's program that golift's checker does not accept yet.
fn built(name: &str) -> Option<Ty> {
    let int = || Ty::basic(BasicKind::Int);
    Some(match name {
        "UPtr" => Ty::basic(BasicKind::UnsafePointer),
        "C64" => Ty::basic(BasicKind::Complex64),
        "C128" => Ty::basic(BasicKind::Complex128),
        "Map" => Ty::new(TyKind::Map(int(), int())),
        "Chan" => Ty::new(TyKind::Chan(ChanDir::Both, int())),
        "Iface" => Ty::new(TyKind::Interface(vec![(
            "M".to_string(),
            Ty::new(TyKind::Func {
                params: Vec::new(),
                results: Vec::new(),
                variadic: false,
            }),
        )])),
        _ => return None,
    })
}

fn named(db: &RootDatabase, package: Package, name: &str) -> Arc<TypeLayout> {
    if let Some(ty) = built(name) {
        return layout_of(db, &ty);
    }
    assert!(
        package_types(db, package).contains_key(name),
        "type {name} not declared"
    );
    let ty = Ty::new(TyKind::Named(NamedRef::package_level(db, package, name)));
    layout_of(db, &ty)
}

#[test]
fn source_type_checks() {
    let (db, package) = setup();
    let diags = golift_hir::package_diagnostics(&db, package);
    assert!(diags.is_empty(), "{diags:?}");
}

#[test]
fn layouts_match_gc() {
    let (db, package) = setup();
    for &(name, size, align, ptrdata, mask, direct, comparable, alg) in GC {
        let l = named(&db, package, name);
        let got = (
            l.size,
            l.align,
            l.ptrdata,
            l.ptr_mask.as_ref().map(|m| m.to_bit_string()),
            l.direct_iface,
            l.comparable,
            l.alg,
        );
        let want = (
            size,
            align,
            ptrdata,
            mask.map(str::to_string),
            direct,
            comparable,
            alg,
        );
        assert_eq!(got, want, "{name}");
        assert_eq!(l.has_pointers, ptrdata > 0, "{name} has_pointers");
    }
}

#[test]
fn field_offsets_match_gc() {
    let (db, package) = setup();
    for &(name, offsets) in OFFSETS {
        assert_eq!(named(&db, package, name).field_offsets, offsets, "{name}");
    }
}

/// The flat/in-memory split is golift's ABI (docs/runtime-abi.md), not gc's.
#[test]
fn representations() {
    let (db, package) = setup();
    let parts = |name: &str| {
        let l = named(&db, package, name);
        if l.repr.is_mem() {
            return None;
        }
        Some(
            l.repr
                .scalars()
                .iter()
                .map(|s| (s.offset, s.kind, s.is_pointer))
                .collect::<Vec<_>>(),
        )
    };
    use ScalarKind::*;
    assert_eq!(parts("Bool"), Some(vec![(0, I8, false)]));
    assert_eq!(parts("I16"), Some(vec![(0, I16, false)]));
    assert_eq!(parts("F32"), Some(vec![(0, F32, false)]));
    assert_eq!(parts("F64"), Some(vec![(0, F64, false)]));
    assert_eq!(parts("UPtr"), Some(vec![(0, I64, true)]));
    assert_eq!(parts("Str"), Some(vec![(0, I64, true), (8, I64, false)]));
    assert_eq!(
        parts("Slice"),
        Some(vec![(0, I64, true), (8, I64, false), (16, I64, false)])
    );
    assert_eq!(parts("Eface"), Some(vec![(0, I64, false), (8, I64, true)]));
    assert_eq!(parts("Func"), Some(vec![(0, I64, true)]));
    assert_eq!(parts("C64"), Some(vec![(0, F32, false), (4, F32, false)]));
    assert_eq!(parts("C128"), Some(vec![(0, F64, false), (8, F64, false)]));
    for mem in ["Arr1Ptr", "OnePtr", "Empty", "Arr0"] {
        assert_eq!(parts(mem), None, "{mem}");
    }
}

/// A type with an error in it does not stop layout: an invalid type is empty, has
/// pointers as far as the escape analysis knows, and compares as memory (as gc's broken
/// types do).
#[test]
fn invalid_recursive_type() {
    let db = RootDatabase::default();
    let src = "package main\n\ntype R struct{ a int; r R }\n\nfunc main() {}\n";
    let file = SourceFile::new(&db, "./x.go".to_string(), src.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    assert!(!golift_hir::package_diagnostics(&db, package).is_empty());
    let l = named(&db, package, "R");
    assert_eq!(
        (l.size, l.align, l.has_pointers, l.ptrdata),
        (0, 1, true, 0),
        "{l:?}"
    );
    assert!(l.repr.is_mem() && l.comparable && l.alg == Mem, "{l:?}");
}

/// Huge types saturate instead of overflowing, and a type whose pointer bitmap would be
/// enormous gets none (gc would use a GC program), without building it.
#[test]
fn huge_types() {
    let db = RootDatabase::default();
    let arr = |n, t| Ty::new(TyKind::Array(n, t));
    let big = arr(1 << 40, arr(1 << 40, Ty::basic(BasicKind::Int)));
    let l = layout_of(&db, &big);
    assert_eq!((l.size, l.ptrdata, l.has_pointers), (u64::MAX, 0, false));
    let ptrs = arr(1 << 40, Ty::new(TyKind::Pointer(Ty::basic(BasicKind::Int))));
    let l = layout_of(&db, &ptrs);
    assert_eq!((l.size, l.ptrdata), (8 << 40, 8 << 40));
    assert!(l.ptr_mask.is_none() && l.has_pointers);
}
