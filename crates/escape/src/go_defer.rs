//! `defer` and `go` statements (gc's `goDeferStmt`, escape/call.go). The body has
//! already normalised `defer f(x, y)` into `x1, y1 := x, y; defer func() { f(x1, y1) }()`
//! ([`StmtKind::Defer`]): the temporaries' declarations are ordinary statements, the
//! call is analysed as the call inside gc's wrapper (the callee's tags apply to the
//! temporaries), and the wrapper captures each temporary by value, so its value flows
//! where the wrapper goes: the heap for `go` and for a `defer` inside a loop, nowhere
//! for a `defer` at the function's top level (gc's `later(discard)`).
//! What this module does not do: gc's wrapper function itself (its `-m=2` explanations
//! name the wrapper's closure variables, which golift does not make yet).

use golift_hir::body::{Callee, ExprKind, StmtId, StmtKind};

use crate::build::Batch;
use crate::graph::ArenaGet as _;

impl Batch<'_> {
    pub(crate) fn go_defer(&mut self, s: StmtId) {
        let Some(body) = self.body() else { return };
        let Some(st) = body.stmts.get(s) else { return };
        let (pre, temps, call, is_go) = match &st.kind {
            StmtKind::Defer { pre, temps, call } => (pre.clone(), temps.clone(), *call, false),
            StmtKind::Go { pre, temps, call } => (pre.clone(), temps.clone(), *call, true),
            _ => return,
        };
        let k = if !is_go && self.loop_depth == 1 {
            self.discard_hole()
        } else {
            self.heap_hole()
        };
        let Some(ExprKind::Call { callee, args, .. }) = body.exprs.get(call).map(|x| &x.kind)
        else {
            return;
        };
        // A call of a function value without arguments or results (`defer func() {
        // ... }()`) needs no wrapper: gc analyses only its function value, flowing to
        // where the wrapper would go, itself (the body keeps it in a temporary so that
        // it is made at the statement; gc has none).
        let no_operands = |f: &golift_hir::body::ExprId| {
            body.exprs.get(*f).is_some_and(|x| {
                matches!(golift_hir::underlying(self.db, &x.ty).kind(),
                    golift_hir::TyKind::Func { params, results, .. }
                        if params.is_empty() && results.is_empty())
            })
        };
        if let Some(f) = match callee {
            Callee::Indirect(f) if no_operands(f) => Some(f),
            _ => None,
        } {
            let value = match body.exprs.get(*f).map(|x| &x.kind) {
                Some(ExprKind::Local(t)) if temps.contains(t) => {
                    pre.iter()
                        .find_map(|&p| match body.stmts.get(p).map(|x| &x.kind) {
                            Some(StmtKind::Decl {
                                local,
                                init: Some(v),
                            }) if local == t => Some((p, *v)),
                            _ => None,
                        })
                }
                _ => None,
            };
            for &p in &pre {
                if value.is_none_or(|(decl, _)| decl != p) {
                    self.stmt(p);
                }
            }
            self.expr(k, value.map_or(*f, |(_, v)| v));
            return;
        }
        for p in pre {
            self.stmt(p);
        }
        self.call(None, call);
        let mut operands: Vec<_> = match callee {
            Callee::Indirect(f) => vec![*f],
            Callee::Interface { recv, .. } => vec![*recv],
            _ => Vec::new(),
        };
        for &a in args {
            match body.exprs.get(a).map(|x| &x.kind) {
                Some(ExprKind::SliceLit { elems, .. }) => {
                    operands.extend(elems.iter().map(|&(_, v)| v))
                }
                _ => operands.push(a),
            }
        }
        for e in operands {
            if matches!(body.exprs.get(e).map(|x| &x.kind), Some(ExprKind::Local(l)) if temps.contains(l))
            {
                self.expr(k, e);
            }
        }
    }
}
