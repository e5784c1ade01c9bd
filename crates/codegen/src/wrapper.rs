//! gc's pointer wrappers `(*T).M` of value methods `T.M`, which itabs hold when a `T`
//! is boxed (the interface's data word points at it): load the `T`, call `T.M` with it
//! and the other arguments unchanged, return its results. A pointer-shaped `T` passed
//! in memory gets a word wrapper instead, which stores the data word (the `T` itself)
//! in a stack slot and continues the same way. Made by `compile_package`
//! for the wrappers its itabs name; promoted-method wrappers are not made yet. A nil
//! pointer in a `(*T).M` wrapper panics as gc's: `runtime.panicwrap` with the wrapper's
//! name (`value method main.T.M called using nil *T pointer`).

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
    let mut func = ir::Function::with_name_signature(
        UserFuncName::testcase(symbol.as_bytes()),
        abi.sig.clone(),
    );
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let Some(WrapperEntry { outs, word, rest }) = wrapper_entry(&mut b, &abi) else {
        return Err(ice("a wrapper without a receiver"));
    };
    let (outs, rest) = (outs.as_slice(), rest.as_slice());
    let mut args: Vec<ir::Value> = outs.to_vec();
    let mut strings = std::collections::BTreeMap::new();
    let mut names = Vec::new();
    let p = match kind {
        WrapKind::Ptr => {
            // gc's `(*T).M` checks its receiver: `runtime.panicwrap` names the method
            // from the wrapper's own name.
            let nil = b.create_block();
            let ok = b.create_block();
            b.ins().brif(word, ok, &[], nil, &[]);
            b.seal_block(nil);
            b.seal_block(ok);
            b.switch_to_block(nil);
            let sym = format!("go:string.panicwrap.{symbol}");
            strings.insert(sym.clone(), symbol.as_bytes().to_vec());
            names.push((1, sym.clone()));
            let gv = b.create_global_value(ir::GlobalValueData::Symbol {
                name: ExternalName::testcase(&sym),
                offset: ir::immediates::Imm64::new(0),
                colocated: true,
                tls: false,
            });
            let name_ptr = b.ins().symbol_value(PTR, gv);
            let name_len = b.ins().iconst(PTR, symbol.len() as i64);
            let panicwrap = crate::runtime_calls::rt_sig("runtime.panicwrap")
                .map(|s| crate::runtime_calls::rt_signature(&s, call_conv));
            let Some(panicwrap) = panicwrap else {
                return Err(ice("runtime.panicwrap has no signature"));
            };
            let sigref = b.import_signature(panicwrap);
            let fref = b.import_function(ExtFuncData {
                name: ExternalName::testcase("runtime.panicwrap"),
                signature: sigref,
                colocated: true,
                patchable: false,
            });
            names.push((0, "runtime.panicwrap".to_string()));
            b.ins().call(fref, &[name_ptr, name_len]);
            b.ins().trap(ir::TrapCode::unwrap_user(1));
            b.switch_to_block(ok);
            word
        }
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
    push_value_args(&mut b, db, &recv, p, &mut args);
    args.extend_from_slice(rest);
    let callee = golift_hir::symbols::func_symbol(db, method);
    let call = call_direct(&mut b, &callee_abi.sig, &callee, &args);
    return_and_finish(b, call, call_conv);
    names.push((0, callee));
    let out = Outputs {
        names,
        strings,
        ..Default::default()
    };
    Ok(Lowered { func, out })
}

/// A wrapper's direct call of the package function `callee`, whose ABI signature is
/// `sig`.
pub(crate) fn call_direct(
    b: &mut FunctionBuilder,
    sig: &ir::Signature,
    callee: &str,
    args: &[ir::Value],
) -> ir::Inst {
    let sigref = b.import_signature(sig.clone());
    let fref = b.import_function(ExtFuncData {
        name: ExternalName::testcase(callee),
        signature: sigref,
        colocated: true,
        patchable: false,
    });
    b.ins().call(fref, args)
}

/// Ends a wrapper: returns what `call` returned and finishes the function.
pub(crate) fn return_and_finish(mut b: FunctionBuilder, call: ir::Inst, call_conv: CallConv) {
    let rets = b.inst_results(call).to_vec();
    b.ins().return_(&rets);
    b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
        default_call_conv: call_conv,
        pointer_width: target_lexicon::PointerWidth::U64,
        page_size_align_log2: 12,
    });
}

/// Appends the arguments passing the `ty` at `p` by value: its flat parts loaded, or
/// the address of a copy the callee owns (a value passed in memory).
/// A wrapper's entry block's parameters: the result out-pointers, the receiver word,
/// the other parameters.
pub(crate) struct WrapperEntry {
    pub outs: Vec<ir::Value>,
    pub word: ir::Value,
    pub rest: Vec<ir::Value>,
}

/// Makes a wrapper's entry block (sealed, current) and splits its parameters as the
/// ABI `abi` lays them out; `None` when there is no receiver parameter.
pub(crate) fn wrapper_entry(
    b: &mut FunctionBuilder<'_>,
    abi: &crate::abi::FnAbi,
) -> Option<WrapperEntry> {
    let mem_results = abi
        .results
        .iter()
        .filter(|r| matches!(r, Repr::Mem))
        .count();
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let ins: Vec<ir::Value> = b.block_params(entry).to_vec();
    let (outs, rest) = ins.split_at(mem_results.min(ins.len()));
    let (&word, rest) = rest.split_first()?;
    Some(WrapperEntry {
        outs: outs.to_vec(),
        word,
        rest: rest.to_vec(),
    })
}

pub(crate) fn push_value_args(
    b: &mut FunctionBuilder<'_>,
    db: &dyn Db,
    ty: &Ty,
    p: ir::Value,
    args: &mut Vec<ir::Value>,
) {
    match repr(db, ty) {
        Repr::Flat(parts) => {
            for (off, t) in parts {
                args.push(b.ins().load(t, FnCx::flags(), p, off as i32));
            }
        }
        Repr::Mem => {
            let lay = golift_hir::layout_of(db, ty);
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
}
