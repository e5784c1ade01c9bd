//! Calls of a typed body (gc's `call.go`): a callee of the batch connects arguments to
//! its parameter locations, another one's tags say where arguments go, an unknown one
//! leaks everything. The body has already packed variadic arguments into a slice literal
//! with its own site and evaluated `f(g())`'s results into temporaries (`pre`).

use golift_hir::body::{Callee as BodyCallee, ExprId, ExprKind};
use golift_hir::{Builtin, Ty, TyKind};

use crate::build::Batch;
use crate::call::{external_tags, Callee};
use crate::graph::{ArenaGet as _, Hole, Where};
use crate::leaks::Leaks;

impl Batch<'_> {
    fn bargument(&mut self, k: Hole, at: Where, arg: ExprId) {
        let k = self.note(k, at, "call parameter");
        self.bexpr(k, arg);
    }

    /// A call; `ks` are the holes for its results (`None` in statement context).
    pub(crate) fn bcall(&mut self, ks: Option<Vec<Hole>>, e: ExprId) {
        let Some(body) = self.bbody() else { return };
        let Some(ExprKind::Call {
            callee,
            args,
            pre,
            spread,
        }) = body.exprs.get(e).map(|x| &x.kind)
        else {
            return;
        };
        let at = self.bat(e);
        for &s in pre {
            self.bstmt(s);
        }
        let callee = match callee {
            BodyCallee::Builtin(b) => {
                let k = ks
                    .as_ref()
                    .and_then(|v| v.first().copied())
                    .unwrap_or_else(|| self.discard_hole());
                self.bbuiltin(k, *b, args, *spread, at);
                return;
            }
            BodyCallee::Static(f) => {
                let func = f.func(self.db);
                match self.batch_funcs.get(func.name(self.db)) {
                    Some(&f) => Callee::InBatch(f),
                    None => Callee::Tagged(
                        crate::param_tags(self.db, func)
                            .iter()
                            .map(Leaks::from_tag)
                            .collect(),
                    ),
                }
            }
            BodyCallee::External { package, name } => {
                match external_tags(package, name, args.len()) {
                    Some(t) => Callee::Tagged(t),
                    None => Callee::Dynamic,
                }
            }
            BodyCallee::Indirect(fun) => {
                let d = self.discard_hole();
                self.bargument(d, at, *fun);
                Callee::Dynamic
            }
        };
        // Results of a callee in the batch flow straight from its result locations.
        if let (Some(ks), Callee::InBatch(f)) = (&ks, &callee) {
            let results = self.fns[*f].results.clone();
            for (i, r) in results.into_iter().enumerate() {
                if let Some(&k) = ks.get(i) {
                    self.flow(k, r);
                }
            }
        }
        for (i, &a) in args.iter().enumerate() {
            let k = self.tag_hole(&ks, &callee, i);
            self.bargument(k, at, a);
        }
    }

    /// Whether `t` is a slice whose elements hold pointers: what `append` and `copy`
    /// move out of such a slice flows to the heap.
    fn bslice_of_pointers(&self, t: &Ty) -> bool {
        match golift_hir::underlying(self.db, t).kind() {
            TyKind::Slice(el) => self.has_pointers(el),
            _ => false,
        }
    }

    fn ty_of_body_expr(&self, e: ExprId) -> Option<Ty> {
        self.bbody()?.exprs.get(e).map(|x| x.ty.clone())
    }

    fn bslice_contents_hole(&mut self, e: ExprId, at: Where, why: &'static str) -> Hole {
        if self
            .ty_of_body_expr(e)
            .is_some_and(|t| self.bslice_of_pointers(&t))
        {
            let h = self.heap_hole();
            self.deref(h, at, why)
        } else {
            self.discard_hole()
        }
    }

    fn bbuiltin(&mut self, k: Hole, b: Builtin, args: &[ExprId], spread: bool, at: Where) {
        match b {
            Builtin::Append => {
                let Some(&s) = args.first() else { return };
                let mut appendee = k;
                if self
                    .ty_of_body_expr(s)
                    .is_some_and(|t| self.bslice_of_pointers(&t))
                {
                    let h = self.heap_hole();
                    let h = self.deref(h, at, "appendee slice");
                    appendee = self.tee(vec![k, h]);
                }
                self.bargument(appendee, at, s);
                if spread {
                    if let Some(&a) = args.get(1) {
                        let kk = self.bslice_contents_hole(a, at, "appended slice...");
                        self.bargument(kk, at, a);
                    }
                } else {
                    for &a in args.iter().skip(1) {
                        let h = self.heap_hole();
                        self.bargument(h, at, a);
                    }
                }
            }
            Builtin::Copy => {
                if let Some(&a) = args.first() {
                    let d = self.discard_hole();
                    self.bargument(d, at, a);
                }
                if let Some(&a) = args.get(1) {
                    let kk = self.bslice_contents_hole(a, at, "copied slice");
                    self.bargument(kk, at, a);
                }
            }
            Builtin::Panic => {
                for &a in args {
                    let h = self.heap_hole();
                    self.bargument(h, at, a);
                }
            }
            _ => {
                for &a in args {
                    let d = self.discard_hole();
                    self.bargument(d, at, a);
                }
            }
        }
    }
}
