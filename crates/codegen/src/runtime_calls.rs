//! The runtime entry points compiled code calls (docs/runtime-abi.md), their
//! signatures, and the helpers that emit calls to them.
//!
//! Every import is *colocated*, so calls are direct (`call runtime.newobject` with a
//! PLT32 relocation on x86-64, `bl runtime.newobject` with CALL26 on aarch64).

use cranelift_codegen::ir::{
    self, types, AbiParam, ExtFuncData, ExternalName, FuncRef, GlobalValueData, InstBuilder,
    Signature, Value,
};
use cranelift_codegen::isa::CallConv;

use crate::abi::PTR;
use crate::func::FnCx;

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
        // crates/runtime/src/map.rs
        "runtime.makemap" => s(&[PTR, I64, PTR], &[PTR], false),
        "runtime.mapaccess1" | "runtime.mapassign" => s(&[PTR, PTR, PTR], &[PTR], false),
        "runtime.mapdelete" | "runtime.mapiterinit" => s(&[PTR, PTR, PTR], &[], false),
        "runtime.mapiternext" => s(&[PTR], &[], false),
        "runtime.makeslice" => s(&[I64, I64, I64], &[PTR], false),
        "runtime.growslice" => s(&[PTR, PTR, I64, I64, I64, I64], &[], false),
        "runtime.convT" => s(&[PTR, PTR], &[PTR], false),
        "runtime.efaceeq" => s(&[PTR, PTR, PTR], &[types::I8], false),
        "runtime.panicdottypeE" => s(&[PTR, PTR, PTR], &[], true),
        "runtime.panicnildottype" => s(&[PTR], &[], true),
        "runtime.panicwrap" => s(&[PTR, I64], &[], true),
        // crates/runtime/src/methods.rs
        "runtime.convI2I" | "runtime.assertE2I" | "runtime.assertE2I2" => {
            s(&[PTR, PTR], &[PTR], false)
        }
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
        | "runtime.panicSlice3CU"
        | "runtime.panicSliceConvert" => s(&[I64, I64], &[], true),
        "runtime.panicdivide"
        | "runtime.panicmem"
        | "runtime.panicshift"
        | "runtime.panicunsafeslicelen"
        | "runtime.panicunsafeslicenilptr" => s(&[], &[], true),
        "runtime.gopanic" => s(&[PTR, PTR], &[], true),
        // crates/runtime/src/defer.rs
        "runtime.deferframe_enter" => s(&[PTR], &[I64], false),
        "runtime.deferproc" => s(&[PTR, I64, I64], &[PTR], false),
        "runtime.deferpop" => s(&[PTR], &[PTR], false),
        "runtime.deferframe_exit" => s(&[PTR], &[], false),
        "runtime.gorecover" => s(&[PTR], &[PTR, PTR], false),
        "runtime.printint" | "runtime.printuint" | "runtime.printpointer" => s(&[I64], &[], false),
        "runtime.printbool" => s(&[types::I8], &[], false),
        "runtime.printfloat" => s(&[types::F64], &[], false),
        "runtime.printcomplex" => s(&[types::F64, types::F64], &[], false),
        "runtime.complex128div" => s(
            &[PTR, types::F64, types::F64, types::F64, types::F64],
            &[],
            false,
        ),
        "runtime.printstring" => s(&[PTR, I64], &[], false),
        "runtime.printslice" => s(&[PTR, I64, I64], &[], false),
        "runtime.printsp" | "runtime.printnl" | "runtime.printlock" | "runtime.printunlock" => {
            s(&[], &[], false)
        }
        // crates/runtime/src/fmt_printf.rs
        "fmt.Println" | "fmt.Print" => s(&[PTR, I64], &[I64], false),
        "fmt.Printf" => s(&[PTR, I64, PTR, I64], &[I64], false),
        "fmt.Sprint" | "fmt.Sprintln" => s(&[PTR, PTR, I64], &[], false),
        "fmt.Sprintf" | "fmt.Errorf" => s(&[PTR, PTR, I64, PTR, I64], &[], false),
        "fmt.Fprintln" | "fmt.Fprint" => s(&[PTR, PTR, I64], &[I64], false),
        "fmt.Fprintf" => s(&[PTR, PTR, I64, PTR, I64], &[I64], false),
        "os.stdfile" => s(&[I64], &[PTR], false),
        "os.Exit" => s(&[I64], &[], true),
        // crates/runtime/src/strings.rs
        "runtime.concatstring2" => s(&[PTR, PTR, I64, PTR, I64], &[], false),
        "runtime.concatstrings" => s(&[PTR, PTR, PTR, I64], &[], false),
        "runtime.cmpstring" => s(&[PTR, I64, PTR, I64], &[I64], false),
        "runtime.intstring" => s(&[PTR, PTR, I64], &[], false),
        "runtime.slicebytetostring" => s(&[PTR, PTR, PTR, I64], &[], false),
        "runtime.stringtoslicebyte" | "runtime.stringtoslicerune" => {
            s(&[PTR, PTR, PTR, I64], &[], false)
        }
        "runtime.slicerunetostring" => s(&[PTR, PTR, PTR, I64], &[], false),
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
    // The runtime is compiled by rustc, which (as C compilers on x86-64) relies on the
    // caller widening a byte or halfword argument to 32 bits; Cranelift leaves the upper
    // bits as they are unless told to extend.
    s.params.extend(sig.params.iter().map(|&t| {
        if t.bits() < 32 {
            AbiParam::new(t).uext()
        } else {
            AbiParam::new(t)
        }
    }));
    s.returns
        .extend(sig.results.iter().map(|&t| AbiParam::new(t)));
    s
}

/// Symbols, runtime calls and the checks that branch to no-return panics.
impl FnCx<'_> {
    /// A colocated reference to function `name` with signature `sig`.
    pub(crate) fn func_ref(&mut self, name: &str, sig: ir::Signature) -> FuncRef {
        if let Some(&f) = self.func_refs.get(name) {
            return f;
        }
        self.out.names.push((0, name.to_string()));
        let signature = self.b.import_signature(sig);
        let f = self.b.import_function(ExtFuncData {
            name: ExternalName::testcase(name),
            signature,
            colocated: true,
            patchable: false,
        });
        self.func_refs.insert(name.to_string(), f);
        f
    }

    /// The address of data symbol `name`.
    pub(crate) fn data_addr(&mut self, name: &str) -> Value {
        let gv = match self.data_refs.get(name) {
            Some(&gv) => gv,
            None => {
                self.out.names.push((1, name.to_string()));
                let gv = self.b.create_global_value(GlobalValueData::Symbol {
                    name: ExternalName::testcase(name),
                    offset: ir::immediates::Imm64::new(0),
                    colocated: true,
                    tls: false,
                });
                self.data_refs.insert(name.to_string(), gv);
                gv
            }
        };
        self.b.ins().symbol_value(PTR, gv)
    }

    /// Calls runtime (or libc) function `name`; returns its results.
    pub(crate) fn call_rt(&mut self, name: &str, args: &[Value]) -> Vec<Value> {
        let Some(sig) = rt_sig(name) else {
            return Vec::new();
        };
        let signature = rt_signature(&sig, self.call_conv);
        let f = self.func_ref(name, signature);
        let call = self.b.ins().call(f, args);
        let results = self.b.inst_results(call).to_vec();
        if sig.noreturn {
            self.b.ins().trap(ir::TrapCode::unwrap_user(1));
            self.start_dead_block();
        }
        results
    }

    /// After a terminator: continue emitting into a fresh (unreachable) block.
    pub(crate) fn start_dead_block(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
    }

    /// Branches to a cold block calling no-return `panic_fn(args)` when `cond` is
    /// non-zero.
    pub(crate) fn panic_if(&mut self, cond: Value, panic_fn: &str, args: &[Value]) {
        let before = self.b.current_block();
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        self.b.seal_block(cold);
        self.call_rt(panic_fn, args);
        // call_rt switched to a dead block after the trap; leave it pristine.
        self.b.switch_to_block(cont);
        self.b.seal_block(cont);
        // `cont` is reached only from `before`: what was checked there still holds.
        if before.is_some() && self.nil_chain == before {
            self.nil_chain = Some(cont);
        }
    }

    /// A nil check of pointer `p` (branching to `runtime.panicmem`), unless `p` is
    /// known not to be nil or was checked earlier on the same straight line of code
    /// (gc's nilcheck elimination, within what golift can see without a dominator
    /// tree).
    pub(crate) fn nil_check(&mut self, p: Value) {
        if self.non_nil.contains(&p) {
            return;
        }
        let here = self.b.current_block();
        if here.is_none() || self.nil_chain != here {
            self.nil_checked.clear();
            self.nil_chain = here;
        }
        if self.nil_checked.contains(&p) {
            return;
        }
        let is_nil = self.b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, p, 0);
        self.panic_if(is_nil, "runtime.panicmem", &[]);
        self.nil_checked.insert(p);
    }
}
