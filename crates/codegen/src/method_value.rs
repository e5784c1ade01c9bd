//! Method values `x.M` (docs/runtime-abi.md, "Function values"): the closure object
//! holds the code of gc's `T.M-fm` wrapper and the receiver, copied when the value is
//! made; the wrapper (compiled by `compile_package` for the method values its
//! functions make) loads the receiver from the closure context and calls the method
//! with the other arguments unchanged. What this does not do: method expressions of
//! another receiver type as values (`(*T).M` of a value method, `I.M`).

use cranelift_codegen::ir::{self, InstBuilder, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use golift_escape::Placement;
use golift_hir::body::{AllocSiteId, ExprId};
use golift_hir::{Db, FuncId, Ty};

use crate::abi::{fn_abi, Repr, PTR};
use crate::compile::{lower_and_compile, CompiledFunc};
use crate::func::{FnCx, Lowered, Outputs};
use crate::place::CValue;

/// gc's symbol of the method value wrapper of `method`: `main.T.M-fm`, `main.(*T).M-fm`.
pub(crate) fn fm_symbol(db: &dyn Db, method: FuncId) -> String {
    format!("{}-fm", golift_hir::symbols::func_symbol(db, method))
}

/// Where the receiver of type `recv` is in a method value's closure object, and the
/// object's size.
fn recv_slot(db: &dyn Db, recv: &Ty) -> (u64, u64) {
    let lay = golift_hir::layout_of(db, recv);
    let align = lay.align.max(1);
    let off = 8u64.div_ceil(align) * align;
    (off, (off + lay.size).div_ceil(8) * 8)
}

impl FnCx<'_> {
    /// The method value `x.M` of `method` with receiver `recv` (adjusted to the
    /// method's receiver type), its object at `site`.
    pub(crate) fn method_value(
        &mut self,
        e: ExprId,
        recv: ExprId,
        method: FuncId,
        site: AllocSiteId,
    ) -> CValue {
        let ty = self.ty_of(e);
        let rty = self.ty_of(recv);
        let v = self.expr(recv);
        let (off, size) = recv_slot(self.db, &rty);
        let obj = if self.placement(site) == Placement::Stack {
            let slot = self.new_slot(size, 8);
            let a = self.b.ins().stack_addr(PTR, slot, 0);
            self.non_nil.insert(a);
            a
        } else {
            self.heap_alloc(size)
        };
        let symbol = fm_symbol(self.db, method);
        self.out.method_values.insert(method);
        let (params, results) = crate::closure::func_type_parts(self.db, &ty).unwrap_or_default();
        let sig = crate::closure::closure_signature(self.db, &params, &results, self.call_conv);
        let fref = self.func_ref(&symbol, sig);
        let code = self.b.ins().func_addr(PTR, fref);
        self.b.ins().store(Self::flags(), code, obj, 0);
        let dst = self.b.ins().iadd_imm_s(obj, off as i64);
        self.addr_place(&rty, dst).write(self, v);
        self.by_val(&ty, vec![obj])
    }
}

/// Compiles the `T.M-fm` wrapper of `method` for `triple`.
pub(crate) fn compile_fm_wrapper(db: &dyn Db, method: FuncId, triple: &str) -> CompiledFunc {
    let symbol = fm_symbol(db, method);
    lower_and_compile(symbol.clone(), triple, |call_conv, _| {
        lower_fm(db, method, &symbol, call_conv)
    })
}

fn lower_fm(
    db: &dyn Db,
    method: FuncId,
    symbol: &str,
    call_conv: CallConv,
) -> Result<Lowered, Vec<(u32, String)>> {
    let sig = golift_hir::signature(db, method.func(db)).clone();
    let ice = |m: &str| vec![(0, format!("internal compiler error: {m}"))];
    let Some((_, recv)) = sig.recv.clone() else {
        return Err(ice("a method value of a function"));
    };
    let params: Vec<Ty> = sig.params.iter().map(|(_, t)| t.clone()).collect();
    let results: Vec<Ty> = sig.results.iter().map(|(_, t)| t.clone()).collect();
    let callee_params: Vec<Ty> = std::iter::once(recv.clone())
        .chain(params.iter().cloned())
        .collect();
    let callee_abi = fn_abi(db, &callee_params, &results, call_conv);
    let abi = fn_abi(db, &params, &results, call_conv);
    let mut wsig = abi.sig.clone();
    wsig.params.push(ir::AbiParam::new(PTR));
    let mut func =
        ir::Function::with_name_signature(UserFuncName::testcase(symbol.as_bytes()), wsig);
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let ins: Vec<ir::Value> = b.block_params(entry).to_vec();
    let Some((&ctx, ins)) = ins.split_last() else {
        return Err(ice("a method value wrapper without context"));
    };
    let mem_results = abi
        .results
        .iter()
        .filter(|r| matches!(r, Repr::Mem))
        .count();
    let (outs, rest) = ins.split_at(mem_results.min(ins.len()));
    let mut args: Vec<ir::Value> = outs.to_vec();
    let (off, _) = recv_slot(db, &recv);
    let p = b.ins().iadd_imm_s(ctx, off as i64);
    crate::wrapper::push_value_args(&mut b, db, &recv, p, &mut args);
    args.extend_from_slice(rest);
    let callee = golift_hir::symbols::func_symbol(db, method);
    let call = crate::wrapper::call_direct(&mut b, &callee_abi.sig, &callee, &args);
    crate::wrapper::return_and_finish(b, call, call_conv);
    let out = Outputs {
        names: vec![(0, callee)],
        ..Default::default()
    };
    Ok(Lowered { func, out })
}
