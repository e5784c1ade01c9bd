//! `defer` and `go` statements: the call is lowered as any call, then its operands are
//! moved into temporaries declared at the statement, as gc's escape analysis normalises
//! `defer f(x, y)` into `x1, y1 := x, y; defer func() { f(x1, y1) }()` (see
//! [`StmtKind::Defer`]). Constants, `nil` and function names stay in the call: they
//! have no value to keep. What this module does not do: decide where the temporaries
//! live (escape) or how the deferred call is made (codegen).

use golift_syntax::ast;

use super::lower::LowerCx;
use super::{Callee, Expr, ExprId, ExprKind, Pos, StmtId, StmtKind};
use crate::LocalId;

impl LowerCx<'_, '_> {
    pub(super) fn go_defer_stmt(&mut self, e: ast::ExprId, pos: Pos, is_go: bool) -> Vec<StmtId> {
        let call = self.expr(e);
        let ExprKind::Call {
            callee,
            args,
            pre,
            spread,
        } = self.body.exprs[call].kind.clone()
        else {
            // The checker accepts only calls here (conversions and discarded built-in
            // results are its errors); anything else is a construct bodies lack.
            let what = if is_go {
                "go statements"
            } else {
                "defer statements"
            };
            self.unsupported(e_start(self, e), what);
            return Vec::new();
        };
        let mut out = pre;
        let mut temps = Vec::new();
        let callee = match callee {
            Callee::Indirect(f) => Callee::Indirect(self.hoist(f, &mut out, &mut temps)),
            Callee::Interface { recv, index } => Callee::Interface {
                recv: self.hoist(recv, &mut out, &mut temps),
                index,
            },
            other => other,
        };
        let mut new_args = Vec::new();
        for a in args {
            // gc peels a slice literal argument (also a variadic call's implicit
            // slice): its elements are kept, the slice is made by the call.
            if let ExprKind::SliceLit { elems, len, site } = self.body.exprs[a].kind.clone() {
                if self.body.sites[site].kind == super::AllocKind::VariadicSlice {
                    self.variadic_conv_pos(&elems);
                }
                let elems = elems
                    .into_iter()
                    .map(|(i, v)| (i, self.hoist(v, &mut out, &mut temps)))
                    .collect();
                self.body.exprs[a].kind = ExprKind::SliceLit { elems, len, site };
                new_args.push(a);
            } else {
                new_args.push(self.hoist(a, &mut out, &mut temps));
            }
        }
        let args = new_args;
        self.body.exprs[call].kind = ExprKind::Call {
            callee,
            args,
            pre: Vec::new(),
            spread,
        };
        let kind = if is_go {
            StmtKind::Go {
                pre: out,
                temps,
                call,
            }
        } else {
            StmtKind::Defer {
                pre: out,
                temps,
                call,
            }
        };
        vec![self.alloc_stmt(kind, pos)]
    }

    /// gc converts a deferred variadic call's arguments to the element type when it
    /// rewrites the call (`FixVariadicCall` in escape analysis), with its position at
    /// the first argument: the implicit conversions are reported there.
    fn variadic_conv_pos(&mut self, elems: &[(u64, ExprId)]) {
        let Some(&(_, first)) = elems.first() else {
            return;
        };
        let at = self.body.exprs[first].pos;
        for &(_, v) in elems {
            if matches!(self.body.exprs[v].kind, ExprKind::ConvIface { .. })
                && self.body.gc.get(&v).is_some_and(|f| f.implicit)
            {
                if let Some(f) = self.body.gc.get_mut(&v) {
                    f.pos = at;
                    f.noder_pos = Some(at);
                    // Not where the noder stopped (gc's `base.Pos` for a bare name).
                    f.bare_name = false;
                }
            }
        }
    }

    /// `x` itself if it has no value to keep, else a new temporary declared as `x` (the
    /// declaration appended to `pre`).
    fn hoist(&mut self, x: ExprId, pre: &mut Vec<StmtId>, temps: &mut Vec<LocalId>) -> ExprId {
        let Expr { kind, ty, pos } = self.body.exprs[x].clone();
        if matches!(
            kind,
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::FuncRef(_)
        ) {
            return x;
        }
        let t = self.temp(ty.clone(), pos);
        let decl = self.alloc_stmt(
            StmtKind::Decl {
                local: t,
                init: Some(x),
            },
            pos,
        );
        // The temporary's value is `x` for gc's `ir.StaticValue` (a deferred literal
        // called with arguments is still a call of that literal).
        self.defs.insert(t, (decl, x));
        self.go_defer_temps.insert(t);
        pre.push(decl);
        temps.push(t);
        let id = self.body.exprs.alloc(Expr {
            kind: ExprKind::Local(t),
            ty,
            pos,
        });
        if let Some(f) = self.body.gc.get(&x).copied() {
            self.body.gc.insert(id, f);
        }
        id
    }
}

/// Where syntax expression `e` starts, relative.
fn e_start(cx: &LowerCx<'_, '_>, e: ast::ExprId) -> u32 {
    cx.decl.exprs[e].span.start
}
