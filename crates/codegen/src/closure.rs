//! Function values (docs/runtime-abi.md, "Function values"): a function value is a
//! pointer to a closure object whose first word is the code's address; a function
//! literal's object holds its captured variables after it (by value: the value; by
//! reference: the variable's address), a declared function's is a read-only `SYM·f`
//! holding only the address. A call through a value loads the code from the object and
//! passes the object's address as an extra last argument, the closure context, which
//! a literal's code reads its captures from and a declared function ignores.
//! What this does not do: decide how a variable is captured (escape analysis's
//! `byval`) or where the object lives (its allocation site's placement).

use cranelift_codegen::ir::{self, InstBuilder, MemFlagsData, Value};
use golift_escape::Placement;
use golift_hir::body::{AllocSiteId, ClosureId, ExprId};
use golift_hir::{LocalId, Ty};

use crate::abi::{fn_abi, PTR};
use crate::func::{FnCx, LocalStore};
use crate::place::CValue;

/// Where one captured variable is in a closure object.
pub(crate) struct CaptureSlot {
    pub local: LocalId,
    pub offset: u32,
    pub byval: bool,
}

/// The layout of closure `clo`'s object: its captures after the code word, and its size.
pub(crate) fn closure_layout(
    db: &dyn golift_hir::Db,
    body: &golift_hir::body::Body,
    esc: &golift_escape::EscapeResult,
    clo: ClosureId,
) -> (Vec<CaptureSlot>, u64) {
    let mut off: u64 = 8;
    let mut slots = Vec::new();
    for &l in &body.closures[clo].captures {
        let byval = esc.byval.contains(&l);
        let (size, align) = if byval {
            let lay = golift_hir::layout_of(db, &body.locals[l].ty);
            (lay.size, lay.align.max(1))
        } else {
            (8, 8)
        };
        off = off.div_ceil(align) * align;
        slots.push(CaptureSlot {
            local: l,
            offset: off as u32,
            byval,
        });
        off += size;
    }
    (slots, off.div_ceil(8) * 8)
}

/// The Cranelift signature of a function called through a function value of type
/// `params -> results`: the Go signature with the closure context last.
pub(crate) fn closure_signature(
    db: &dyn golift_hir::Db,
    params: &[Ty],
    results: &[Ty],
    call_conv: cranelift_codegen::isa::CallConv,
) -> ir::Signature {
    let mut sig = fn_abi(db, params, results, call_conv).sig;
    sig.params.push(ir::AbiParam::new(PTR));
    sig
}

/// The parameter and result types of function type `ty`.
pub(crate) fn func_type_parts(db: &dyn golift_hir::Db, ty: &Ty) -> Option<(Vec<Ty>, Vec<Ty>)> {
    match golift_hir::underlying(db, ty).kind() {
        golift_hir::TyKind::Func {
            params, results, ..
        } => Some((params.clone(), results.clone())),
        _ => None,
    }
}

/// The symbol of the read-only closure object of declared function `symbol`.
pub fn func_value_symbol(symbol: &str) -> String {
    format!("{symbol}·f")
}

impl FnCx<'_> {
    /// The value of function literal `clo`: its closure object, allocated at `site`,
    /// with its code and captures stored.
    pub(crate) fn make_closure(&mut self, e: ExprId, clo: ClosureId, site: AllocSiteId) -> CValue {
        let ty = self.ty_of(e);
        let (slots, size) = closure_layout(self.db, self.body, self.esc, clo);
        let obj = if self.placement(site) == Placement::Stack {
            let slot = self.new_slot(size, 8);
            let a = self.b.ins().stack_addr(PTR, slot, 0);
            self.non_nil.insert(a);
            a
        } else {
            self.heap_alloc(size)
        };
        let func = self.body.closures[clo].func;
        let symbol = golift_hir::symbols::func_symbol(self.db, func);
        let (params, results) = func_type_parts(self.db, &ty).unwrap_or_default();
        let sig = closure_signature(self.db, &params, &results, self.call_conv);
        let fref = self.func_ref(&symbol, sig);
        let code = self.b.ins().func_addr(PTR, fref);
        self.b.ins().store(Self::flags(), code, obj, 0);
        for s in slots {
            let lty = self.local_ty(s.local);
            let place = self.local_place(s.local);
            let dst = self.b.ins().iadd_imm_s(obj, i64::from(s.offset));
            if s.byval {
                let v = place.load(self);
                self.addr_place(&lty, dst).write(self, v);
            } else {
                match place.addr() {
                    Some(a) => {
                        self.b.ins().store(Self::flags(), a, dst, 0);
                    }
                    None => self.internal_error(format!(
                        "variable {} captured by reference has no address",
                        self.body.locals[s.local].name
                    )),
                }
            }
        }
        self.by_val(&ty, vec![obj])
    }

    /// The value of declared function `func` used as a value: its read-only closure.
    pub(crate) fn func_value(&mut self, func: golift_hir::FuncId, ty: &Ty) -> CValue {
        let symbol = golift_hir::symbols::func_symbol(self.db, func);
        self.out.func_values.insert(symbol.clone());
        let a = self.data_addr(&func_value_symbol(&symbol));
        self.non_nil.insert(a);
        self.by_val(ty, vec![a])
    }

    /// Calls the function value `f` (of function type `fty`) with `args`.
    pub(crate) fn call_func_value(&mut self, at: u32, f: ExprId, args: &[ExprId]) -> Vec<CValue> {
        let fty = self.ty_of(f);
        let Some((params, results)) = func_type_parts(self.db, &fty) else {
            self.internal_error("a call through a value that is not a function".to_string());
            return Vec::new();
        };
        let fv = self.expr(f);
        let ctx = match fv.flat_values(self).first() {
            Some(&v) => v,
            None => return Vec::new(),
        };
        let vals: Vec<CValue> = args.iter().map(|&a| self.expr(a)).collect();
        self.set_loc(at);
        // Calling a nil function value is gc's nil dereference.
        self.nil_check(ctx);
        let code = self.b.ins().load(PTR, MemFlagsData::trusted(), ctx, 0);
        self.call_values(
            at,
            crate::calls::CallTarget::Closure { code, ctx },
            &params,
            &results,
            vals,
        )
    }

    /// In a function literal's code: makes its captured variables readable from the
    /// closure context `ctx`.
    pub(crate) fn bind_captures(&mut self, clo: ClosureId, ctx: Value) {
        let (slots, _) = closure_layout(self.db, self.body, self.esc, clo);
        for s in slots {
            let lty = self.local_ty(s.local);
            if s.byval {
                let v = self.load_value_at(ctx, s.offset, &lty);
                self.declare_local(s.local, Some(v));
            } else {
                let p = self.b.ins().load(PTR, Self::flags(), ctx, s.offset as i32);
                let var = self.b.declare_var(PTR);
                self.b.def_var(var, p);
                self.locals.insert(s.local, LocalStore::Heap(var));
            }
        }
    }

    fn load_value_at(&mut self, base: Value, offset: u32, ty: &Ty) -> CValue {
        let addr = self.b.ins().iadd_imm_s(base, i64::from(offset));
        let v = self.addr_place(ty, addr).load(self);
        // A copy: the object's memory is not the variable's storage.
        v.stabilize(self)
    }
}
