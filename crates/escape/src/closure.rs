//! Function literals (gc 1.19's `escape` handling of `OCLOSURE`): each literal of a
//! unit's body is a function of the batch of its own (its locals, parameters and
//! results are its locations), walked where the literal is evaluated; the closure
//! object is an allocation whose contents are the captured variables. After every body
//! is walked, gc's `flowClosure` decides how each variable is captured: by value when
//! it is never reassigned after its first capture, its address is never taken and it
//! is at most 128 bytes; otherwise by reference, its address flowing into the closure.
//! What it does not do: lay out closure objects (codegen's job, from [`crate::EscapeResult::byval`]).

use golift_hir::body::{ClosureId, ExprId};
use golift_hir::{LocalId, LocalKind};

use crate::build::{Batch, FnInfo};
use crate::diag::msg;
use crate::graph::{ArenaGet as _, Hole, LocNode, NodeRef};

/// gc's limit on the size of a variable captured by value.
const MAX_BYVAL_SIZE: u64 = 128;

impl Batch<'_> {
    /// Adds a function to the batch for every closure of the unit's body (in source
    /// order, nested ones after their parent: gc's order), after `top`'s.
    pub(crate) fn init_closure_fns(&mut self, unit: usize, top: usize) {
        let Some(body) = self.units.get(unit).map(|u| u.body.body.clone()) else {
            return;
        };
        for (id, c) in body.closures.iter() {
            let mut info = FnInfo::new(unit);
            info.closure = Some(id);
            info.parent = Some(match c.parent {
                Some(p) => self.closure_fns.get(&(unit, p)).copied().unwrap_or(top),
                None => top,
            });
            self.fns.push(info);
            let f = self.fns.len() - 1;
            self.closure_fns.insert((unit, id), f);
        }
        for (id, c) in body.closures.iter() {
            let Some(&f) = self.closure_fns.get(&(unit, id)) else {
                continue;
            };
            self.curfn = f;
            let mut mine: Vec<LocalId> = body
                .local_closure
                .iter()
                .filter(|&(l, &owner)| owner == id && body.locals[*l].kind != LocalKind::Temp)
                .map(|(&l, _)| l)
                .collect();
            mine.sort_by_key(|l| {
                let k = body.locals[*l].kind;
                (k == LocalKind::Var, k == LocalKind::Result, *l)
            });
            for l in mine {
                if body.locals[l].name == "_" && body.locals[l].kind != LocalKind::Result {
                    continue;
                }
                self.local_loc(l);
            }
            for (i, &r) in c.results.iter().enumerate() {
                let loc = self.local_loc(r);
                self.locs[loc].result_index = 1 + i;
                self.fns[f].results.push(loc);
                let name = &body.locals[r].name;
                let name = if name.is_empty() || name == "_" {
                    format!("~r{i}")
                } else {
                    name.clone()
                };
                self.fns[f].result_names.push(name);
            }
            for &p in &c.params {
                let local = &body.locals[p];
                let named = !local.name.is_empty() && local.name != "_";
                if named {
                    let loc = self.local_loc(p);
                    self.locs[loc].is_param = true;
                    self.fns[f].params.push(loc);
                }
                self.fns[f].param_locals.push(named.then_some(p));
                self.fns[f].param_tys.push(local.ty.clone());
            }
        }
        self.curfn = top;
    }

    /// The batch function a local of the current unit belongs to.
    pub(crate) fn fn_of_local(&self, l: LocalId) -> usize {
        let owner = self
            .body()
            .and_then(|b| b.local_closure.get(&l).copied())
            .and_then(|c| self.closure_fns.get(&(self.unit, c)).copied());
        match owner {
            Some(f) => f,
            // The declared function: the unit's first function.
            None => self
                .fns
                .iter()
                .position(|f| f.unit == self.unit && f.closure.is_none())
                .unwrap_or(self.curfn),
        }
    }

    /// gc's `containsClosure(f, c)`: `c` is a closure written (at any depth) in `f`.
    pub(crate) fn contains_closure(&self, f: usize, c: usize) -> bool {
        let mut up = self.fns.get(c).and_then(|x| x.parent);
        let mut steps = 0;
        while let Some(p) = up {
            if p == f {
                return true;
            }
            steps += 1;
            if steps > self.fns.len() {
                return false;
            }
            up = self.fns.get(p).and_then(|x| x.parent);
        }
        false
    }

    /// The closure expression `e` (closure `clo`, object at `site`) flowing to `k`:
    /// the object is an allocation; its captured variables are marked captured and
    /// the literal's body is walked as its own function.
    pub(crate) fn closure_expr(
        &mut self,
        k: Hole,
        e: ExprId,
        clo: ClosureId,
        site: golift_hir::body::AllocSiteId,
    ) {
        let at = self.ex_at(e);
        let k = self.spill(k, LocNode::Site(site), at);
        self.closures.push((k, self.unit, clo));
        let Some(body) = self.body() else { return };
        let Some(c) = body.closures.get(clo) else {
            return;
        };
        for &cv in &c.captures {
            let loc = self.local_loc(cv);
            if !self.locs[loc].captured {
                self.locs[loc].captured = true;
                // Reassignments in straight-line code before the first capture do not
                // count.
                if self.locs[loc].loop_depth == self.loop_depth {
                    self.locs[loc].reassigned = false;
                }
            }
        }
        let Some(&f) = self.closure_fns.get(&(self.unit, clo)) else {
            return;
        };
        let saved = (
            self.curfn,
            self.loop_depth,
            std::mem::take(&mut self.looping_labels),
            self.base_pos,
        );
        self.curfn = f;
        self.loop_depth = 1;
        self.looping_labels = crate::stmt::looping_labels_from(body, c.root);
        self.stmt(c.root);
        self.curfn = saved.0;
        self.loop_depth = saved.1;
        self.looping_labels = saved.2;
        self.base_pos = saved.3;
    }

    /// gc's `flowClosure` for every closure walked: how each captured variable is
    /// captured, and its value (by value) or address (by reference) flowing into the
    /// closure object.
    pub(crate) fn flow_closures(&mut self) {
        let closures = std::mem::take(&mut self.closures);
        for (k, unit, clo) in closures {
            let saved = self.unit;
            self.unit = unit;
            let captures = self
                .body()
                .and_then(|b| b.closures.get(clo))
                .map(|c| c.captures.clone())
                .unwrap_or_default();
            for cv in captures {
                let loc = self.local_loc(cv);
                let Some(ty) = self
                    .body()
                    .and_then(|b| b.locals.get(cv))
                    .map(|l| l.ty.clone())
                else {
                    continue;
                };
                let size = golift_hir::layout_of(self.db, &ty).size;
                let (addr, assign) = (self.locs[loc].addrtaken, self.locs[loc].reassigned);
                let byval = !addr && !assign && size <= MAX_BYVAL_SIZE;
                if byval {
                    self.units[unit].result.byval.insert(cv);
                }
                // gc reports at the variable itself (`cv.Canonical()`).
                let pos = self
                    .body()
                    .and_then(|b| b.locals.get(cv))
                    .map_or(0, |l| l.span.start);
                let at = self.at(NodeRef::Local(cv), pos);
                // The flow's notes name the literal's own variable: where the literal
                // first refers to it.
                let use_at = self.at(NodeRef::Local(cv), self.capture_pos(clo, cv));
                let how = if byval { "value" } else { "ref" };
                let owner = self.fn_of_local(cv);
                let name = self.fn_name(owner);
                self.emit_where(
                    at,
                    msg![
                        format!("{name} capturing by {how}: "),
                        self.node_piece(at),
                        format!(" (addr={addr} assign={assign} width={size})")
                    ],
                    2,
                );
                let mut k = k;
                if !byval {
                    k = self.addr(k, use_at, "reference");
                }
                let k = self.note(k, use_at, "captured by a closure");
                self.flow(k, loc);
            }
            self.unit = saved;
        }
    }

    /// Where gc's closure variable for `cv` is: the literal's first reference to it
    /// (nested literals' included), else the variable's declaration.
    fn capture_pos(&self, clo: ClosureId, cv: LocalId) -> u32 {
        use golift_hir::body::{ExprKind, StmtId};
        let Some(body) = self.body() else { return 0 };
        let decl = body.locals.get(cv).map_or(0, |l| l.span.start);
        let Some(c) = body.closures.get(clo) else {
            return decl;
        };
        let mut best: Option<u32> = None;
        let mut stmts: Vec<StmtId> = vec![c.root];
        let mut exprs: Vec<ExprId> = Vec::new();
        while !stmts.is_empty() || !exprs.is_empty() {
            if let Some(s) = stmts.pop() {
                if let Some(st) = body.stmts.get(s) {
                    exprs.extend(st.kind.exprs());
                    stmts.extend(st.kind.sub_stmts());
                }
                continue;
            }
            let Some(e) = exprs.pop() else { break };
            let Some(x) = body.exprs.get(e) else { continue };
            match &x.kind {
                ExprKind::Local(l) if *l == cv => {
                    best = Some(best.map_or(x.pos, |b| b.min(x.pos)));
                }
                ExprKind::Call { pre, .. } => stmts.extend(pre.iter().copied()),
                ExprKind::MakeClosure { closure, .. } => {
                    if let Some(inner) = body.closures.get(*closure) {
                        stmts.push(inner.root);
                    }
                }
                _ => {}
            }
            exprs.extend(x.kind.children());
        }
        best.unwrap_or(decl)
    }
}
