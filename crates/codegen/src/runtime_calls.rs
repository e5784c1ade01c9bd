//! The runtime entry points compiled code calls (docs/runtime-abi.md), their
//! signatures, and the helpers that emit calls to them.
//!
//! Every import is *colocated*, so calls are direct (`call runtime.newobject` with a
//! PLT32 relocation on x86-64, `bl runtime.newobject` with CALL26 on aarch64).

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

use crate::abi::PTR;

/// Parameter and result types of a runtime function, and whether it never returns.
pub(crate) struct RtSig {
    pub params: &'static [cranelift_codegen::ir::Type],
    pub results: &'static [cranelift_codegen::ir::Type],
    pub noreturn: bool,
}

const I64: cranelift_codegen::ir::Type = types::I64;

/// The signature of runtime function `name`, if it is one codegen knows.
pub(crate) fn rt_sig(name: &str) -> Option<RtSig> {
    let s = |params: &'static [_], results: &'static [_], noreturn| RtSig {
        params,
        results,
        noreturn,
    };
    Some(match name {
        "runtime.newobject" => s(&[I64], &[PTR], false),
        "runtime.makeslice" => s(&[I64, I64, I64], &[PTR], false),
        "runtime.growslice" => s(&[PTR, PTR, I64, I64, I64, I64], &[], false),
        "runtime.convT" => s(&[PTR, PTR], &[PTR], false),
        "runtime.panicIndex"
        | "runtime.panicIndexU"
        | "runtime.panicSliceAlen"
        | "runtime.panicSliceAlenU"
        | "runtime.panicSliceAcap"
        | "runtime.panicSliceAcapU"
        | "runtime.panicSliceB"
        | "runtime.panicSliceBU"
        | "runtime.panicSlice3Alen"
        | "runtime.panicSlice3AlenU"
        | "runtime.panicSlice3Acap"
        | "runtime.panicSlice3AcapU"
        | "runtime.panicSlice3B"
        | "runtime.panicSlice3BU"
        | "runtime.panicSlice3C"
        | "runtime.panicSlice3CU" => s(&[I64, I64], &[], true),
        "runtime.panicdivide" | "runtime.panicmem" | "runtime.panicshift" => s(&[], &[], true),
        "runtime.gopanic" => s(&[PTR, PTR], &[], true),
        "runtime.printint" | "runtime.printuint" | "runtime.printpointer" => s(&[I64], &[], false),
        "runtime.printbool" => s(&[types::I8], &[], false),
        "runtime.printfloat" => s(&[types::F64], &[], false),
        "runtime.printstring" => s(&[PTR, I64], &[], false),
        "runtime.printslice" => s(&[PTR, I64, I64], &[], false),
        "runtime.printsp" | "runtime.printnl" | "runtime.printlock" | "runtime.printunlock" => {
            s(&[], &[], false)
        }
        "fmt.Println" | "fmt.Print" => s(&[PTR, I64], &[], false),
        "os.Exit" => s(&[I64], &[], true),
        // crates/runtime/src/strings.rs
        "runtime.concatstring2" => s(&[PTR, PTR, I64, PTR, I64], &[], false),
        "runtime.cmpstring" => s(&[PTR, I64, PTR, I64], &[I64], false),
        "runtime.intstring" => s(&[PTR, I64], &[], false),
        "runtime.slicebytetostring" => s(&[PTR, PTR, I64], &[], false),
        "runtime.stringtoslicebyte" => s(&[PTR, PTR, I64], &[], false),
        "runtime.osargs" => s(&[PTR], &[], false),
        "runtime.decoderune" => s(&[PTR, PTR, I64, I64], &[], false),
        // libc
        "memmove" => s(&[PTR, PTR, I64], &[PTR], false),
        "memset" => s(&[PTR, types::I32, I64], &[PTR], false),
        _ => return None,
    })
}

/// The Cranelift signature of a runtime function.
pub(crate) fn rt_signature(sig: &RtSig, call_conv: CallConv) -> Signature {
    let mut s = Signature::new(call_conv);
    s.params
        .extend(sig.params.iter().map(|&t| AbiParam::new(t)));
    s.returns
        .extend(sig.results.iter().map(|&t| AbiParam::new(t)));
    s
}
