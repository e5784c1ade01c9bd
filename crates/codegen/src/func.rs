//! One function's lowering context ([`FnCx`]) and the entry point that lowers a Go
//! function declaration to a Cranelift [`Function`].
//!
//! Where each local lives is decided here, from the escape analysis:
//!
//! - `moved to heap` locals: a pointer (an SSA variable) to `runtime.newobject` memory,
//!   allocated where the variable is declared (each loop iteration gets a new one);
//! - locals whose address is taken, and structs and arrays: an explicit stack slot,
//!   zeroed (or initialised) where the variable is declared;
//! - everything else: SSA `Variable`s, one per scalar component.
//!
//! Source locations: every instruction carries `SourceLoc(base + offset)` where `offset`
//! is the byte offset of its Go expression or statement relative to the start of the
//! function's declaration (so that a function's code does not change when another
//! function moves); `base` is 0 for functions. `main.init` spans several declarations
//! and uses the encoding of [`crate::init`].

use std::collections::{BTreeMap, HashMap, HashSet};

use cranelift_codegen::ir::{
    self, types, ExtFuncData, ExternalName, FuncRef, GlobalValue, GlobalValueData, InstBuilder,
    MemFlagsData, SourceLoc, StackSlot, StackSlotData, StackSlotKind, UserFuncName, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use golift_escape::{EscapeResult, Placement};
use golift_hir::{Db, InferenceResult, LocalId, LocalKind, Res, Ty, TyKind};
use golift_syntax::ast::{self, Decl, ExprId, ExprKind, UnaryOp};

use crate::abi::{fn_abi, repr, Repr, PTR};
use crate::place::{CPlace, CValue};
use crate::runtime_calls::{rt_sig, rt_signature};

/// Until the escape analysis lands, address-taken locals are heap-allocated (correct,
/// slow). Flip to `true` to trust `EscapeResult::heap_locals` alone.
pub(crate) const ESCAPE_LANDED: bool = true;

/// Where a local variable lives.
#[derive(Clone, Debug)]
pub(crate) enum LocalStore {
    Vars(Vec<Variable>),
    Slot(StackSlot),
    /// A variable holding the pointer to the heap object.
    Heap(Variable),
}

/// `break`/`continue` targets of an enclosing loop (or `break` of a switch).
pub(crate) struct LoopTarget {
    pub label: Option<String>,
    pub brk: ir::Block,
    pub cont: Option<ir::Block>,
}

/// What lowering produced besides the function.
#[derive(Default)]
pub(crate) struct Outputs {
    /// String literal data objects: symbol to bytes.
    pub strings: BTreeMap<String, Vec<u8>>,
    /// Type descriptors referenced: symbol to type.
    pub type_descs: BTreeMap<String, Ty>,
    /// "not supported yet" and similar: relative offset, message.
    pub diags: Vec<(u32, String)>,
    /// Symbols referenced (0: functions, 1: data), named by `ExternalName::TestCase`
    /// so that the CLIF text shows them (`fn0 = colocated %runtime.newobject`).
    pub names: Vec<(u32, String)>,
}

/// The lowering context of one function body.
pub(crate) struct FnCx<'a> {
    pub db: &'a dyn Db,
    pub decl: &'a Decl,
    pub inf: &'a InferenceResult,
    pub esc: &'a EscapeResult,
    pub b: FunctionBuilder<'a>,
    pub call_conv: CallConv,
    pub loc_base: u32,
    /// The relative offset of the current source location.
    pub cur_loc: u32,
    /// The package (to find callees' signatures).
    pub package: golift_hir::Package,
    pub out: Outputs,
    func_refs: HashMap<String, FuncRef>,
    data_refs: HashMap<String, GlobalValue>,
    pub locals: HashMap<LocalId, LocalStore>,
    pub addr_taken: HashSet<LocalId>,
    pub loops: Vec<LoopTarget>,
    /// For each result: its out-pointer (in-memory results) or `None`.
    pub result_ptrs: Vec<Option<Value>>,
    pub result_tys: Vec<Ty>,
    /// The label of the labeled statement being lowered (applies to the next loop).
    pub pending_label: Option<String>,
    /// Whether the target is x86-64 (float to integer conversions differ, as in gc).
    pub x86: bool,
    /// Pointers known not to be nil (fresh allocations, stack addresses): no nil check.
    pub non_nil: HashSet<Value>,
}

impl<'a> FnCx<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        db: &'a dyn Db,
        decl: &'a Decl,
        inf: &'a InferenceResult,
        esc: &'a EscapeResult,
        b: FunctionBuilder<'a>,
        call_conv: CallConv,
        loc_base: u32,
        package: golift_hir::Package,
    ) -> FnCx<'a> {
        let mut cx = FnCx {
            db,
            decl,
            inf,
            esc,
            b,
            call_conv,
            loc_base,
            cur_loc: 0,
            package,
            out: Outputs::default(),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            locals: HashMap::new(),
            addr_taken: HashSet::new(),
            loops: Vec::new(),
            result_ptrs: Vec::new(),
            result_tys: Vec::new(),
            pending_label: None,
            non_nil: HashSet::new(),
            x86: true,
        };
        cx.addr_taken = cx.find_addr_taken();
        cx
    }

    /// Continues lowering another body into the same function (`main.init`).
    pub(crate) fn switch_body(
        &mut self,
        decl: &'a Decl,
        inf: &'a InferenceResult,
        esc: &'a EscapeResult,
        loc_base: u32,
    ) {
        self.decl = decl;
        self.inf = inf;
        self.esc = esc;
        self.loc_base = loc_base;
        self.locals.clear();
        self.addr_taken = self.find_addr_taken();
    }

    // ---- diagnostics and source locations ----

    /// Records "`what` not supported yet" at relative offset `at`.
    pub(crate) fn unsupported(&mut self, at: u32, what: &str) {
        self.out
            .diags
            .push((at, format!("{what} not supported yet")));
    }

    /// Tags the following instructions with the relative offset `at`.
    pub(crate) fn set_loc(&mut self, at: u32) {
        self.cur_loc = at;
        self.b
            .set_srcloc(SourceLoc::new(self.loc_base.saturating_add(at)));
    }

    pub(crate) fn ty_of(&self, e: ExprId) -> Ty {
        self.inf
            .expr_types
            .get(e)
            .cloned()
            .unwrap_or_else(Ty::invalid)
    }

    pub(crate) fn expr_start(&self, e: ExprId) -> u32 {
        self.decl.exprs[e].span.start
    }

    // ---- symbols ----

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
    }

    /// A nil check of pointer `p` (branching to `runtime.panicmem`).
    pub(crate) fn nil_check(&mut self, p: Value) {
        if self.non_nil.contains(&p) {
            return;
        }
        let is_nil = self.b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, p, 0);
        self.panic_if(is_nil, "runtime.panicmem", &[]);
    }

    // ---- memory ----

    pub(crate) fn flags() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    pub(crate) fn new_slot(&mut self, size: u64, align: u64) -> StackSlot {
        let shift = align.max(1).trailing_zeros().min(4) as u8;
        let size = u32::try_from(size).unwrap_or(u32::MAX);
        self.b
            .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, shift))
    }

    /// A fresh zeroed stack temporary of `ty`'s layout; returns its address.
    pub(crate) fn temp(&mut self, ty: &Ty) -> Value {
        let l = golift_hir::layout(self.db, ty);
        let slot = self.new_slot(l.size, l.align);
        let addr = self.b.ins().stack_addr(PTR, slot, 0);
        self.non_nil.insert(addr);
        self.zero_mem(addr, l.size);
        addr
    }

    /// A fresh uninitialised stack temporary of `size` bytes (8-aligned).
    pub(crate) fn raw_temp(&mut self, size: u64) -> Value {
        let slot = self.new_slot(size, 8);
        self.b.ins().stack_addr(PTR, slot, 0)
    }

    /// Zeroes `size` bytes at `addr`.
    pub(crate) fn zero_mem(&mut self, addr: Value, size: u64) {
        if size <= 128 {
            let mut off = 0u64;
            while off < size {
                let (t, n) = match size - off {
                    r if r >= 8 => (types::I64, 8),
                    r if r >= 4 => (types::I32, 4),
                    r if r >= 2 => (types::I16, 2),
                    _ => (types::I8, 1),
                };
                let z = self.b.ins().iconst(t, 0);
                self.b.ins().store(Self::flags(), z, addr, off as i32);
                off += n;
            }
        } else {
            let zero = self.b.ins().iconst(types::I32, 0);
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.call_rt("memset", &[addr, zero, n]);
        }
    }

    /// Copies `size` bytes from `src` to `dst` (may overlap).
    pub(crate) fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size <= 64 {
            // Load everything first, then store: correct for overlapping ranges.
            let mut parts = Vec::new();
            let mut off = 0u64;
            while off < size {
                let (t, n) = match size - off {
                    r if r >= 8 => (types::I64, 8),
                    r if r >= 4 => (types::I32, 4),
                    r if r >= 2 => (types::I16, 2),
                    _ => (types::I8, 1),
                };
                let v = self.b.ins().load(t, Self::flags(), src, off as i32);
                parts.push((off, v));
                off += n;
            }
            for (off, v) in parts {
                self.b.ins().store(Self::flags(), v, dst, off as i32);
            }
        } else {
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.call_rt("memmove", &[dst, src, n]);
        }
    }

    /// Allocates `size` zeroed bytes on the heap.
    pub(crate) fn heap_alloc(&mut self, size: u64) -> Value {
        let n = self.b.ins().iconst(types::I64, size as i64);
        let p = match self.call_rt("runtime.newobject", &[n]).first() {
            Some(&p) => p,
            None => self.b.ins().iconst(PTR, 0),
        };
        self.non_nil.insert(p);
        p
    }

    /// Storage for one zeroed object of `ty` at allocation site `site`, as escape
    /// analysis decided: a stack slot or `runtime.newobject`.
    pub(crate) fn alloc_object(&mut self, site: ExprId, ty: &Ty) -> Value {
        if self.placement(site) == Placement::Stack {
            self.temp(ty)
        } else {
            let size = golift_hir::layout(self.db, ty).size;
            self.heap_alloc(size)
        }
    }

    /// The escape decision for an allocation site (heap when unknown).
    pub(crate) fn placement(&self, site: ExprId) -> Placement {
        self.esc
            .allocs
            .get(&site)
            .copied()
            .unwrap_or(Placement::Heap)
    }

    // ---- locals ----

    /// Locals whose address is taken somewhere in the body (`&x`, `&x.f`, `x[:]` of an
    /// array, `&x[i]` of an array).
    fn find_addr_taken(&self) -> HashSet<LocalId> {
        let mut set = HashSet::new();
        for (_, e) in self.decl.exprs.iter() {
            let root = match &e.kind {
                ExprKind::Unary {
                    op: UnaryOp::Addr,
                    x,
                } => *x,
                ExprKind::Slice { x, .. } => *x,
                _ => continue,
            };
            if let Some(l) = self.place_root(root) {
                set.insert(l);
            }
        }
        set
    }

    /// The local a place expression is part of, when it is stored in that local
    /// (fields of struct values, elements of arrays).
    pub(crate) fn place_root(&self, e: ExprId) -> Option<LocalId> {
        match &self.decl.exprs[e].kind {
            ExprKind::Name(_) => match self.inf.resolutions.get(&e) {
                Some(Res::Local(l)) => Some(*l),
                _ => None,
            },
            ExprKind::Paren(x) => self.place_root(*x),
            ExprKind::Selector { x, .. } | ExprKind::Index { x, .. } => {
                let t = golift_hir::underlying(self.db, &self.ty_of(*x));
                match t.kind() {
                    TyKind::Struct(_) | TyKind::Array(..) => self.place_root(*x),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn is_heap_local(&self, l: LocalId) -> bool {
        self.esc.heap_locals.contains(&l) || (!ESCAPE_LANDED && self.addr_taken.contains(&l))
    }

    /// Declares local `l` here, initialised with `init` (or zero).
    pub(crate) fn declare_local(&mut self, l: LocalId, init: Option<CValue>) {
        let ty = self.inf.locals[l].ty.clone();
        let r = repr(self.db, &ty);
        let lay = golift_hir::layout(self.db, &ty);
        let store = if self.is_heap_local(l) {
            let v = self.b.declare_var(PTR);
            let p = self.heap_alloc(lay.size);
            self.b.def_var(v, p);
            LocalStore::Heap(v)
        } else if matches!(r, Repr::Mem) || self.addr_taken.contains(&l) {
            let slot = match self.locals.get(&l) {
                Some(LocalStore::Slot(s)) => *s,
                _ => self.new_slot(lay.size, lay.align),
            };
            if init.is_none() {
                let addr = self.b.ins().stack_addr(PTR, slot, 0);
                self.zero_mem(addr, lay.size);
            }
            LocalStore::Slot(slot)
        } else {
            let vars = match (self.locals.get(&l), &r) {
                (Some(LocalStore::Vars(vs)), _) => vs.clone(),
                (_, Repr::Flat(parts)) => {
                    parts.iter().map(|&(_, t)| self.b.declare_var(t)).collect()
                }
                _ => Vec::new(),
            };
            if init.is_none() {
                if let Repr::Flat(parts) = &r {
                    for (v, &(_, t)) in vars.iter().zip(parts) {
                        let z = self.zero_scalar(t);
                        self.b.def_var(*v, z);
                    }
                }
            }
            LocalStore::Vars(vars)
        };
        self.locals.insert(l, store);
        if let Some(v) = init {
            let place = self.local_place(l);
            self.write_place(&place, &ty, v);
        }
    }

    /// The place of local `l` (declaring it zeroed if it was not declared yet).
    pub(crate) fn local_place(&mut self, l: LocalId) -> CPlace {
        if !self.locals.contains_key(&l) {
            self.declare_local(l, None);
        }
        match self.locals.get(&l) {
            Some(LocalStore::Vars(vs)) => CPlace::Vars(vs.clone()),
            Some(LocalStore::Slot(s)) => {
                let s = *s;
                CPlace::Addr(self.b.ins().stack_addr(PTR, s, 0))
            }
            Some(LocalStore::Heap(v)) => {
                let v = *v;
                CPlace::Addr(self.b.use_var(v))
            }
            None => CPlace::Vars(Vec::new()),
        }
    }

    pub(crate) fn zero_scalar(&mut self, t: ir::Type) -> Value {
        if t == types::F32 {
            self.b.ins().f32const(0.0)
        } else if t == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(t, 0)
        }
    }

    // ---- returns ----

    /// Emits a return of `vals` (one per Go result).
    pub(crate) fn emit_return(&mut self, vals: Vec<CValue>) {
        let mut rets = Vec::new();
        let tys = self.result_tys.clone();
        for (i, (v, ty)) in vals.into_iter().zip(tys.iter()).enumerate() {
            match self.result_ptrs.get(i).copied().flatten() {
                Some(out) => self.write_place(&CPlace::Addr(out), ty, v),
                None => rets.extend(self.flat_values(ty, v)),
            }
        }
        self.b.ins().return_(&rets);
        self.start_dead_block();
    }

    /// A bare `return`: returns the current values of the result variables.
    pub(crate) fn return_results(&mut self) {
        let results = self.inf.results.clone();
        let mut vals = Vec::new();
        for (i, l) in results.iter().enumerate() {
            let ty = self.result_tys.get(i).cloned().unwrap_or_else(Ty::invalid);
            let place = self.local_place(*l);
            vals.push(self.read_place(&place, &ty));
        }
        // Results without locals (should not happen): zero values.
        for ty in self.result_tys.clone().iter().skip(vals.len()) {
            vals.push(self.zero_value(ty));
        }
        self.emit_return(vals);
    }
}

/// The result of lowering one function.
pub(crate) struct Lowered {
    pub func: ir::Function,
    pub out: Outputs,
}

/// Lowers Go function `func` to Cranelift IR.
pub(crate) fn lower_func(
    db: &dyn Db,
    func: golift_hir::Func<'_>,
    call_conv: CallConv,
    x86: bool,
) -> Result<Lowered, Vec<(u32, String)>> {
    let Some(decl) = golift_hir::decl_ast(db, func) else {
        return Err(vec![(0, "function declaration not found".to_string())]);
    };
    let ast::DeclKind::Func(fdecl) = &decl.kind else {
        return Err(vec![(0, "not a function".to_string())]);
    };
    if fdecl.recv.is_some() {
        return Err(vec![(
            fdecl.name.span.start,
            "methods not supported yet".into(),
        )]);
    }
    if !fdecl.type_params.is_empty() {
        return Err(vec![(
            fdecl.name.span.start,
            "generic functions not supported yet".into(),
        )]);
    }
    let Some(body) = fdecl.body else {
        return Err(vec![(
            fdecl.name.span.start,
            "functions without body not supported yet".into(),
        )]);
    };
    let inf = golift_hir::infer(db, func);
    let esc = golift_escape::escape(db, func);
    let sig = golift_hir::signature(db, func);
    let param_tys: Vec<Ty> = sig.params.iter().map(|(_, t)| t.clone()).collect();
    let result_tys: Vec<Ty> = sig.results.iter().map(|(_, t)| t.clone()).collect();
    let abi = fn_abi(db, &param_tys, &result_tys, call_conv);

    let symbol = format!("main.{}", func.name(db));
    let mut function = ir::Function::with_name_signature(
        UserFuncName::testcase(symbol.as_bytes()),
        abi.sig.clone(),
    );
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut function, &mut fctx);
    let mut cx = FnCx::new(db, decl, inf, esc, b, call_conv, 0, func.package(db));
    cx.result_tys = result_tys.clone();
    cx.x86 = x86;

    let entry = cx.b.create_block();
    cx.b.append_block_params_for_function_params(entry);
    cx.b.switch_to_block(entry);
    cx.b.seal_block(entry);
    cx.set_loc(fdecl.name.span.start);
    let params: Vec<Value> = cx.b.block_params(entry).to_vec();
    let mut it = params.into_iter();
    for r in &abi.results {
        cx.result_ptrs.push(match r {
            Repr::Mem => it.next(),
            Repr::Flat(_) => None,
        });
    }
    let param_locals = cx.inf.params.clone();
    for (i, r) in abi.params.iter().enumerate() {
        let value = match r {
            Repr::Mem => match it.next() {
                Some(p) => CValue::Mem(p),
                None => continue,
            },
            Repr::Flat(parts) => CValue::Flat(it.by_ref().take(parts.len()).collect()),
        };
        let Some(&l) = param_locals.get(i) else {
            continue;
        };
        let is_mem_param = matches!(r, Repr::Mem);
        if is_mem_param && !cx.is_heap_local(l) {
            // The caller's copy is ours: use it as the variable's storage.
            if let CValue::Mem(p) = value {
                let v = cx.b.declare_var(PTR);
                cx.b.def_var(v, p);
                cx.locals.insert(l, LocalStore::Heap(v));
            }
            continue;
        }
        cx.declare_local(l, Some(value));
    }
    let result_locals = cx.inf.results.clone();
    for l in result_locals {
        if cx.inf.locals[l].kind == LocalKind::Result {
            cx.declare_local(l, None);
        }
    }

    cx.lower_stmt(body);
    // Falling off the end: Go requires a terminating statement in functions with
    // results, so this is reached only in functions without results.
    let end = decl.span.end.saturating_sub(1);
    cx.set_loc(end);
    cx.return_results();
    cx.b.ins().trap(ir::TrapCode::unwrap_user(1));
    cx.b.seal_all_blocks();
    let out = std::mem::take(&mut cx.out);
    let FnCx { b, .. } = cx;
    b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
        default_call_conv: call_conv,
        pointer_width: target_lexicon::PointerWidth::U64,
        page_size_align_log2: 12,
    });
    if !out.diags.is_empty() {
        return Err(out.diags);
    }
    Ok(Lowered {
        func: function,
        out,
    })
}
