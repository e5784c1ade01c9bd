//! The members of `fmt` and `os` whose types involve the standard library's own types:
//! `fmt.Errorf`, `fmt.Fprint`/`Fprintln`/`Fprintf` (to an `io.Writer`), the types
//! `fmt.Stringer`, `fmt.GoStringer` and `os.File` and the variables `os.Stdout` and `os.Stderr` (`*os.File`). The printers and `os.Args`/
//! `os.Exit` are `universe.rs`'s.

use super::types::{file_ptr, named, WRITER};
use super::{error_type, Member};
use crate::{BasicKind, Db, Package, Ty, TyKind};

pub(super) fn member(db: &dyn Db, package: Package, path: &str, name: &str) -> Option<Member> {
    let any_slice = || Ty::new(TyKind::Slice(crate::empty_interface()));
    let string = || Ty::basic(BasicKind::String);
    let func = |params: Vec<Ty>, results: Vec<Ty>| {
        Member::Func(Ty::new(TyKind::Func {
            params,
            results,
            variadic: true,
        }))
    };
    let counted = || vec![Ty::basic(BasicKind::Int), error_type()];
    let writer = || named(db, package, WRITER);
    Some(match (path, name) {
        ("fmt", "Errorf") => func(vec![string(), any_slice()], vec![error_type()]),
        ("fmt", "Fprint" | "Fprintln") => func(vec![writer(), any_slice()], counted()),
        ("fmt", "Fprintf") => func(vec![writer(), string(), any_slice()], counted()),
        ("os", "Stdout" | "Stderr") => Member::Var(file_ptr(db, package)),
        ("os", "File") => Member::Type(named(db, package, super::types::FILE)),
        ("fmt", "Stringer") => Member::Type(named(db, package, super::types::STRINGER)),
        ("fmt", "GoStringer") => Member::Type(named(db, package, super::types::GO_STRINGER)),
        _ => return None,
    })
}
