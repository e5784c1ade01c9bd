//! Function literals (types2's `funcLit`): the literal's signature, its body checked in a
//! scope of its own inside the enclosing function (so it sees the enclosing locals), its
//! own `return` checks and `missing return`, and the enclosing variables it refers to
//! (its captures, recorded in [`crate::FuncLitInfo`]). Whether a capture is by value or
//! by reference is escape analysis's decision (gc 1.19 makes it there), not this one.

use golift_syntax::ast::{self, ExprId, StmtId, StmtKind};

use crate::checker::{Checker, Mode, Operand};
use crate::{FuncLitInfo, LocalId};

/// A function literal being checked: its expression, the first local that belongs to
/// it (locals are numbered in the order declared, so every local below this one is the
/// enclosing function's), and the enclosing locals it refers to so far.
pub(crate) struct LitFrame {
    pub(crate) expr: ExprId,
    /// How many literals directly inside this one were met so far.
    pub(crate) children: u32,
    pub(crate) first_local: u32,
    pub(crate) captures: Vec<LocalId>,
}

impl Checker<'_> {
    /// Checks the literal `func sig { body }` at `e`.
    pub(crate) fn func_lit(&mut self, e: ExprId, ft: &ast::FuncType, body: StmtId) -> Operand {
        let sig = self.func_type(ft);
        let ty = sig.to_ty();
        let first_local = self.res.locals.len() as u32;
        // gc numbers literals in source order, per enclosing function or literal.
        let parent = self.lit_stack.last().map(|f| f.expr);
        let index = match self.lit_stack.last_mut() {
            Some(f) => {
                f.children += 1;
                f.children
            }
            None => {
                self.top_lits += 1;
                self.top_lits
            }
        };
        self.lit_stack.push(LitFrame {
            expr: e,
            children: 0,
            first_local,
            captures: Vec::new(),
        });
        let saved_results = std::mem::take(&mut self.result_tys);
        let saved_named = std::mem::replace(&mut self.named_results, false);
        let saved_var_decl = self.var_decl.take();
        self.scopes.push();
        let (params, results) = self.declare_signature(&sig, ft);
        self.result_tys = sig.results.iter().map(|(_, t)| t.clone()).collect();
        let (stmts, rbrace) = match self.stmt_kind(body) {
            Some(StmtKind::Block { stmts, rbrace }) => (stmts.clone(), *rbrace),
            _ => (Vec::new(), 0),
        };
        self.stmt_list(&stmts);
        if !self.result_tys.is_empty() && !self.is_terminating_list(&stmts, None) {
            self.error(rbrace, "missing return");
        }
        self.scopes.pop();
        self.result_tys = saved_results;
        self.named_results = saved_named;
        self.var_decl = saved_var_decl;
        let frame = self.lit_stack.pop();
        let captures = frame.map(|f| f.captures).unwrap_or_default();
        self.res.func_lits.insert(
            e,
            FuncLitInfo {
                params,
                results,
                variadic: sig.variadic,
                captures,
                rbrace,
                parent,
                index,
                locals: (first_local, self.res.locals.len() as u32),
            },
        );
        Operand {
            mode: Mode::Value,
            ty,
            expr: e,
        }
    }

    /// Records that local `id` is referred to here: a capture of every literal being
    /// checked that it is declared outside of.
    pub(crate) fn note_capture(&mut self, id: LocalId) {
        let index = id.into_raw().into_u32();
        for frame in self.lit_stack.iter_mut().rev() {
            if index >= frame.first_local {
                break;
            }
            if !frame.captures.contains(&id) {
                frame.captures.push(id);
            }
        }
    }

    /// Inside a literal: notes the captures of the variables operand `e` names
    /// directly (through operators, parentheses, indexing, selectors and call
    /// arguments; not inside composite or function literals, whose names may be field
    /// keys or their own variables), in source order, before `e` is checked.
    pub(crate) fn capture_operands_first(&mut self, e: ExprId) {
        if self.lit_stack.is_empty() {
            return;
        }
        let mut names = Vec::new();
        let mut work = vec![e];
        while let Some(x) = work.pop() {
            let Some(kind) = self.expr_kind(x) else {
                continue;
            };
            match kind {
                ast::ExprKind::Name(n) => names.push((self.pos(x), n.clone())),
                ast::ExprKind::Paren(y) | ast::ExprKind::Star(y) => work.push(*y),
                ast::ExprKind::Unary { x: y, .. } => work.push(*y),
                ast::ExprKind::Binary { x: a, y: b, .. } => work.extend([*a, *b]),
                ast::ExprKind::Selector { x: y, .. } => work.push(*y),
                ast::ExprKind::Index { x: y, indices } => {
                    work.push(*y);
                    work.extend(indices.iter().copied());
                }
                ast::ExprKind::Call { fun, args, .. } => {
                    work.push(*fun);
                    work.extend(args.iter().copied());
                }
                _ => {}
            }
        }
        names.sort();
        for (_, n) in names {
            if let Some(crate::scope::ScopeObj::Local(id)) = self.scopes.lookup(&n).cloned() {
                self.note_capture(id);
            }
        }
    }
}
