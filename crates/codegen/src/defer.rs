//! `defer` statements, `recover()` and the exit path of a function with deferred calls
//! (docs/runtime-abi.md, "Defer, panic and recover").
//!
//! A function with `defer` statements reserves a frame record (`runtime.deferframe_enter`
//! registers it on entry; that call returns a second time, with the record, when a
//! panic reaches the function). Its results live in memory, and the record holds their
//! addresses (and the out-pointers of results returned in memory), so that the exit
//! path needs nothing but the record: Cranelift knows nothing of the second return, so
//! the code after it must not read any value computed before the call. Every `return`
//! stores its values into the results and jumps to the exit path, which pops and makes
//! the deferred calls (`runtime.deferpop`; a `defer` statement's operands were stored in
//! its heap record by `runtime.deferproc`), then `runtime.deferframe_exit`, then loads
//! and returns the results. What this module does not do: `go` statements (rejected).

use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, StackSlot, Value};
use golift_hir::body::{Callee, ExprKind, StmtId, StmtKind};
use golift_hir::{LocalId, Ty};

use crate::abi::PTR;
use crate::func::{FnCx, LocalStore};
use crate::place::CValue;

/// Bytes of the runtime's `DeferFrame` (crates/runtime/src/defer.rs).
const FRAME_HEADER: u32 = 224;
/// Bytes of a deferred call's record header (next, statement index).
const REC_HEADER: u64 = 16;

/// The defer state of the function being lowered.
pub(crate) struct DeferCx {
    slot: StackSlot,
    /// The exit path; its parameter is the frame record.
    exit: ir::Block,
    /// The function's `defer` statements; a record names one by its index here.
    stmts: Vec<StmtId>,
    /// Where the function's closing brace is.
    end: u32,
}

impl FnCx<'_> {
    /// The `defer` statements of the function whose body is `root` (not those of the
    /// function literals in it, which are functions of their own), in source order.
    pub(crate) fn defer_stmts(&self, root: StmtId) -> Vec<StmtId> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(s) = stack.pop() {
            let kind = &self.body.stmts[s].kind;
            if matches!(kind, StmtKind::Defer { .. }) {
                out.push(s);
            }
            stack.extend(kind.sub_stmts().into_iter().rev());
        }
        out
    }

    /// At the entry, after the parameters and results are declared (results in
    /// memory): the frame record with the results' addresses, registered; continues in
    /// the body, or at the exit path when a panic resumes the function.
    pub(crate) fn enter_defer_frame(&mut self, stmts: Vec<StmtId>, end: u32) {
        let nres = self.results.len() as u32;
        let slot = self.new_slot(u64::from(FRAME_HEADER + 16 * nres), 16);
        let frame = self.b.ins().stack_addr(PTR, slot, 0);
        for (i, l) in self.results.clone().into_iter().enumerate() {
            let place = self.local_place(l);
            let Some(addr) = place.addr() else {
                self.internal_error(format!(
                    "result {i} of a function with defer is not in memory"
                ));
                return;
            };
            let off = (FRAME_HEADER + 16 * i as u32) as i32;
            self.b.ins().store(Self::flags(), addr, frame, off);
            let out = match self.result_ptrs.get(i).copied().flatten() {
                Some(p) => p,
                None => self.b.ins().iconst(PTR, 0),
            };
            self.b.ins().store(Self::flags(), out, frame, off + 8);
        }
        let r = self.call_rt("runtime.deferframe_enter", &[frame]);
        let exit = self.b.create_block();
        self.b.append_block_param(exit, PTR);
        let body = self.b.create_block();
        let Some(&r) = r.first() else { return };
        self.b.ins().brif(r, exit, &[r.into()], body, &[]);
        self.b.seal_block(body);
        self.b.switch_to_block(body);
        self.defer = Some(DeferCx {
            slot,
            exit,
            stmts,
            end,
        });
    }

    /// `return` in a function with deferred calls: `vals` (none for a bare return) go to
    /// the results, then the exit path runs. Returns false when the function has none.
    pub(crate) fn defer_return(&mut self, vals: Vec<CValue>) -> bool {
        let Some((slot, exit)) = self.defer.as_ref().map(|d| (d.slot, d.exit)) else {
            return false;
        };
        // Every value is read before any result is written (`return b, a`).
        let vals: Vec<CValue> = vals.into_iter().map(|v| v.stabilize(self)).collect();
        for (l, v) in self.results.clone().into_iter().zip(vals) {
            let place = self.local_place(l);
            place.write(self, v);
        }
        let _ = exit;
        let frame = self.b.ins().stack_addr(PTR, slot, 0);
        let loc = self.cur_loc;
        self.exit_path(frame, loc);
        true
    }

    /// The record layout of `temps`: each one's offset in the record, and the size
    /// after the header.
    fn record_layout(&self, temps: &[LocalId]) -> (Vec<u64>, u64) {
        let mut off = REC_HEADER;
        let mut offs = Vec::new();
        for &t in temps {
            let lay = self.layout(&self.local_ty(t));
            let align = lay.align.max(1);
            off = off.div_ceil(align) * align;
            offs.push(off);
            off += lay.size;
        }
        (offs, off - REC_HEADER)
    }

    /// A `defer` statement: its operands are evaluated into the temporaries, then
    /// copied into a new record on the frame's list.
    pub(crate) fn lower_defer(&mut self, s: StmtId, pre: &[StmtId], temps: &[LocalId]) {
        for &p in pre {
            self.lower_stmt(p);
        }
        let Some((slot, index)) = self
            .defer
            .as_ref()
            .map(|d| (d.slot, d.stmts.iter().position(|&x| x == s)))
        else {
            self.internal_error("a defer statement outside a function with defers".into());
            return;
        };
        let Some(index) = index else {
            self.internal_error("a defer statement the function does not list".into());
            return;
        };
        self.set_loc(self.body.stmts[s].pos);
        // `defer i.M()` evaluates the method value `i.M` here: a nil interface panics
        // at the statement, as gc's.
        if let StmtKind::Defer { call, .. } = &self.body.stmts[s].kind {
            if let ExprKind::Call {
                callee: Callee::Interface { recv, .. },
                ..
            } = &self.body.exprs[*call].kind
            {
                let words = self.expr(*recv).words(self);
                if let Some(&tab) = words.first() {
                    self.nil_check(tab);
                }
            }
        }
        let (offs, size) = self.record_layout(temps);
        let frame = self.b.ins().stack_addr(PTR, slot, 0);
        let idx = self.b.ins().iconst(ir::types::I64, index as i64);
        let sz = self.b.ins().iconst(ir::types::I64, size as i64);
        let Some(&rec) = self.call_rt("runtime.deferproc", &[frame, idx, sz]).first() else {
            return;
        };
        for (&t, &off) in temps.iter().zip(&offs) {
            let v = self.local_place(t).load(self);
            let ty = self.local_ty(t);
            let addr = self.b.ins().iadd_imm_s(rec, off as i64);
            self.addr_place(&ty, addr).write(self, v);
        }
    }

    /// The exit path of the frame record `frame`: pops and makes the deferred calls,
    /// unregisters the frame (which goes on panicking if a panic brought the function
    /// here and no deferred call recovered it), then returns the results. Reads only
    /// the record it is given. Its code is on line `loc` (each `return` has its own
    /// copy, on the return's line, where gc's tracebacks put the deferred calls).
    fn exit_path(&mut self, frame: Value, loc: u32) {
        let Some(stmts) = self.defer.as_ref().map(|d| d.stmts.clone()) else {
            return;
        };
        let saved_override = self.loc_override.replace(loc);
        self.set_loc(loc);
        let head = self.b.create_block();
        self.b.append_block_param(head, PTR);
        self.b.ins().jump(head, &[frame.into()]);
        self.b.switch_to_block(head);
        let frame = self.b.block_params(head)[0];
        let Some(&rec) = self.call_rt("runtime.deferpop", &[frame]).first() else {
            return;
        };
        let done = self.b.create_block();
        self.b.append_block_param(done, PTR);
        let mut next = self.b.create_block();
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, rec, 0);
        self.b.ins().brif(is_null, done, &[frame.into()], next, &[]);
        for (index, &s) in stmts.iter().enumerate() {
            self.b.switch_to_block(next);
            let idx = self.b.ins().load(ir::types::I64, Self::flags(), rec, 8);
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, idx, index as i64);
            let arm = self.b.create_block();
            next = self.b.create_block();
            self.b.ins().brif(is, arm, &[], next, &[]);
            self.b.switch_to_block(arm);
            let (temps, call) = match &self.body.stmts[s].kind {
                StmtKind::Defer { temps, call, .. } => (temps.clone(), *call),
                _ => {
                    self.b.ins().trap(ir::TrapCode::unwrap_user(1));
                    continue;
                }
            };
            let (offs, _) = self.record_layout(&temps);
            for (&t, &off) in temps.iter().zip(&offs) {
                let v = self.b.declare_var(PTR);
                let addr = self.b.ins().iadd_imm_s(rec, off as i64);
                self.b.def_var(v, addr);
                self.locals.insert(t, LocalStore::Heap(v));
            }
            self.expr_multi(call);
            self.b.ins().jump(head, &[frame.into()]);
        }
        // No statement has this index: the record is not this function's.
        self.b.switch_to_block(next);
        self.b.ins().trap(ir::TrapCode::unwrap_user(1));

        self.b.switch_to_block(done);
        let frame = self.b.block_params(done)[0];
        self.call_rt("runtime.deferframe_exit", &[frame]);
        let mut rets = Vec::new();
        let tys: Vec<Ty> = self.result_tys.clone();
        for (i, ty) in tys.iter().enumerate() {
            let off = (FRAME_HEADER + 16 * i as u32) as i32;
            let addr = self.b.ins().load(PTR, Self::flags(), frame, off);
            let v = self.load_value(addr, ty);
            if self.result_ptrs.get(i).copied().flatten().is_some() {
                let out = self.b.ins().load(PTR, Self::flags(), frame, off + 8);
                self.addr_place(ty, out).write(self, v);
            } else {
                rets.extend(v.flat_values(self));
            }
        }
        self.b.ins().return_(&rets);
        self.loc_override = saved_override;
        self.start_dead_block();
    }

    /// After the body: the exit path a panic resumes the function at (on the line of
    /// the closing brace).
    pub(crate) fn finish_defer(&mut self) {
        let Some((exit, end)) = self.defer.as_ref().map(|d| (d.exit, d.end)) else {
            return;
        };
        self.b.switch_to_block(exit);
        let frame = self.b.block_params(exit)[0];
        self.exit_path(frame, end);
        self.defer = None;
    }

    /// `recover()`: the runtime checks that the calling function was called directly by
    /// the deferred-call code of a panicking function, from this function's frame
    /// pointer.
    pub(crate) fn recover_call(&mut self, ty: &Ty) -> CValue {
        let fp = self.b.ins().get_frame_pointer(PTR);
        let vals = self.call_rt("runtime.gorecover", &[fp]);
        self.by_val(ty, vals)
    }
}
