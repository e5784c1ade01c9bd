//! gc's pointer wrappers `(*T).M` of value methods `T.M`, which itabs hold when a `T`
//! is boxed (the interface's data word points at it): load the `T`, call `T.M` with it
//! and the other arguments unchanged, return its results. A pointer-shaped `T` passed
//! in memory gets a word wrapper instead, which stores the data word (the `T` itself)
//! in a stack slot and continues the same way. Made by `compile_package`
//! for the wrappers its itabs name; promoted-method wrappers are not made yet. A nil
//! pointer faults in the load (gc panics with `value method ... called using nil
//! pointer` instead).

use cranelift_codegen::ir::{self, ExtFuncData, ExternalName, InstBuilder, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use golift_hir::{Db, FuncId, Ty, TyKind};

use crate::abi::{fn_abi, repr, Repr, PTR};
use crate::compile::{lower_and_compile, CompiledFunc};
use crate::func::FnCx;
use crate::func::{Lowered, Outputs};
use crate::itab::{wrapper_symbol, WrapKind};

/// Compiles the `(*T).M` wrapper of value method `method` for `triple`.
pub(crate) fn compile_wrapper(
    db: &dyn Db,
    method: FuncId,
    kind: WrapKind,
    triple: &str,
) -> CompiledFunc {
    let symbol = wrapper_symbol(db, method, kind);
    lower_and_compile(symbol.clone(), triple, |call_conv, _| {
        lower_wrapper(db, method, kind, &symbol, call_conv)
    })
}

fn lower_wrapper(
    db: &dyn Db,
    method: FuncId,
    kind: WrapKind,
    symbol: &str,
    call_conv: CallConv,
) -> Result<Lowered, Vec<(u32, String)>> {
    let sig = golift_hir::signature(db, method.func(db)).clone();
    let ice = |m: &str| vec![(0, format!("internal compiler error: {m}"))];
    let Some((_, recv)) = sig.recv.clone() else {
        return Err(ice("a wrapper of a function"));
    };
    if matches!(recv.kind(), TyKind::Pointer(_)) {
        return Err(ice("a pointer wrapper of a pointer method"));
    }
    let params: Vec<Ty> = sig.params.iter().map(|(_, t)| t.clone()).collect();
    let results: Vec<Ty> = sig.results.iter().map(|(_, t)| t.clone()).collect();
    let callee_params: Vec<Ty> = std::iter::once(recv.clone())
        .chain(params.iter().cloned())
        .collect();
    let first = match kind {
        WrapKind::Ptr => Ty::new(TyKind::Pointer(recv.clone())),
        WrapKind::Word => Ty::basic(golift_hir::BasicKind::UnsafePointer),
    };
    let wrapper_params: Vec<Ty> = std::iter::once(first).chain(params).collect();
    let callee_abi = fn_abi(db, &callee_params, &results, call_conv);
    let abi = fn_abi(db, &wrapper_params, &results, call_conv);
    let mem_results = abi
        .results
        .iter()
        .filter(|r| matches!(r, Repr::Mem))
        .count();
    let mut func = ir::Function::with_name_signature(
        UserFuncName::testcase(symbol.as_bytes()),
        abi.sig.clone(),
    );
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let ins: Vec<ir::Value> = b.block_params(entry).to_vec();
    let (outs, rest) = ins.split_at(mem_results);
    let Some((&word, rest)) = rest.split_first() else {
        return Err(ice("a wrapper without a receiver"));
    };
    let mut args: Vec<ir::Value> = outs.to_vec();
    let lay = golift_hir::layout_of(db, &recv);
    let p = match kind {
        WrapKind::Ptr => word,
        WrapKind::Word => {
            let slot = b.create_sized_stack_slot(ir::StackSlotData::new(
                ir::StackSlotKind::ExplicitSlot,
                8,
                3,
            ));
            let at = b.ins().stack_addr(PTR, slot, 0);
            b.ins().store(FnCx::flags(), word, at, 0);
            at
        }
    };
    match repr(db, &recv) {
        Repr::Flat(parts) => {
            for (off, t) in parts {
                args.push(b.ins().load(t, FnCx::flags(), p, off as i32));
            }
        }
        Repr::Mem => {
            // The callee owns its copy of a receiver passed in memory.
            let slot = b.create_sized_stack_slot(ir::StackSlotData::new(
                ir::StackSlotKind::ExplicitSlot,
                lay.size.max(1) as u32,
                lay.align.max(1).trailing_zeros() as u8,
            ));
            let dst = b.ins().stack_addr(PTR, slot, 0);
            let mut off = 0u64;
            while off < lay.size {
                let (t, n) = match lay.size - off {
                    8.. => (ir::types::I64, 8),
                    4.. => (ir::types::I32, 4),
                    2.. => (ir::types::I16, 2),
                    _ => (ir::types::I8, 1),
                };
                let v = b.ins().load(t, FnCx::flags(), p, off as i32);
                b.ins().store(FnCx::flags(), v, dst, off as i32);
                off += n;
            }
            args.push(dst);
        }
    }
    args.extend_from_slice(rest);
    let callee = golift_hir::symbols::func_symbol(db, method);
    let sigref = b.import_signature(callee_abi.sig.clone());
    let fref = b.import_function(ExtFuncData {
        name: ExternalName::testcase(&callee),
        signature: sigref,
        colocated: true,
        patchable: false,
    });
    let call = b.ins().call(fref, &args);
    let rets = b.inst_results(call).to_vec();
    b.ins().return_(&rets);
    b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
        default_call_conv: call_conv,
        pointer_width: target_lexicon::PointerWidth::U64,
        page_size_align_log2: 12,
    });
    let out = Outputs {
        names: vec![(0, callee)],
        ..Default::default()
    };
    Ok(Lowered { func, out })
}
