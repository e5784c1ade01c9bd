//! One function's lowering context ([`FnCx`]) and the entry point that lowers a Go
//! function declaration to a Cranelift `Function`. The context's other methods live
//! with their concern: [`crate::locals`] (where variables live), [`crate::memory`]
//! (slots, allocation, copies), [`crate::runtime_calls`] (symbols, runtime calls,
//! checks), [`crate::stmt`], [`crate::expr`], [`crate::calls`], [`crate::ops`],
//! [`crate::convert`].
//!
//! Source locations: every instruction carries `SourceLoc(base + offset)` where `offset`
//! is the byte offset of its Go expression (gc's position of it: [`FnCx::src_loc`]) or
//! statement relative to the start of the function's declaration (so that a function's code does not change when another
//! function moves); `base` is 0 for functions. `main.init` spans several declarations
//! and uses the encoding of [`crate::init`].

use std::collections::{BTreeMap, HashMap, HashSet};

use cranelift_codegen::ir::{
    self, FuncRef, GlobalValue, InstBuilder, SourceLoc, StackSlot, UserFuncName, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use golift_escape::{EscapeResult, Placement};
use golift_hir::body::{AllocSiteId, Body, ExprId, LabelId};
use golift_hir::{Db, LocalId, LocalKind, Ty};

use crate::abi::{fn_abi, Repr, PTR};
use crate::place::{CValue, CValueInner};

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
    pub label: Option<LabelId>,
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
    /// Itabs referenced: symbol to (interface type, concrete type).
    pub itabs: BTreeMap<String, (Ty, Ty)>,
    /// "not supported yet" and similar: relative offset, message.
    pub diags: Vec<(u32, String)>,
    /// The bytes of every stack slot made, for gc's frame limit.
    pub frame_bytes: u64,
    /// Symbols referenced (0: functions, 1: data), named by `ExternalName::TestCase`
    /// so that the CLIF text shows them (`fn0 = colocated %runtime.newobject`).
    pub names: Vec<(u32, String)>,
    /// Declared functions used as values: their read-only closure objects are needed.
    pub func_values: std::collections::BTreeSet<String>,
    /// Methods whose method values are made: their `T.M-fm` wrappers are needed.
    pub method_values: std::collections::BTreeSet<golift_hir::FuncId>,
}

/// The lowering context of one function body.
pub(crate) struct FnCx<'a> {
    pub db: &'a dyn Db,
    /// The typed body being lowered: the only description of the code.
    pub body: &'a Body,
    /// Escape analysis: moved-to-heap locals and the placement of each allocation site.
    pub esc: &'a EscapeResult,
    pub placements: &'a HashMap<AllocSiteId, Placement>,
    pub b: FunctionBuilder<'a>,
    pub call_conv: CallConv,
    pub loc_base: u32,
    /// The relative offset of the current source location.
    pub cur_loc: u32,
    pub out: Outputs,
    pub(crate) func_refs: HashMap<String, FuncRef>,
    pub(crate) data_refs: HashMap<String, GlobalValue>,
    pub locals: HashMap<LocalId, LocalStore>,
    pub addr_taken: HashSet<LocalId>,
    pub loops: Vec<LoopTarget>,
    /// The block each label starts (see `stmt.rs`).
    pub labels: HashMap<LabelId, ir::Block>,
    /// For each result: its out-pointer (in-memory results) or `None`.
    pub result_ptrs: Vec<Option<Value>>,
    pub result_tys: Vec<Ty>,
    /// Whether the target is x86-64 (float to integer conversions differ, as in gc).
    pub x86: bool,
    /// Pointers known not to be nil (fresh allocations, stack addresses): no nil check.
    pub non_nil: HashSet<Value>,
    /// Pointers nil-checked on the straight line of code ending in block `nil_chain`
    /// (each check and bounds check continues it in a new block; any other block
    /// starts afresh): checked again only after control flow joins.
    pub nil_checked: HashSet<Value>,
    pub nil_chain: Option<ir::Block>,
    /// Lowering `main.init`'s variable initialisers: a package variable assigned here is
    /// still zero (Go initialises each once, before any code that refers to it runs),
    /// so a literal stored into it needs no zeroing first.
    pub initialising_globals: bool,
    /// The result locals of the function being lowered (a function literal's own).
    pub results: Vec<LocalId>,
    /// The function's deferred-call state, when it has `defer` statements.
    pub defer: Option<crate::defer::DeferCx>,
    /// While set, every instruction is on this location (a deferred call made by a
    /// `return` is on the return's line, as gc's).
    pub loc_override: Option<u32>,
}

impl<'a> FnCx<'a> {
    /// Seals every block and finalizes the function for a 64-bit target; returns what
    /// lowering collected.
    pub(crate) fn finalize(mut self) -> Outputs {
        self.b.seal_all_blocks();
        let out = std::mem::take(&mut self.out);
        self.b
            .finalize(cranelift_codegen::isa::TargetFrontendConfig {
                default_call_conv: self.call_conv,
                pointer_width: target_lexicon::PointerWidth::U64,
                page_size_align_log2: 12,
            });
        out
    }

    pub(crate) fn new(
        db: &'a dyn Db,
        body: &'a Body,
        esc: &'a EscapeResult,
        placements: &'a HashMap<AllocSiteId, Placement>,
        b: FunctionBuilder<'a>,
        call_conv: CallConv,
        loc_base: u32,
    ) -> FnCx<'a> {
        let mut cx = FnCx {
            db,
            body,
            esc,
            placements,
            b,
            call_conv,
            loc_base,
            cur_loc: 0,
            out: Outputs::default(),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            locals: HashMap::new(),
            addr_taken: HashSet::new(),
            loops: Vec::new(),
            labels: HashMap::new(),
            result_ptrs: Vec::new(),
            result_tys: Vec::new(),
            non_nil: HashSet::new(),
            nil_checked: HashSet::new(),
            nil_chain: None,
            x86: true,
            initialising_globals: false,
            results: body.results.clone(),
            defer: None,
            loc_override: None,
        };
        cx.addr_taken = cx.find_addr_taken();
        cx
    }

    // ---- diagnostics and source locations ----

    /// Records "`what` not supported yet" at relative offset `at`.
    pub(crate) fn unsupported(&mut self, at: u32, what: &str) {
        self.out.diags.push((at, golift_hir::not_supported(what)));
    }

    /// Tags the following instructions with the relative offset `at`.
    pub(crate) fn set_loc(&mut self, at: u32) {
        let at = self.loc_override.unwrap_or(at);
        self.cur_loc = at;
        self.b
            .set_srcloc(SourceLoc::new(self.loc_base.saturating_add(at)));
    }

    /// The source location of the code of expression `e`: gc's position of it (a call at
    /// its `(`, an index at its `[`, a binary expression at its operator, see
    /// [`golift_hir::body::GcFacts::pos`]), which is the line gc's tracebacks and
    /// listings give its instructions; diagnostics stay at the expression's start.
    pub(crate) fn src_loc(&self, e: ExprId) -> u32 {
        self.body
            .gc
            .get(&e)
            .map_or(self.body.exprs[e].pos, |g| g.pos)
    }

    /// The type of body expression `e`.
    pub(crate) fn ty_of(&self, e: ExprId) -> Ty {
        self.body.exprs[e].ty.clone()
    }

    /// The type of local `l`.
    pub(crate) fn local_ty(&self, l: LocalId) -> Ty {
        self.body.locals[l].ty.clone()
    }

    // ---- returns ----

    /// Emits a return of `vals` (one per Go result).
    pub(crate) fn emit_return(&mut self, vals: Vec<CValue>) {
        if self.defer.is_some() {
            self.defer_return(vals);
            return;
        }
        let mut rets = Vec::new();
        let tys = self.result_tys.clone();
        for (i, (v, ty)) in vals.into_iter().zip(tys.iter()).enumerate() {
            match self.result_ptrs.get(i).copied().flatten() {
                Some(out) => self.addr_place(ty, out).write(self, v),
                None => {
                    let v = v.expect(self, ty);
                    rets.extend(v.flat_values(self));
                }
            }
        }
        self.b.ins().return_(&rets);
        self.start_dead_block();
    }

    /// A bare `return`: returns the current values of the result variables.
    pub(crate) fn return_results(&mut self) {
        if self.defer_return(Vec::new()) {
            return;
        }
        let results = self.results.clone();
        let mut vals = Vec::new();
        for l in &results {
            let place = self.local_place(*l);
            vals.push(place.load(self));
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

/// Where the name of a function declaration starts relative to the declaration
/// (`func name(`; methods and generic functions never reach codegen).
/// gc's limit on a function's stack frame (`maxStackSize`, 1 GB): a frame at least this
/// large is a compile error, reported before Cranelift sees it.
const MAX_STACK_FRAME: u64 = 1 << 30;

/// gc's `stack frame too large (>1GB): N MB locals + M MB args` for `locals` bytes of
/// stack slots and `args` bytes of parameters and results, if the frame reaches the limit.
pub(crate) fn frame_too_large(locals: u64, args: u64) -> Option<String> {
    (locals.saturating_add(args) >= MAX_STACK_FRAME).then(|| {
        format!(
            "stack frame too large (>1GB): {} MB locals + {} MB args",
            locals >> 20,
            args >> 20
        )
    })
}

const FUNC_NAME_OFFSET: u32 = 5;

/// What distinguishes the code of one function of a body: a declared function's
/// parameters and results, or a function literal's (with its closure).
struct Shape {
    params: Vec<golift_hir::LocalId>,
    results: Vec<golift_hir::LocalId>,
    param_tys: Vec<Ty>,
    result_tys: Vec<Ty>,
    root: golift_hir::body::StmtId,
    end: u32,
    /// For a function literal: which closure, whose context is the last parameter.
    closure: Option<golift_hir::body::ClosureId>,
    /// Where its name is (positions of its diagnostics).
    name_at: u32,
}

/// Lowers Go function `func` (its typed body and escape's decisions) to Cranelift IR.
pub(crate) fn lower_func(
    db: &dyn Db,
    func: golift_hir::Func<'_>,
    call_conv: CallConv,
    x86: bool,
) -> Result<Lowered, Vec<(u32, String)>> {
    let id = golift_hir::FuncId::new(func);
    let symbol = golift_hir::symbols::func_symbol(db, id);
    if id.closure_path(db).is_some() {
        let Some((body, clo)) = golift_hir::body::closure_body(db, id) else {
            return Err(vec![(
                FUNC_NAME_OFFSET,
                format!("internal compiler error: no body for function literal {symbol}"),
            )]);
        };
        let owner = id.outermost(db).func(db);
        let esc = golift_escape::escape(db, owner);
        let placements = golift_escape::site_placements(db, owner);
        let c = &body.closures[clo];
        let shape = Shape {
            params: c.params.clone(),
            results: c.results.clone(),
            param_tys: c
                .params
                .iter()
                .map(|&l| body.locals[l].ty.clone())
                .collect(),
            result_tys: c
                .results
                .iter()
                .map(|&l| body.locals[l].ty.clone())
                .collect(),
            root: c.root,
            end: c.end,
            closure: Some(clo),
            name_at: c.pos,
        };
        return lower_shape(db, &symbol, &body, esc, placements, shape, call_conv, x86);
    }
    let body = golift_hir::body::body(db, func);
    let Some(root) = body.root else {
        return Err(vec![(
            FUNC_NAME_OFFSET,
            golift_hir::not_supported("functions without body"),
        )]);
    };
    let esc = golift_escape::escape(db, func);
    let placements = golift_escape::site_placements(db, func);
    let sig = golift_hir::signature(db, func);
    let shape = Shape {
        params: body.params.clone(),
        results: body.results.clone(),
        param_tys: sig.param_tys(),
        result_tys: sig.results.iter().map(|(_, t)| t.clone()).collect(),
        root,
        end: body.end,
        closure: None,
        name_at: FUNC_NAME_OFFSET,
    };
    lower_shape(db, &symbol, &body, esc, placements, shape, call_conv, x86)
}

#[allow(clippy::too_many_arguments)]
fn lower_shape(
    db: &dyn Db,
    symbol: &str,
    body: &Body,
    esc: &EscapeResult,
    placements: &HashMap<AllocSiteId, golift_escape::Placement>,
    shape: Shape,
    call_conv: CallConv,
    x86: bool,
) -> Result<Lowered, Vec<(u32, String)>> {
    let param_tys = shape.param_tys.clone();
    let result_tys = shape.result_tys.clone();
    let abi = fn_abi(db, &param_tys, &result_tys, call_conv);
    let mut sig = abi.sig.clone();
    if shape.closure.is_some() {
        sig.params.push(ir::AbiParam::new(PTR));
    }
    let mut function =
        ir::Function::with_name_signature(UserFuncName::testcase(symbol.as_bytes()), sig);
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut function, &mut fctx);
    let mut cx = FnCx::new(db, body, esc, placements, b, call_conv, 0);
    cx.result_tys = result_tys.clone();
    cx.results = shape.results.clone();
    cx.x86 = x86;
    if shape.closure.is_none() {
        for (at, what) in &body.unsupported {
            cx.unsupported(*at, what);
        }
    }

    let entry = cx.b.create_block();
    cx.b.append_block_params_for_function_params(entry);
    cx.b.switch_to_block(entry);
    cx.b.seal_block(entry);
    cx.set_loc(shape.name_at);
    let params: Vec<Value> = cx.b.block_params(entry).to_vec();
    let ctx = if shape.closure.is_some() {
        params.last().copied()
    } else {
        None
    };
    let mut it = params.into_iter();
    for r in &abi.results {
        cx.result_ptrs.push(match r {
            Repr::Mem => it.next(),
            Repr::Flat(_) => None,
        });
    }
    if let (Some(clo), Some(ctx)) = (shape.closure, ctx) {
        cx.bind_captures(clo, ctx);
    }
    let param_locals = shape.params.clone();
    for (i, (r, ty)) in abi.params.iter().zip(&param_tys).enumerate() {
        let value = match r {
            Repr::Mem => match it.next() {
                Some(p) => cx.by_ref(ty, p),
                None => continue,
            },
            Repr::Flat(parts) => {
                let vals = it.by_ref().take(parts.len()).collect();
                cx.by_val(ty, vals)
            }
        };
        let Some(&l) = param_locals.get(i) else {
            continue;
        };
        let is_mem_param = matches!(r, Repr::Mem);
        if is_mem_param && !cx.is_heap_local(l) {
            // The caller's copy is ours: use it as the variable's storage.
            if let CValueInner::Mem(p) = *value.inner() {
                let v = cx.b.declare_var(PTR);
                cx.b.def_var(v, p);
                cx.locals.insert(l, LocalStore::Heap(v));
            }
            continue;
        }
        cx.declare_local(l, Some(value));
    }
    let defers = cx.defer_stmts(shape.root);
    let has_defers = !defers.is_empty();
    if has_defers {
        // Deferred calls and the exit path read and write the results in memory.
        cx.addr_taken.extend(shape.results.iter().copied());
    }
    for &l in &shape.results {
        if body.locals[l].kind == LocalKind::Result || has_defers {
            cx.declare_local(l, None);
        }
    }
    if has_defers {
        cx.enter_defer_frame(defers, shape.end);
    }

    cx.lower_stmt(shape.root);
    // Falling off the end: Go requires a terminating statement in functions with
    // results, so this is reached only in functions without results.
    cx.set_loc(shape.end);
    cx.return_results();
    cx.b.ins().trap(ir::TrapCode::unwrap_user(1));
    cx.finish_defer();
    let out = cx.finalize();
    if !out.diags.is_empty() {
        return Err(out.diags);
    }
    let args: u64 = param_tys
        .iter()
        .chain(&result_tys)
        .map(|t| golift_hir::layout_of(db, t).size)
        .fold(0, u64::saturating_add);
    if let Some(msg) = frame_too_large(out.frame_bytes, args) {
        return Err(vec![(shape.name_at, msg)]);
    }
    Ok(Lowered {
        func: function,
        out,
    })
}
