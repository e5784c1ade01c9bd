//! Package `errors`: `New`, `Unwrap` and `Is`, implemented by the runtime
//! (`runtime/src/errors.rs`) under gc's symbol names. `As` (which needs reflection on a
//! pointer's element type) and `Join` (Go 1.20) are not provided.

use super::{error_type, Member};
use crate::{BasicKind, Ty, TyKind};

pub(super) fn member(name: &str) -> Option<Member> {
    let f = |params: Vec<Ty>, results: Vec<Ty>| {
        Member::Func(Ty::new(TyKind::Func {
            params,
            results,
            variadic: false,
        }))
    };
    Some(match name {
        "New" => f(vec![Ty::basic(BasicKind::String)], vec![error_type()]),
        "Unwrap" => f(vec![error_type()], vec![error_type()]),
        "Is" => f(
            vec![error_type(), error_type()],
            vec![Ty::basic(BasicKind::Bool)],
        ),
        _ => return None,
    })
}
