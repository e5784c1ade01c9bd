//! Lowering body statements: declarations, the assignment forms, `if`, `for`, `range`,
//! `switch`, `return`, `break` and `continue` (by [`LabelId`]), labels and `goto`. Statements carry their positions;
//! `:=` and `var` are explicit [`StmtKind::Decl`]s.

use cranelift_codegen::ir::{condcodes::IntCC, types, Block, InstBuilder, Value};
use golift_hir::body::{BinOp, ExprId, ExprKind, LabelId, StmtId, StmtKind, SwitchClause};
use golift_hir::{LocalId, Ty, TyKind};

use crate::abi::is_string;
use crate::func::{FnCx, LoopTarget};
use crate::place::{CPlace, CValue};

/// Where an assignment stores: a place, a local declared by `:=` in a range, or nowhere
/// (`_`).
enum Target {
    Place(CPlace),
    Define(LocalId),
    /// `m[k]`: map and key evaluated, stored by `runtime.mapassign`.
    Map(crate::map::MapEntry),
    Discard,
    /// A range key or value place other than a variable: evaluated on every iteration
    /// (`for a[f()] = range x` calls `f` each time).
    EachIteration(ExprId),
}

impl FnCx<'_> {
    pub(crate) fn lower_stmt(&mut self, s: StmtId) {
        let stmt = &self.body.stmts[s];
        let at = stmt.pos;
        self.set_loc(at);
        match stmt.kind.clone() {
            StmtKind::Block(stmts) => {
                for st in stmts {
                    self.lower_stmt(st);
                }
            }
            StmtKind::Expr(e) => {
                self.expr_multi(e);
            }
            StmtKind::Defer { pre, temps, .. } => self.lower_defer(s, &pre, &temps),
            StmtKind::Go { .. } => self.unsupported(at, "go statements"),
            StmtKind::Decl { local, init } => {
                if init.is_some_and(|e| self.declare_with_literal(local, e)) {
                    return;
                }
                let v = init.map(|e| self.expr(e));
                self.set_loc(at);
                self.declare_local(local, v);
            }
            StmtKind::Assign { lhs: None, rhs } => self.discard(rhs),
            StmtKind::Assign { lhs, rhs } => {
                let t = self.target(lhs);
                if let (Target::Place(p), Some(dest)) = (&t, lhs) {
                    if self.assign_literal(dest, p, rhs) {
                        return;
                    }
                }
                let v = self.expr(rhs);
                self.assign_to(t, v);
            }
            StmtKind::AssignParallel { lhs, rhs } => {
                let targets: Vec<Target> = lhs.iter().map(|&l| self.target(l)).collect();
                let mut vals = Vec::new();
                for r in rhs {
                    let v = self.expr(r).stabilize(self);
                    vals.push(v);
                }
                for (t, v) in targets.into_iter().zip(vals) {
                    self.assign_to(t, v);
                }
            }
            StmtKind::AssignCall { lhs, call, convs } => {
                let targets: Vec<Target> = lhs.iter().map(|&l| self.target(l)).collect();
                let vals = self.expr_multi(call);
                if vals.len() != targets.len() || convs.len() != targets.len() {
                    let msg = "internal compiler error: a multi-valued assignment whose parts do not match";
                    self.unsupported(at, msg);
                    return;
                }
                for ((t, v), conv) in targets.into_iter().zip(vals).zip(convs) {
                    let v = match conv {
                        Some(c) => self.conv_iface(c.site, v, &c.iface),
                        None => v,
                    };
                    self.assign_to(t, v);
                }
            }
            StmtKind::AssignCommaOk { value, .. } if self.is_receive(value) => {
                self.reject_receive(value)
            }
            StmtKind::AssignCommaOk { lhs, value } => self.lower_assign_comma_ok(&lhs, value, at),
            StmtKind::Send { .. } => self.unsupported(at, "channel sends"),
            StmtKind::Select { .. } => self.unsupported(at, "select statements"),
            StmtKind::OpAssign { op, lhs, rhs } => self.lower_op_assign(op, lhs, rhs, at),
            StmtKind::Return(exprs) => {
                if exprs.is_empty() {
                    self.return_results();
                } else {
                    let vals = exprs.iter().map(|&e| self.expr(e)).collect();
                    self.emit_return(vals);
                }
            }
            StmtKind::If { cond, then, els } => {
                let c = self.cond(cond);
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(c, then_b, &[], else_b, &[]);
                self.b.seal_block(then_b);
                self.b.seal_block(else_b);
                self.b.switch_to_block(then_b);
                self.lower_stmt(then);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(else_b);
                if let Some(e) = els {
                    self.lower_stmt(e);
                }
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
                self.b.seal_block(join);
            }
            StmtKind::For {
                label,
                cond,
                post,
                body,
            } => {
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let cont = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.set_loc(at);
                match cond {
                    Some(c) => {
                        let c = self.cond(c);
                        self.b.ins().brif(c, body_b, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.b.seal_block(body_b);
                self.b.switch_to_block(body_b);
                self.loop_body(label, exit, cont, body);
                if let Some(p) = post {
                    self.lower_stmt(p);
                }
                self.b.ins().jump(header, &[]);
                self.b.seal_block(header);
                self.b.seal_block(exit);
                self.b.switch_to_block(exit);
            }
            StmtKind::Range {
                label,
                key,
                value,
                define,
                x,
                body,
            } => self.lower_range(key, value, define, x, body, label, at),
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                let is_break = matches!(self.body.stmts[s].kind, StmtKind::Break(_));
                let target = self.loops.iter().rev().find_map(|t| {
                    let label_ok = label.is_none() || t.label == label;
                    match (is_break, label_ok) {
                        (true, true) => Some(t.brk),
                        (false, true) => t.cont,
                        _ => None,
                    }
                });
                match target {
                    Some(t) => {
                        self.b.ins().jump(t, &[]);
                        self.start_dead_block();
                    }
                    None => self.unsupported(at, "this branch statement"),
                }
            }
            StmtKind::Switch {
                label,
                tag,
                clauses,
            } => self.lower_switch(label, tag, &clauses),
            StmtKind::Label(l) => {
                let blk = self.label_block(l);
                self.b.ins().jump(blk, &[]);
                self.b.switch_to_block(blk);
            }
            StmtKind::Goto(l) => {
                let blk = self.label_block(l);
                self.b.ins().jump(blk, &[]);
                self.start_dead_block();
            }
            StmtKind::TypeSwitch { label, x, clauses } => {
                self.lower_type_switch(label, x, &clauses)
            }
        }
    }

    /// The block that starts at label `l` (sealed with every block at the end: a `goto`
    /// may jump to it from anywhere in the function).
    fn label_block(&mut self, l: LabelId) -> Block {
        if let Some(&blk) = self.labels.get(&l) {
            return blk;
        }
        let blk = self.b.create_block();
        self.labels.insert(l, blk);
        blk
    }

    /// An expression switch: the tag once, then each case value in source order compared
    /// with it, branching to the first clause with an equal one (to `default`, or past
    /// the switch, when none is); a clause ending in `fallthrough` continues into the
    /// next clause's body.
    fn lower_switch(
        &mut self,
        label: Option<LabelId>,
        tag: Option<ExprId>,
        clauses: &[SwitchClause],
    ) {
        let tag = tag.map(|t| self.expr(t).stabilize(self));
        let exit = self.b.create_block();
        let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
        for (c, &body) in clauses.iter().zip(&bodies) {
            for &v in &c.values {
                let vpos = self.body.exprs[v].pos;
                let hit = match &tag {
                    Some(t) => {
                        let value = self.expr(v);
                        self.set_loc(vpos);
                        self.compare(BinOp::Eq, t.clone(), value, vpos)
                    }
                    None => self.cond(v),
                };
                self.branch_if(hit, body);
            }
        }
        let default = clauses
            .iter()
            .zip(&bodies)
            .find(|(c, _)| c.is_default)
            .map(|(_, &b)| b);
        self.end_case_tests(default, exit, label);
        for (i, (c, &body)) in clauses.iter().zip(&bodies).enumerate() {
            self.b.switch_to_block(body);
            self.lower_stmt(c.body);
            let next = match (c.fallthrough, bodies.get(i + 1)) {
                (true, Some(&n)) => n,
                _ => exit,
            };
            self.b.ins().jump(next, &[]);
        }
        self.loops.pop();
        for body in bodies {
            self.b.seal_block(body);
        }
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    /// `x op= y`: `x`'s place is evaluated once.
    fn lower_op_assign(&mut self, op: BinOp, lhs: ExprId, rhs: ExprId, at: u32) {
        if let ExprKind::MapIndex { x, key, .. } = self.body.exprs[lhs].kind {
            self.lower_map_op_assign(op, x, key, rhs, at);
            return;
        }
        let Some(place) = self.place(lhs) else {
            return;
        };
        let cur = place.load(self);
        let rv = self.expr(rhs);
        self.set_loc(at);
        let ty = place.ty().clone();
        let v = self.binary_op_values(op, &ty, cur, rv, at);
        place.write(self, v);
    }

    /// Where assigning to `e` stores (`None`: `_`).
    /// Branches to `target` when `hit`; continues in a fresh block otherwise (one case
    /// test of a switch).
    pub(crate) fn branch_if(&mut self, hit: Value, target: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(hit, target, &[], next, &[]);
        self.b.seal_block(next);
        self.b.switch_to_block(next);
    }

    /// After a switch's case tests: on to the `default` clause's block (or `exit`), and
    /// `exit` is where `break` (labelled `label` or not) goes from the clauses.
    pub(crate) fn end_case_tests(
        &mut self,
        default: Option<Block>,
        exit: Block,
        label: Option<LabelId>,
    ) {
        self.b.ins().jump(default.unwrap_or(exit), &[]);
        self.loops.push(LoopTarget {
            label,
            brk: exit,
            cont: None,
        });
    }

    /// A loop's body with `break` to `exit` and `continue` to `cont` (labelled
    /// `label`), falling through to `cont`, where code continues.
    fn loop_body(
        &mut self,
        label: Option<golift_hir::body::LabelId>,
        exit: cranelift_codegen::ir::Block,
        cont: cranelift_codegen::ir::Block,
        body: StmtId,
    ) {
        self.loops.push(LoopTarget {
            label,
            brk: exit,
            cont: Some(cont),
        });
        self.lower_stmt(body);
        self.loops.pop();
        self.b.ins().jump(cont, &[]);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
    }

    /// `v, ok = x.(T)`: the destinations' operands, the assertion, then the stores.
    fn lower_assign_comma_ok(&mut self, lhs: &[Option<ExprId>], value: ExprId, at: u32) {
        let targets: Vec<Target> = lhs.iter().map(|&l| self.target(l)).collect();
        if let (ExprKind::MapIndex { x, key, .. }, TyKind::Tuple(tys)) = (
            self.body.exprs[value].kind.clone(),
            self.ty_of(value).kind().clone(),
        ) {
            let Some(bool_ty) = tys.get(1) else {
                self.internal_error("a comma-ok map index without a bool".into());
                return;
            };
            self.set_loc(at);
            let Some((v, ok)) = self.lower_map_index_ok(x, key, bool_ty) else {
                return;
            };
            self.assign_comma_ok_values(lhs, targets, v, ok);
            return;
        }
        let (ExprKind::TypeAssert { x, comma_ok: true }, TyKind::Tuple(tys)) = (
            self.body.exprs[value].kind.clone(),
            self.ty_of(value).kind().clone(),
        ) else {
            self.internal_error("a comma-ok assignment of something else".into());
            return;
        };
        let (Some(to), Some(bool_ty), 2) = (tys.first(), tys.get(1), targets.len()) else {
            self.internal_error("a comma-ok assignment without two destinations".into());
            return;
        };
        let xv = self.expr(x);
        self.set_loc(at);
        let (v, ok) = self.type_assert_ok(xv, to);
        let ok = self.by_scalar(bool_ty, ok);
        self.assign_comma_ok_values(lhs, targets, v, ok);
    }

    /// Stores a comma-ok expression's two results.
    fn assign_comma_ok_values(
        &mut self,
        lhs: &[Option<ExprId>],
        targets: Vec<Target>,
        v: CValue,
        ok: CValue,
    ) {
        // A result stored to an interface destination is converted as gc's order
        // does it, after escape analysis: a pointer-shaped value is its data word,
        // any other is copied to the heap (the body has no conversion here).
        let mut vals = Vec::new();
        for (i, v) in [v, ok].into_iter().enumerate() {
            vals.push(match lhs.get(i).copied().flatten() {
                Some(d) if is_iface(self.db, &self.ty_of(d)) => {
                    let dty = self.ty_of(d);
                    self.conv_iface_heap(v, &dty)
                }
                _ => v,
            });
        }
        for (t, v) in targets.into_iter().zip(vals) {
            self.assign_to(t, v);
        }
    }

    fn target(&mut self, e: Option<ExprId>) -> Target {
        let Some(e) = e else {
            return Target::Discard;
        };
        if let ExprKind::MapIndex { x, key, .. } = self.body.exprs[e].kind {
            return match self.map_entry(x, key) {
                Some(m) => Target::Map(m),
                None => Target::Discard,
            };
        }
        match self.place(e) {
            Some(p) => Target::Place(p),
            None => Target::Discard,
        }
    }

    fn assign_to(&mut self, t: Target, v: CValue) {
        match t {
            Target::Place(p) => p.write(self, v),
            Target::Define(l) => self.declare_local(l, Some(v)),
            Target::EachIteration(e) => {
                let t = self.target(Some(e));
                self.assign_to(t, v)
            }
            Target::Map(m) => self.map_store(&m, v),
            Target::Discard => {}
        }
    }

    /// A range key or value: a local declared for the whole loop (`:=`, Go 1.19), a
    /// variable, or a place evaluated on every iteration.
    fn range_target(&mut self, e: Option<ExprId>, define: bool) -> Option<Target> {
        let e = e?;
        match self.body.exprs[e].kind {
            ExprKind::Local(l) if define => Some(Target::Define(l)),
            ExprKind::Local(_) => Some(self.target(Some(e))),
            _ => Some(Target::EachIteration(e)),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn lower_range(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: StmtId,
        label: Option<LabelId>,
        at: u32,
    ) {
        let xty = self.ty_of(x);
        let under = golift_hir::underlying(self.db, &xty);
        if let TyKind::Map(k, v) = under.kind() {
            let (k, v) = (k.clone(), v.clone());
            self.lower_map_range([key, value], [k, v], define, x, body, label);
            return;
        }
        // What is ranged over: (base pointer, length, element type) or a string.
        let (base, len, elem, is_str) = match under.kind() {
            TyKind::Slice(elem) => {
                let vals = self.expr(x).words(self);
                (vals[0], vals[1], elem.clone(), false)
            }
            TyKind::Array(n, elem) => {
                let v = self.expr(x);
                let v = if value.is_some() {
                    v.stabilize(self)
                } else {
                    v
                };
                let addr = v.addr(self);
                let len = self.b.ins().iconst(types::I64, *n as i64);
                (addr, len, elem.clone(), false)
            }
            TyKind::Pointer(p) => {
                let pu = golift_hir::underlying(self.db, p);
                let TyKind::Array(n, elem) = pu.kind() else {
                    self.unsupported(at, "range over this type");
                    return;
                };
                let (n, elem) = (*n, elem.clone());
                let ptr = self.expr(x).words(self)[0];
                if value.is_some() {
                    self.nil_check(ptr);
                }
                let len = self.b.ins().iconst(types::I64, n as i64);
                (ptr, len, elem, false)
            }
            TyKind::Basic(_) if is_string(self.db, &xty) => {
                let vals = self.expr(x).words(self);
                (
                    vals[0],
                    vals[1],
                    golift_hir::Ty::basic(golift_hir::BasicKind::Int32),
                    true,
                )
            }
            TyKind::Chan(..) => {
                self.unsupported(at, "range over channels");
                return;
            }
            _ => {
                self.unsupported(at, "range over this type");
                return;
            }
        };
        let key_t = self.range_target(key, define);
        let val_t = self.range_target(value, define);
        // Range variables declared by `:=` live across the whole loop (Go 1.19).
        for t in [&key_t, &val_t].into_iter().flatten() {
            if let Target::Define(l) = t {
                self.declare_local(*l, None);
            }
        }
        let idx = self.b.declare_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(idx, zero);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let i = self.b.use_var(idx);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
        self.b.ins().brif(more, body_b, &[], exit, &[]);
        self.b.seal_block(body_b);
        self.b.switch_to_block(body_b);
        let i = self.b.use_var(idx);
        let int = Ty::basic(golift_hir::BasicKind::Int);
        let key_v = self.by_scalar(&int, i);
        let next_i;
        if is_str {
            let (rune, next) = self.decode_rune(base, len, i);
            next_i = next;
            self.store_range_var(&key_t, key_v);
            let rune = self.by_scalar(&elem, rune);
            self.store_range_var(&val_t, rune);
        } else {
            next_i = self.b.ins().iadd_imm_s(i, 1);
            self.store_range_var(&key_t, key_v);
            if val_t.is_some() {
                let esize = golift_hir::layout_of(self.db, &elem).size;
                let off = self.b.ins().imul_imm_s(i, esize as i64);
                let addr = self.b.ins().iadd(base, off);
                let v = self.load_value(addr, &elem);
                self.store_range_var(&val_t, v);
            }
        }
        let nv = self.b.declare_var(types::I64);
        self.b.def_var(nv, next_i);
        self.loop_body(label, exit, cont, body);
        let n = self.b.use_var(nv);
        self.b.def_var(idx, n);
        self.b.ins().jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    /// `for k, v := range m`: the runtime's iterator walks the map; each entry's key
    /// and value are copied to the range variables before the body.
    fn lower_map_range(
        &mut self,
        vars: [Option<ExprId>; 2],
        tys: [Ty; 2],
        define: bool,
        x: ExprId,
        body: StmtId,
        label: Option<LabelId>,
    ) {
        let it = self.map_iter_start(x);
        let key_t = self.range_target(vars[0], define);
        let val_t = self.range_target(vars[1], define);
        for t in [&key_t, &val_t].into_iter().flatten() {
            if let Target::Define(l) = t {
                self.declare_local(*l, None);
            }
        }
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let (kp, vp) = self.map_iter_entry(it);
        self.b.ins().brif(kp, body_b, &[], exit, &[]);
        self.b.seal_block(body_b);
        self.b.switch_to_block(body_b);
        if key_t.is_some() {
            let kv = self.load_value(kp, &tys[0]).stabilize(self);
            self.store_range_var(&key_t, kv);
        }
        if val_t.is_some() {
            let vv = self.load_value(vp, &tys[1]).stabilize(self);
            self.store_range_var(&val_t, vv);
        }
        self.loop_body(label, exit, cont, body);
        self.map_iter_next(it);
        self.b.ins().jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    fn store_range_var(&mut self, t: &Option<Target>, v: CValue) {
        match t {
            Some(Target::Place(p)) => p.write(self, v),
            Some(Target::EachIteration(e)) => {
                let t = self.target(Some(*e));
                self.assign_to(t, v)
            }
            Some(Target::Define(l)) => {
                let p = self.local_place(*l);
                p.write(self, v)
            }
            Some(Target::Map(m)) => self.map_store(m, v),
            _ => {}
        }
    }

    /// Decodes the rune of string `(base, len)` at byte `i`: (rune as i32, next index).
    fn decode_rune(&mut self, base: Value, len: Value, i: Value) -> (Value, Value) {
        let addr = self.b.ins().iadd(base, i);
        let byte = self.b.ins().uload8(types::I32, Self::flags(), addr, 0);
        let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, byte, 0x80);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, types::I32);
        let n = self.b.append_block_param(join, types::I64);
        self.b.ins().brif(ascii, fast, &[], slow, &[]);
        self.b.seal_block(fast);
        self.b.seal_block(slow);
        self.b.switch_to_block(fast);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(join, &[byte.into(), next.into()]);
        self.b.switch_to_block(slow);
        let out = self.raw_temp(16);
        self.call_rt("runtime.decoderune", &[out, base, len, i]);
        let r64 = self.b.ins().load(types::I64, Self::flags(), out, 0);
        let r32 = self.b.ins().ireduce(types::I32, r64);
        let nx = self.b.ins().load(types::I64, Self::flags(), out, 8);
        self.b.ins().jump(join, &[r32.into(), nx.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        (r, n)
    }
}

/// Whether `t`'s underlying type is an interface.
fn is_iface(db: &dyn golift_hir::Db, t: &Ty) -> bool {
    matches!(golift_hir::underlying(db, t).kind(), TyKind::Interface(_))
}
