//! `go` and `defer` statements, as gc's escape sees them after its rewriting (gc's
//! `call.go`, `goDeferStmt` and `wrapExpr`): the call is wrapped in a closure without
//! parameters, arguments other than constants and functions are copied into
//! temporaries (`.autotmp_N`) the closure captures, and the closure's storage lives on
//! the heap for `go` and for a `defer` inside a loop. Also the numbering of those
//! temporaries, which `-m=2` explanations print. The call itself is modelled in
//! `call.rs`.

use crate::graph::ArenaGet as _;
use golift_hir::{CallKind, Res, TyKind};
use golift_syntax::ast::{ExprId, ExprKind};

use crate::build::{Batch, FnInfo};
use crate::diag::gc_pos;
use crate::graph::{Hole, LocId, LocNode, NodeRef};

impl Batch<'_> {
    /// `go f(x)` / `defer f(x)`: arguments are evaluated now into temporaries that a
    /// wrapper closure captures; the closure lives on the heap for `go` and for `defer`
    /// inside a loop.
    pub(crate) fn go_defer(&mut self, call: ExprId, is_defer: bool, stmt_pos: u32) {
        let mut k = self.heap_hole();
        if is_defer && self.loop_depth == 1 {
            let d = self.discard_hole();
            k = self.later(d);
        }
        let decl = self.decl();
        let Some(ExprKind::Call { fun, args, .. }) = decl.exprs.get(call).map(|x| &x.kind) else {
            self.discard(call);
            return;
        };
        let no_args = args.is_empty()
            && match self.ty(*fun) {
                Some(t) => {
                    matches!(golift_hir::underlying(self.db, &t).kind(), TyKind::Func { params, results, .. } if params.is_empty() && results.is_empty())
                }
                // A function literal the type checker left untyped: by its signature.
                None => matches!(
                    decl.exprs.get(*fun).map(|x| &x.kind),
                    Some(ExprKind::FuncLit { sig, .. }) if sig.params.is_empty() && sig.results.is_empty()
                ),
            };
        if no_args && !matches!(self.inf().calls.get(&call), Some(CallKind::Builtin(_))) {
            let fun = *fun;
            self.expr(k, fun);
            return;
        }
        // gc's escape wraps the call in a closure without parameters: arguments
        // other than constants and functions are copied into temporaries (`.autotmp_N`)
        // that the closure captures; the closure's storage is spilled into `k`.
        let parent = self.curfn;
        let wrapper_fn = self.fns.len();
        let info = FnInfo::wrapper(self.unit, Some(parent));
        self.fns.push(info);
        let saved = (self.base_pos, self.go_wrap.replace((call, wrapper_fn)));
        self.call(None, call);
        self.base_pos = saved.0;
        self.go_wrap = saved.1;
        let at = self.at(NodeRef::WrapperLit, stmt_pos);
        let k = self.spill(k, LocNode::Wrapper, at);
        self.closures.push((k, wrapper_fn));
    }

    /// Inside a go/defer wrapper: copies argument `a` of `call` into a captured
    /// temporary (gc's `wrapExpr`) and returns it; `None` for arguments gc leaves in
    /// the call (constants, nil, functions) or outside a wrapper.
    pub(crate) fn wrap_arg(&mut self, call: ExprId, a: ExprId) -> Option<LocId> {
        let (wcall, wrapper_fn) = self.go_wrap?;
        if wcall != call {
            return None;
        }
        let inf = self.inf();
        let static_fun = match self.decl().exprs.get(call).map(|x| &x.kind) {
            Some(ExprKind::Call { fun, .. }) => {
                *fun == a && !matches!(inf.calls.get(&call), Some(CallKind::Indirect))
            }
            _ => false,
        };
        if static_fun {
            return None;
        }
        let converted = inf.conversions.contains_key(&a);
        if !converted
            && (inf.consts.contains_key(&a)
                || matches!(inf.resolutions.get(&a), Some(Res::Func(_) | Res::Nil)))
        {
            return None;
        }
        let decl = self.decl();
        let is_name = matches!(decl.exprs.get(a).map(|x| &x.kind), Some(ExprKind::Name(_)));
        let pos = if converted {
            self.conv_pos_of(a)
        } else if is_name {
            gc_pos(decl, call)
        } else {
            gc_pos(decl, a)
        };
        let n = self.escape_temp_index();
        let at = self.at(NodeRef::AutoTmp(n), pos);
        let tmp = self.new_loc(LocNode::Temp, Some(at), false);
        self.locs[tmp].loop_depth = self.loop_depth;
        self.locs[tmp].captured = true;
        let width = match inf.conversions.get(&a).cloned().or_else(|| self.ty(a)) {
            Some(t) => golift_hir::layout_of(self.db, &t).size,
            None => 0,
        };
        let assign_at = self.at(NodeRef::TmpAssign(n, a), pos);
        let k = self.note(Hole::to(tmp), assign_at, "assign");
        self.expr(k, a);
        let owner = self.curfn;
        self.fns[wrapper_fn].wrapped.push((tmp, width, owner));
        Some(tmp)
    }

    /// gc's number for a temporary made during escape analysis: every declaration
    /// of the function (parameters, results, variables, the noder's temporaries)
    /// comes first.
    fn escape_temp_index(&mut self) -> u32 {
        let f = self.curfn;
        let u = self.u();
        let vars = u
            .inf
            .locals
            .iter()
            .filter(|(l, x)| {
                x.kind == golift_hir::LocalKind::Var
                    && u.local_fn.get(l).copied().unwrap_or(0) == f
                    && x.name != "_"
            })
            .count() as u32;
        let noder = self.noder_temps(f);
        let info = &mut self.fns[f];
        let n = (info.param_locals.len() + info.results.len()) as u32
            + vars
            + noder
            + info.escape_temps;
        info.escape_temps += 1;
        n
    }

    /// How many temporaries gc's noder makes in function `f`: one per result of a
    /// multi-valued call passed as arguments or assigned with conversions.
    fn noder_temps(&self, f: usize) -> u32 {
        let u = &self.units[self.fns[f].unit];
        let decl = u.decl;
        let owner_of = |pos: u32| {
            u.closure_fn
                .iter()
                .filter(|(lit, _)| {
                    decl.exprs
                        .get(**lit)
                        .is_some_and(|x| x.span.start <= pos && pos < x.span.end)
                })
                .max_by_key(|(lit, _)| decl.exprs.get(**lit).map(|x| x.span.start))
                .map(|(_, fid)| *fid)
                .unwrap_or(0)
        };
        let top = self
            .fns
            .iter()
            .position(|g| g.unit == self.fns[f].unit && g.parent.is_none());
        let mut n = 0u32;
        for (e, x) in decl.exprs.iter() {
            let ExprKind::Call { args, .. } = &x.kind else {
                continue;
            };
            let own = match owner_of(x.span.start) {
                0 => top.unwrap_or(0),
                fid => fid,
            };
            if own != f || matches!(u.inf.calls.get(&e), Some(CallKind::Builtin(_))) {
                continue;
            }
            if let [a] = args.as_slice() {
                if let Some(TyKind::Tuple(ts)) = u.inf.expr_types.get(*a).map(|t| t.kind()) {
                    if ts.len() > 1 {
                        n += ts.len() as u32;
                    }
                }
            }
        }
        n
    }
}
