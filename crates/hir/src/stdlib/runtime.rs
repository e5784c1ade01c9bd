//! Package `runtime`, the part a single-goroutine program can use: `GC`, `Gosched`
//! (nothing else can run), `KeepAlive`, `NumGoroutine`, `NumCPU`, `GOMAXPROCS`, and the
//! constants `GOOS`, `Compiler` and `GOARCH`, whose value is the package's target
//! architecture ([`crate::Package::goarch`], an input).

use super::{func, Member};
use crate::{BasicKind, ConstValue, Ty, TyKind};

pub(super) fn member(name: &str, arch: crate::GoArch) -> Option<Member> {
    use BasicKind::*;
    Some(match name {
        "GC" | "Gosched" => func(&[], &[]),
        "NumGoroutine" | "NumCPU" => func(&[], &[Int]),
        "GOMAXPROCS" => func(&[Int], &[Int]),
        "KeepAlive" => Member::Func(Ty::new(TyKind::Func {
            params: vec![Ty::new(TyKind::Interface(Vec::new()))],
            results: Vec::new(),
            variadic: false,
        })),
        // `const GOOS string = goos.GOOS`: typed.
        "GOOS" => Member::Const(Ty::basic(String), ConstValue::String(b"linux".to_vec())),
        // `const GOARCH string = goarch.GOARCH`: typed.
        "GOARCH" => Member::Const(Ty::basic(String), ConstValue::String(arch.name().into())),
        "Compiler" => Member::Const(Ty::basic(UntypedString), ConstValue::String(b"gc".to_vec())),
        _ => return None,
    })
}
