//! Lowering statements: assignments, declarations, control flow and loops.

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_hir::{LocalId, Res, Ty, TyKind};
use golift_syntax::ast::{
    AssignOp, BinaryOp, BranchKind, CaseClause, ExprId, ExprKind, LocalDecl, StmtId, StmtKind,
    ValueSpec,
};

use crate::abi::{int_info, is_string};
use crate::func::{FnCx, LoopTarget};
use crate::place::{CPlace, CValue};

/// Where an assignment stores: a place, a new local, or nowhere (`_`).
enum Target {
    Place(CPlace, Ty),
    Define(LocalId),
    Discard,
}

impl FnCx<'_> {
    pub(crate) fn lower_stmt(&mut self, s: StmtId) {
        let stmt = &self.decl.stmts[s];
        let span = stmt.span;
        self.set_loc(span.start);
        let label = self.pending_label.take();
        match stmt.kind.clone() {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Block { stmts, .. } => {
                for st in stmts {
                    self.lower_stmt(st);
                }
            }
            StmtKind::Expr(e) => {
                self.expr_multi(e);
            }
            StmtKind::IncDec { x, inc } => {
                let ty = self.ty_of(x);
                if let Some(place) = self.place(x) {
                    let cur = self.read_place(&place, &ty);
                    let one = self.one_of(&ty);
                    let op = if inc { BinaryOp::Add } else { BinaryOp::Sub };
                    let v = self.binary_values(op, &ty, cur, one, span.start);
                    self.write_place(&place, &ty, v);
                }
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.lower_assign(&lhs, op, &rhs, span.start),
            StmtKind::Decl(decls) => {
                for d in decls {
                    if let LocalDecl::Var(spec) = d {
                        self.lower_var_spec(&spec);
                    }
                }
            }
            StmtKind::Return(exprs) => self.lower_return(&exprs),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.lower_stmt(i);
                }
                self.set_loc(span.start);
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
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.lower_stmt(i);
                }
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let cont = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.set_loc(span.start);
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
                if let Some(p) = post {
                    self.lower_stmt(p);
                }
                self.b.ins().jump(header, &[]);
                self.b.seal_block(header);
                self.b.seal_block(exit);
                self.b.switch_to_block(exit);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.lower_range(key, value, define, x, body, label, span.start),
            StmtKind::Branch { kind, label: l } => {
                let name = l.map(|n| n.text);
                let target = self.loops.iter().rev().find_map(|t| {
                    let label_ok = name.is_none() || t.label == name;
                    match kind {
                        BranchKind::Break if label_ok => Some(t.brk),
                        BranchKind::Continue if label_ok => t.cont,
                        _ => None,
                    }
                });
                match (kind, target) {
                    (BranchKind::Break | BranchKind::Continue, Some(t)) => {
                        self.b.ins().jump(t, &[]);
                        self.start_dead_block();
                    }
                    (BranchKind::Goto, _) => self.unsupported(span.start, "goto"),
                    (BranchKind::Fallthrough, _) => self.unsupported(span.start, "fallthrough"),
                    _ => self.unsupported(span.start, "this branch statement"),
                }
            }
            StmtKind::Labeled { label, stmt } => {
                self.pending_label = Some(label.text);
                self.lower_stmt(stmt);
                self.pending_label = None;
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.lower_stmt(i);
                }
                self.lower_switch(tag, &clauses, label, span.start);
            }
            StmtKind::Go(_) => self.unsupported(span.start, "go statements"),
            StmtKind::Defer(_) => self.unsupported(span.start, "defer"),
            StmtKind::Select { .. } => self.unsupported(span.start, "select"),
            StmtKind::TypeSwitch { .. } => self.unsupported(span.start, "type switches"),
            StmtKind::Send { .. } => self.unsupported(span.start, "channel sends"),
        }
    }

    /// `1` of a numeric type, for `++`/`--`.
    fn one_of(&mut self, ty: &Ty) -> CValue {
        if let Some(ft) = crate::abi::float_type(self.db, ty) {
            let v = if ft == types::F32 {
                self.b.ins().f32const(1.0)
            } else {
                self.b.ins().f64const(1.0)
            };
            return CValue::Flat(vec![v]);
        }
        let t = int_info(self.db, ty).map(|(t, _)| t).unwrap_or(types::I64);
        CValue::Flat(vec![self.b.ins().iconst(t, 1)])
    }

    /// Where assigning to `e` stores (`define`: `:=` may declare it).
    fn target(&mut self, e: ExprId, define: bool) -> Target {
        if let ExprKind::Name(n) = &self.decl.exprs[e].kind {
            if n == "_" {
                return Target::Discard;
            }
            if define {
                let start = self.expr_start(e);
                if let Some(&l) = self.inf.definitions.get(&start) {
                    return Target::Define(l);
                }
            }
        }
        let ty = match self.inf.resolutions.get(&e) {
            Some(Res::Local(l)) => self.inf.locals[*l].ty.clone(),
            _ => self.ty_of(e),
        };
        match self.place(e) {
            Some(p) => Target::Place(p, ty),
            None => Target::Discard,
        }
    }

    fn assign_to(&mut self, t: Target, v: CValue) {
        match t {
            Target::Place(p, ty) => self.write_place(&p, &ty, v),
            Target::Define(l) => self.declare_local(l, Some(v)),
            Target::Discard => {}
        }
    }

    fn lower_assign(&mut self, lhs: &[ExprId], op: AssignOp, rhs: &[ExprId], at: u32) {
        match op {
            AssignOp::Op(bop) => {
                let (Some(&l), Some(&r)) = (lhs.first(), rhs.first()) else {
                    return;
                };
                let ty = self.ty_of(l);
                let Some(place) = self.place(l) else {
                    return;
                };
                let cur = self.read_place(&place, &ty);
                let rty = self.ty_of(r);
                let rv = self.expr(r);
                let v = self.binary_op_values(bop, &ty, cur, &rty, rv, at);
                self.write_place(&place, &ty, v);
            }
            AssignOp::Assign | AssignOp::Define => {
                let define = op == AssignOp::Define;
                if lhs.len() == rhs.len() {
                    if lhs.len() == 1 {
                        let t = self.target(lhs[0], define);
                        let v = self.expr(rhs[0]);
                        self.assign_to(t, v);
                        return;
                    }
                    let targets: Vec<Target> =
                        lhs.iter().map(|&l| self.target(l, define)).collect();
                    let mut vals = Vec::new();
                    for &r in rhs {
                        let ty = self.value_ty(r);
                        let v = self.expr(r);
                        vals.push(self.stabilize(&ty, v));
                    }
                    for (t, v) in targets.into_iter().zip(vals) {
                        self.assign_to(t, v);
                    }
                } else if rhs.len() == 1 {
                    let targets: Vec<Target> =
                        lhs.iter().map(|&l| self.target(l, define)).collect();
                    let vals = self.expr_multi(rhs[0]);
                    if vals.len() != targets.len() {
                        self.unsupported(at, "this assignment form");
                        return;
                    }
                    for (t, v) in targets.into_iter().zip(vals) {
                        self.assign_to(t, v);
                    }
                } else {
                    self.unsupported(at, "this assignment form");
                }
            }
        }
    }

    /// The type of `e` as a value (after an implicit interface conversion).
    pub(crate) fn value_ty(&self, e: ExprId) -> Ty {
        match self.inf.conversions.get(&e) {
            Some(t) => t.clone(),
            None => self.ty_of(e),
        }
    }

    fn lower_var_spec(&mut self, spec: &ValueSpec) {
        let locals: Vec<Option<LocalId>> = spec
            .names
            .iter()
            .map(|n| self.inf.definitions.get(&n.span.start).copied())
            .collect();
        if spec.values.is_empty() {
            for l in locals.into_iter().flatten() {
                self.declare_local(l, None);
            }
        } else if spec.values.len() == locals.len() {
            let mut vals = Vec::new();
            for &v in &spec.values {
                vals.push(self.expr(v));
            }
            for (l, v) in locals.into_iter().zip(vals) {
                if let Some(l) = l {
                    self.declare_local(l, Some(v));
                }
            }
        } else if spec.values.len() == 1 {
            let vals = self.expr_multi(spec.values[0]);
            for (l, v) in locals.into_iter().zip(vals) {
                if let Some(l) = l {
                    self.declare_local(l, Some(v));
                }
            }
        } else {
            self.unsupported(spec.span.start, "this declaration form");
        }
    }

    fn lower_return(&mut self, exprs: &[ExprId]) {
        if exprs.is_empty() {
            self.return_results();
            return;
        }
        let vals = if exprs.len() == 1 && self.result_tys.len() > 1 {
            self.expr_multi(exprs[0])
        } else {
            let mut vals = Vec::new();
            for &e in exprs {
                vals.push(self.expr(e));
            }
            vals
        };
        // Results go to named result variables first when those live in memory that a
        // deferred function could see; without defer, returning the values suffices.
        self.emit_return(vals);
    }

    fn lower_switch(
        &mut self,
        tag: Option<ExprId>,
        clauses: &[CaseClause],
        label: Option<String>,
        at: u32,
    ) {
        let tag_val = tag.map(|t| {
            let ty = self.value_ty(t);
            let v = self.expr(t);
            (ty, v)
        });
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in clauses.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                default = Some(i);
                continue;
            };
            for &e in exprs {
                self.set_loc(self.expr_start(e));
                let hit = match &tag_val {
                    Some((ty, tv)) => {
                        let ty = ty.clone();
                        let cv = self.expr(e);
                        self.compare(BinaryOp::Eq, &ty, tv.clone(), cv, at)
                    }
                    None => self.cond(e),
                };
                let next = self.b.create_block();
                self.b.ins().brif(hit, bodies[i], &[], next, &[]);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
        }
        match default {
            Some(d) => self.b.ins().jump(bodies[d], &[]),
            None => self.b.ins().jump(exit, &[]),
        };
        self.loops.push(LoopTarget {
            label,
            brk: exit,
            cont: None,
        });
        // `continue` inside a switch continues the enclosing loop.
        if let Some(outer) = self.loops.iter().rev().nth(1).and_then(|t| t.cont) {
            if let Some(last) = self.loops.last_mut() {
                last.cont = Some(outer);
            }
        }
        for (i, c) in clauses.iter().enumerate() {
            self.b.seal_block(bodies[i]);
            self.b.switch_to_block(bodies[i]);
            let mut falls = false;
            for (k, &st) in c.body.iter().enumerate() {
                if k + 1 == c.body.len() {
                    if let StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    } = self.decl.stmts[st].kind
                    {
                        falls = true;
                        continue;
                    }
                }
                self.lower_stmt(st);
            }
            match (falls, bodies.get(i + 1)) {
                (true, Some(&next)) => self.b.ins().jump(next, &[]),
                _ => self.b.ins().jump(exit, &[]),
            };
        }
        self.loops.pop();
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    #[allow(clippy::too_many_arguments)]
    fn lower_range(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: StmtId,
        label: Option<String>,
        at: u32,
    ) {
        let xty = self.ty_of(x);
        let under = golift_hir::underlying(self.db, &xty);
        // What is ranged over: (base pointer, length, element type) or a string.
        let (base, len, elem, is_str) = match under.kind() {
            TyKind::Slice(elem) => {
                let v = self.expr(x);
                let vals = self.words(&xty, v);
                (vals[0], vals[1], elem.clone(), false)
            }
            TyKind::Array(n, elem) => {
                let v = self.expr(x);
                let v = if value.is_some() {
                    self.stabilize(&xty, v)
                } else {
                    v
                };
                let addr = self.value_addr(&xty, v);
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
                let v = self.expr(x);
                let ptr = self.words(&xty, v)[0];
                if value.is_some() {
                    self.nil_check(ptr);
                }
                let len = self.b.ins().iconst(types::I64, n as i64);
                (ptr, len, elem, false)
            }
            TyKind::Basic(_) if is_string(self.db, &xty) => {
                let v = self.expr(x);
                let vals = self.words(&xty, v);
                (
                    vals[0],
                    vals[1],
                    golift_hir::Ty::basic(golift_hir::BasicKind::Int32),
                    true,
                )
            }
            _ => {
                self.unsupported(at, "range over this type");
                return;
            }
        };
        let key_t = key.map(|k| self.target(k, define));
        let val_t = value.map(|v| self.target(v, define));
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
        let next_i;
        if is_str {
            let (rune, next) = self.decode_rune(base, len, i);
            next_i = next;
            self.store_range_var(&key_t, CValue::Flat(vec![i]));
            self.store_range_var(&val_t, CValue::Flat(vec![rune]));
        } else {
            next_i = self.b.ins().iadd_imm_s(i, 1);
            self.store_range_var(&key_t, CValue::Flat(vec![i]));
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
        let n = self.b.use_var(nv);
        self.b.def_var(idx, n);
        self.b.ins().jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    fn store_range_var(&mut self, t: &Option<Target>, v: CValue) {
        match t {
            Some(Target::Place(p, ty)) => {
                let (p, ty) = (p.clone(), ty.clone());
                self.write_place(&p, &ty, v)
            }
            Some(Target::Define(l)) => {
                let ty = self.inf.locals[*l].ty.clone();
                let p = self.local_place(*l);
                self.write_place(&p, &ty, v)
            }
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
