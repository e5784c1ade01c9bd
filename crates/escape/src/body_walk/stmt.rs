//! Statements of a typed body (gc's `stmt.go`): declarations set a variable's loop
//! depth, assignments connect holes, loops deepen the loop depth, `return` flows into
//! the results. A statement is reported at its gc position (`Body::stmt_gc_pos`).

use golift_hir::body::{ExprId, StmtId, StmtKind};
use golift_hir::{LocalId, TyKind};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, Hole, LocNode, NodeRef, Where};

impl Batch<'_> {
    fn bstmt_at(&self, s: StmtId) -> Where {
        let pos = self.bbody().map_or(0, |b| match b.stmt_gc_pos.get(&s) {
            Some(&p) => p,
            None => b.stmts.get(s).map_or(0, |x| x.pos),
        });
        self.at(NodeRef::BStmt(s), pos)
    }

    fn bblock(&mut self, s: StmtId) {
        let old = self.loop_depth;
        self.bstmt(s);
        self.loop_depth = old;
    }

    /// A variable declared here lives as deep in loops as its declaration.
    fn bdcl(&mut self, l: LocalId) {
        let loc = self.local_loc(l);
        self.locs[loc].loop_depth = self.loop_depth;
    }

    /// Where gc's noder leaves its position after translating `es` in order.
    fn noder_pos_of(&self, es: impl Iterator<Item = ExprId>) -> Option<u32> {
        es.filter_map(|e| self.bfacts(e).noder_pos).last()
    }

    /// gc converts an assignment's values where its noder stopped: after the last
    /// non-blank destination, else after the values; a `var` spec after its values,
    /// else at the name. Sets `base_pos` and `bassign_conv` for statement `s`.
    fn assignment_conv_pos(&mut self, s: StmtId) {
        let Some(body) = self.bbody() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        let written = body.stmt_gc_pos.contains_key(&s);
        let (lhs, rhs): (Vec<ExprId>, Vec<ExprId>) = match &st.kind {
            StmtKind::Decl {
                init: Some(init), ..
            } => (Vec::new(), vec![*init]),
            StmtKind::Assign { lhs, rhs } => (lhs.iter().copied().collect(), vec![*rhs]),
            StmtKind::AssignParallel { lhs, rhs } => {
                (lhs.iter().flatten().copied().collect(), rhs.clone())
            }
            StmtKind::AssignCall { lhs, call } => {
                (lhs.iter().flatten().copied().collect(), vec![*call])
            }
            _ => return,
        };
        let pos = if written {
            // `x := e` declares `x`: the noder stops at the name.
            let defined = match st.kind {
                StmtKind::Decl { local, .. } => body.locals.get(local).map(|l| l.span.start),
                _ => None,
            };
            defined
                .or_else(|| self.noder_pos_of(lhs.iter().copied()))
                .or_else(|| self.noder_pos_of(rhs.iter().copied()))
                .unwrap_or(self.base_pos)
        } else if matches!(st.kind, StmtKind::AssignCall { .. }) {
            return;
        } else {
            self.noder_pos_of(rhs.iter().copied()).unwrap_or(st.pos)
        };
        self.base_pos = pos;
        self.bassign_conv = rhs.iter().map(|&r| (r, pos)).collect();
    }

    pub(crate) fn bstmt(&mut self, s: StmtId) {
        let Some(body) = self.bbody() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        self.base_pos = match st.kind {
            StmtKind::Range { .. } => st.pos,
            _ => body.stmt_gc_pos.get(&s).copied().unwrap_or(st.pos),
        };
        let saved_conv = std::mem::take(&mut self.bassign_conv);
        self.assignment_conv_pos(s);
        self.bstmt_kind(s);
        self.bassign_conv = saved_conv;
    }

    fn bstmt_kind(&mut self, s: StmtId) {
        let Some(body) = self.bbody() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        let at = self.bstmt_at(s);
        match &st.kind {
            StmtKind::Expr(e) => match body.exprs.get(*e).map(|x| &x.kind) {
                Some(golift_hir::body::ExprKind::Call { .. }) => self.bcall(None, *e),
                _ => self.bdiscard(*e),
            },
            StmtKind::Decl { local, init } => {
                let blank = body.locals.get(*local).is_none_or(|l| l.name == "_");
                if !blank {
                    self.bdcl(*local);
                }
                if let Some(init) = *init {
                    let k = if blank {
                        self.discard_hole()
                    } else {
                        Hole::to(self.local_loc(*local))
                    };
                    let k = self.note(k, at, "assign");
                    self.bexpr(k, init);
                }
            }
            StmtKind::Assign { lhs, rhs } => {
                let k = self.baddr_of(*lhs);
                self.bassign(k, *lhs, *rhs, "assign", at);
                self.mark_reassigned(&[k], &[false]);
            }
            StmtKind::OpAssign { lhs, rhs, .. } => {
                let k = self.baddr_of(Some(*lhs));
                self.bassign(k, Some(*lhs), *rhs, "assign", at);
                self.mark_reassigned(&[k], &[false]);
            }
            StmtKind::AssignParallel { lhs, rhs } => {
                let ks: Vec<Hole> = lhs.iter().map(|&d| self.baddr_of(d)).collect();
                for ((&k, &d), &r) in ks.iter().zip(lhs).zip(rhs) {
                    self.bassign(k, d, r, "assign-pair", at);
                }
                self.mark_reassigned(&ks, &[]);
            }
            StmtKind::AssignCall { lhs, call } => {
                let ks: Vec<Hole> = lhs.iter().map(|&d| self.baddr_of(d)).collect();
                self.bcall(Some(ks.clone()), *call);
                self.mark_reassigned(&ks, &[]);
            }
            StmtKind::Block(ss) => {
                let old = self.loop_depth;
                for &s in ss {
                    self.bstmt(s);
                }
                self.loop_depth = old;
            }
            StmtKind::If { cond, then, els } => {
                self.bdiscard(*cond);
                self.bblock(*then);
                if let Some(e) = els {
                    self.bblock(*e);
                }
            }
            StmtKind::For {
                cond, post, body, ..
            } => {
                self.loop_depth += 1;
                self.bdiscard_opt(*cond);
                if let Some(p) = post {
                    self.bstmt(*p);
                }
                self.bblock(*body);
                self.loop_depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body: loop_body,
                ..
            } => {
                let tmp = self.new_loc(LocNode::Temp, None, false);
                self.bexpr(Hole::to(tmp), *x);
                if *define {
                    for e in [key, value].into_iter().flatten() {
                        if let Some(golift_hir::body::ExprKind::Local(l)) =
                            body.exprs.get(*e).map(|x| &x.kind)
                        {
                            self.bdcl(*l);
                        }
                    }
                }
                self.loop_depth += 1;
                let kk = self.baddr_of(*key);
                let kv = self.baddr_of(*value);
                let array = body.exprs.get(*x).is_some_and(|x| {
                    matches!(
                        golift_hir::underlying(self.db, &x.ty).kind(),
                        TyKind::Array(..)
                    )
                });
                // gc's escape runs before walk: a pointer to an array is not an array,
                // its elements are reached through it.
                let k = if array {
                    self.note(kv, at, "range")
                } else {
                    self.deref(kv, at, "range-deref")
                };
                self.flow(k, tmp);
                self.mark_reassigned(&[kk, kv], &[false, false]);
                self.bblock(*loop_body);
                self.loop_depth -= 1;
            }
            StmtKind::Return(vals) => {
                let results = self.fns[self.curfn].results.clone();
                // typecheckaste: names convert where the noder stopped, or at the last
                // other value before them.
                if let Some(p) = self.noder_pos_of(vals.iter().copied()) {
                    self.base_pos = p;
                }
                for (i, &v) in vals.iter().enumerate() {
                    let k = match results.get(i) {
                        Some(&r) => Hole::to(r),
                        None => self.discard_hole(),
                    };
                    let k = self.note(k, at, "return");
                    self.bexpr(k, v);
                    let f = self.bfacts(v);
                    if !f.is_name {
                        self.base_pos = f.pos;
                    }
                }
            }
            StmtKind::Break(_) | StmtKind::Continue(_) => {}
        }
    }
}
