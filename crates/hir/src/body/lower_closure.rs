//! Lowering function literals: the literal's body is lowered into the enclosing body's
//! arenas as a [`Closure`] (a function of its own, named from the checker's numbering),
//! and the literal's value becomes [`ExprKind::MakeClosure`] with an allocation site
//! for the closure object. What it does not do: decide how variables are captured (by
//! value or by reference is escape analysis's decision, as in gc 1.19).

use golift_syntax::ast;

use super::lower::LowerCx;
use super::{AllocKind, Closure, ExprId, ExprKind, StmtKind};
use crate::{FuncId, Ty};

impl LowerCx<'_, '_> {
    /// Lowers the function literal `e` (of type `ty`, at `pos`).
    pub(super) fn func_lit(&mut self, e: ast::ExprId, ty: Ty, pos: u32) -> ExprId {
        let Some(info) = self.inf.func_lits.get(&e).cloned() else {
            return self.impossible(e, ty, "a function literal the checker did not record");
        };
        let Some(owner) = self.owner else {
            return self.not_yet(e, ty, "function literals in package-level initialisers");
        };
        let ast::ExprKind::FuncLit { body, .. } = &self.decl.exprs[e].kind else {
            return self.impossible(e, ty, "a function literal that is not one");
        };
        let body = *body;
        // gc's name: the path of numbers from the outermost literal in.
        let mut path = vec![info.index];
        let mut up = info.parent;
        while let Some(p) = up {
            let Some(pi) = self.inf.func_lits.get(&p) else {
                break;
            };
            path.push(pi.index);
            up = pi.parent;
        }
        path.reverse();
        let func = FuncId::closure(self.db, owner, &path);
        let params = info.params.iter().map(|&l| self.local(l)).collect();
        let results: Vec<_> = info.results.iter().map(|&l| self.local(l)).collect();
        let captures = info.captures.iter().map(|&l| self.local(l)).collect();
        // A literal has labels and results of its own.
        let saved_labels = std::mem::take(&mut self.labels);
        let saved_pending = self.pending_label.take();
        let saved_results = std::mem::replace(&mut self.results, results.clone());
        let parent = self.closure;
        // The closure's id is known before its body is lowered, so that literals
        // nested in it name it as their parent.
        let placeholder = self.alloc_stmt(StmtKind::Block(Vec::new()), pos);
        let id = self.body.closures.alloc(Closure {
            func,
            parent,
            params,
            results,
            variadic: info.variadic,
            root: placeholder,
            pos,
            end: self.pos(info.rbrace),
            captures,
        });
        // Its locals (nested literals claim theirs when they are lowered).
        for (l, _) in self.inf.locals.iter() {
            let n = l.into_raw().into_u32();
            if n >= info.locals.0 && n < info.locals.1 {
                let l = self.local(l);
                self.body.local_closure.insert(l, id);
            }
        }
        self.closure = Some(id);
        let root = self.stmt(body);
        self.body.closures[id].root = root;
        self.closure = parent;
        self.labels = saved_labels;
        self.pending_label = saved_pending;
        self.results = saved_results;
        let site = self.site(AllocKind::Closure, ty.clone(), pos);
        self.alloc_expr(ExprKind::MakeClosure { closure: id, site }, ty, pos, e)
    }
}
