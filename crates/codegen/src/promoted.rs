//! gc's wrappers of methods promoted through embedded fields (`main.S.M`,
//! `main.(*S).M`), which itabs and method tables hold: from the interface's data word
//! (a pointer to the boxed `S`, or the `S` itself when it is pointer-shaped) along the
//! embedded fields to the receiver, then the declared method called with it (its
//! address for a pointer method, its value for a value method) or, for a method of an
//! embedded interface, the interface's itab slot called with its data word. The other
//! arguments and the results pass through unchanged. A nil embedded pointer or nil
//! embedded interface faults in the load, as gc's wrappers do. Value-method wrappers of
//! the type's own methods are `wrapper.rs`'s.

use cranelift_codegen::ir::{self, InstBuilder, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use golift_hir::{full_method_set, underlying, BasicKind, Db, MethodSetMember, Ty, TyKind};

use crate::abi::{fn_abi, PTR};
use crate::compile::{lower_and_compile, CompiledFunc};
use crate::func::{FnCx, Lowered, Outputs};
use crate::itab::ITAB_FUN_OFFSET;
use crate::wrapper::{push_value_args, wrapper_entry, WrapperEntry};

/// Compiles wrapper `symbol` of method `name` promoted to `recv` (the type as an
/// interface holds it).
pub(crate) fn compile_promoted(
    db: &dyn Db,
    recv: &Ty,
    name: &str,
    symbol: String,
    triple: &str,
) -> CompiledFunc {
    let sym = symbol.clone();
    lower_and_compile(symbol, triple, |call_conv, _| {
        lower_promoted(db, recv, name, &sym, call_conv)
    })
}

fn lower_promoted(
    db: &dyn Db,
    recv: &Ty,
    name: &str,
    symbol: &str,
    call_conv: CallConv,
) -> Result<Lowered, Vec<(u32, String)>> {
    let ice = |m: String| vec![(0, format!("internal compiler error: {m}"))];
    let set = full_method_set(db, recv);
    let Some(member) = set.iter().find(|m| m.name() == name) else {
        return Err(ice(format!("a wrapper of a method {name} the type lacks")));
    };
    let (params, results): (Vec<Ty>, Vec<Ty>) = match member {
        MethodSetMember::Decl(e) => {
            let s = golift_hir::signature(db, e.method.func.func(db));
            (
                s.params.iter().map(|(_, t)| t.clone()).collect(),
                s.results.iter().map(|(_, t)| t.clone()).collect(),
            )
        }
        MethodSetMember::Iface(e) => match e.sig.kind() {
            TyKind::Func {
                params, results, ..
            } => (params.clone(), results.clone()),
            _ => return Err(ice("an interface method of a non-function type".into())),
        },
    };
    let word_ty = Ty::basic(BasicKind::UnsafePointer);
    let wrapper_params: Vec<Ty> = std::iter::once(word_ty.clone())
        .chain(params.iter().cloned())
        .collect();
    let abi = fn_abi(db, &wrapper_params, &results, call_conv);
    let mut func = ir::Function::with_name_signature(
        UserFuncName::testcase(symbol.as_bytes()),
        abi.sig.clone(),
    );
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let Some(WrapperEntry { outs, word, rest }) = wrapper_entry(&mut b, &abi) else {
        return Err(ice("a wrapper without a receiver".into()));
    };
    let (outs, rest) = (outs.as_slice(), rest.as_slice());
    // The address of the `recv` the interface holds.
    let mut at = if golift_hir::layout_of(db, recv).direct_iface {
        let slot = b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            8,
            3,
        ));
        let a = b.ins().stack_addr(PTR, slot, 0);
        b.ins().store(FnCx::flags(), word, a, 0);
        a
    } else {
        word
    };
    // Along the embedded fields: `at` holds a value of type `cur`.
    let mut cur = recv.clone();
    for &index in member.path() {
        if let TyKind::Pointer(elem) = underlying(db, &cur).kind() {
            let elem = elem.clone();
            at = b.ins().load(PTR, FnCx::flags(), at, 0);
            cur = elem;
        }
        let lay = golift_hir::layout_of(db, &cur);
        let field = match underlying(db, &cur).kind() {
            TyKind::Struct(fields) => fields.get(index as usize).map(|f| f.ty.clone()),
            _ => None,
        };
        let (Some(fty), Some(&off)) = (field, lay.field_offsets.get(index as usize)) else {
            return Err(ice("a promoted method's path leaves its struct".into()));
        };
        at = b.ins().iadd_imm_s(at, off as i64);
        cur = fty;
    }
    let mut args: Vec<ir::Value> = outs.to_vec();
    let mut names = Vec::new();
    let call = match member {
        MethodSetMember::Decl(e) => {
            let m = &e.method;
            let sig = golift_hir::signature(db, m.func.func(db));
            let Some((_, recv_decl)) = sig.recv.clone() else {
                return Err(ice("a method without a receiver".into()));
            };
            // The address of the declaring type's value (an embedded `*D` loaded).
            let p = if matches!(cur.kind(), TyKind::Pointer(_)) {
                b.ins().load(PTR, FnCx::flags(), at, 0)
            } else {
                at
            };
            if m.ptr_recv {
                args.push(p);
            } else {
                push_value_args(&mut b, db, &recv_decl, p, &mut args);
            }
            args.extend_from_slice(rest);
            let callee_params: Vec<Ty> = std::iter::once(recv_decl).chain(params).collect();
            let callee_abi = fn_abi(db, &callee_params, &results, call_conv);
            let callee = golift_hir::symbols::func_symbol(db, m.func);
            let call = crate::wrapper::call_direct(&mut b, &callee_abi.sig, &callee, &args);
            names.push((0, callee));
            call
        }
        MethodSetMember::Iface(e) => {
            let itab = b.ins().load(PTR, FnCx::flags(), at, 0);
            let data = b.ins().load(PTR, FnCx::flags(), at, 8);
            let off = ITAB_FUN_OFFSET + 8 * u64::from(e.index);
            let fptr = b.ins().load(PTR, FnCx::flags(), itab, off as i32);
            args.push(data);
            args.extend_from_slice(rest);
            let sigref = b.import_signature(abi.sig.clone());
            b.ins().call_indirect(sigref, fptr, &args)
        }
    };
    crate::wrapper::return_and_finish(b, call, call_conv);
    let out = Outputs {
        names,
        ..Default::default()
    };
    Ok(Lowered { func, out })
}
