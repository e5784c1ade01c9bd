//! Lowering channel operations: `make(chan T[, n])` ([`ExprKind::MakeChan`] with its
//! site), the send statement ([`StmtKind::Send`], at its `<-` as gc positions it) and
//! `select` ([`StmtKind::Select`]) with its cases in gc's typechecked shape: every
//! receive case is an `OSELRECV2`, a [`StmtKind::AssignCommaOk`] of two destinations
//! from a comma-ok [`ExprKind::Recv`]. Receives in expressions are `lower_expr.rs`'s,
//! `v, ok = <-c` outside a select `lower_stmt.rs`'s (as `x.(T)`'s comma-ok form).

use golift_syntax::ast::{self, AssignOp, StmtKind as S};

use super::lower::LowerCx;
use super::{AllocKind, ExprId, ExprKind, LabelId, Pos, SelectCase, StmtId, StmtKind};
use crate::{underlying, Ty, TyKind};

impl<'db> LowerCx<'_, 'db> {
    /// `make(chan T[, size])`.
    pub(super) fn make_chan(
        &mut self,
        e: ast::ExprId,
        args: &[ast::ExprId],
        ty: Ty,
        pos: Pos,
    ) -> ExprId {
        let elem = match underlying(self.db, &ty).kind() {
            TyKind::Chan(_, t) => t.clone(),
            _ => return self.impossible(e, ty, "make(chan) of a non-channel"),
        };
        let size = args.get(1).map(|&a| self.expr(a));
        let site = self.site(AllocKind::MakeChan, elem, pos);
        self.alloc_expr(ExprKind::MakeChan { size, site }, ty, pos, e)
    }

    /// `ch <- value`, reported by gc at its arrow.
    pub(super) fn send_stmt(
        &mut self,
        ch: ast::ExprId,
        value: ast::ExprId,
        arrow: u32,
        pos: Pos,
    ) -> StmtId {
        let ch = self.expr(ch);
        let value = self.expr(value);
        let id = self.alloc_stmt(StmtKind::Send { ch, value }, pos);
        self.stmt_gc_pos(id, arrow);
        id
    }

    /// `select { clauses }`.
    pub(super) fn select_stmt(
        &mut self,
        clauses: &[ast::CommClause],
        label: Option<LabelId>,
        pos: Pos,
    ) -> StmtId {
        let mut cases = Vec::new();
        for c in clauses {
            let cpos = self.pos(c.span.start);
            let comm = match c.comm {
                Some(s) => self.select_comm(s),
                None => Vec::new(),
            };
            let stmts = self
                .live_stmts(&c.body)
                .iter()
                .map(|&s| self.stmt(s))
                .collect();
            let body = self.alloc_stmt(StmtKind::Block(stmts), cpos);
            cases.push(SelectCase {
                comm,
                is_default: c.comm.is_none(),
                body,
                pos: cpos,
            });
        }
        self.alloc_stmt(StmtKind::Select { label, cases }, pos)
    }

    /// A select case's communication: a send as it is; a receive, assigned or not, as
    /// gc's `OSELRECV2` (`v, _ = <-c`, `_, _ = <-c`), after the declarations of the
    /// variables `:=` declares.
    fn select_comm(&mut self, s: ast::StmtId) -> Vec<StmtId> {
        let stmt = &self.decl.stmts[s];
        let pos = self.pos(stmt.span.start);
        let (lhs, define, value, op_pos) = match &stmt.kind {
            S::Send { .. } => return vec![self.stmt(s)],
            S::Expr(e) => (Vec::new(), false, *e, None),
            S::Assign {
                lhs,
                op: op @ (AssignOp::Assign | AssignOp::Define),
                rhs,
                op_pos,
            } if rhs.len() == 1 && lhs.len() <= 2 => {
                (lhs.clone(), *op == AssignOp::Define, rhs[0], Some(*op_pos))
            }
            _ => {
                self.unsupported(stmt.span.start, "this select case");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        let mut targets: Vec<Option<ExprId>> = lhs
            .iter()
            .map(|&l| self.assign_target(l, define, &mut out))
            .collect();
        targets.resize(2, None);
        let recv = self.assign_comma_ok(targets, value, pos);
        if let Some(p) = op_pos {
            self.stmt_gc_pos(recv, p);
        }
        out.push(recv);
        for &id in &out {
            let from = super::StmtSyntax {
                decl: self.decl_idx,
                stmt: s,
                spec: None,
                name: None,
            };
            self.map.stmt_syntax.entry(id).or_insert(from);
        }
        out
    }
}
