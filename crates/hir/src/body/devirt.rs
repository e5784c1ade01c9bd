//! gc's devirtualization (`cmd/compile/internal/devirtualize`), run on a function's
//! body once it is lowered, before anything reads it: a call `x.M(args)` through an
//! interface whose receiver's static value (gc's `ir.StaticValue`: through locals
//! declared with a value and never reassigned) is a conversion of a value of concrete
//! type `T` becomes a static call of `T`'s method `M` with the receiver `x.(T)`; a
//! method `T` promotes from an embedded interface field stays a call through an
//! interface, that field of `x.(T)` ("partially devirtualizing"). The call keeps its
//! id; [`Body::devirtualized`](super::Body::devirtualized) lists the rewritten calls in
//! gc's order, for `-m`. Escape analysis and codegen read the rewritten call like any
//! other.
//!
//! Faithful to gc 1.19 where gc is surprising: a local counts as reassigned only by an
//! assignment statement or by taking its address, not by a `range` clause assigning it.
//! What this does not do: inline (golift compiles as gc does with `-l`).

use std::collections::HashSet;

use golift_syntax::ast;

use super::lower::LowerCx;
use super::{Callee, Devirtualized, ExprId, ExprKind, StmtId, StmtKind};
use crate::ty_class::is_interface;
use crate::{underlying, LocalId, Ty, TyKind};

/// How the method a devirtualized call calls is reached from `T`.
enum Target {
    /// `T`'s method (declared, or promoted through embedded fields `path`).
    Method {
        func: crate::FuncId,
        path: Vec<u32>,
        ptr_recv: bool,
    },
    /// Method `index` of the interface-typed embedded field at the end of `path`.
    Promoted { path: Vec<u32>, index: u32 },
}

impl LowerCx<'_, '_> {
    /// Devirtualizes the calls through interfaces lowered since the last time, where
    /// gc does (for the package initialiser: once per declaration, whose syntax the
    /// calls refer to). [`Self::order_devirtualized`] then puts them in gc's order.
    pub(super) fn devirtualize(&mut self) {
        let calls = std::mem::take(&mut self.iface_calls);
        if calls.is_empty() {
            return;
        }
        let reassigned = self.reassigned_locals();
        for (call, sel) in calls {
            if let Some(d) = self.devirtualize_call(call, sel, &reassigned) {
                self.body.devirtualized.push(d);
            }
        }
    }

    /// Orders [`super::Body::devirtualized`] as gc reports it, in its visiting order:
    /// statements in order, a call before its operands.
    pub(super) fn order_devirtualized(&mut self) {
        if self.body.devirtualized.is_empty() {
            return;
        }
        let order = self.preorder_calls();
        self.body
            .devirtualized
            .sort_by_key(|d| order.iter().position(|&c| c == d.call));
    }

    /// gc's `reassigned`: locals assigned other than by their definition, or whose
    /// address is taken (of the variable or of a field or array element of it).
    pub(super) fn reassigned_locals(&self) -> HashSet<LocalId> {
        let mut out = HashSet::new();
        let local = |e: &ExprId| match self.body.exprs[*e].kind {
            ExprKind::Local(l) => Some(l),
            _ => None,
        };
        for (id, s) in self.body.stmts.iter() {
            let lhs: Vec<ExprId> = match &s.kind {
                StmtKind::Assign { lhs, .. } => lhs.iter().copied().collect(),
                StmtKind::AssignParallel { lhs, .. }
                | StmtKind::AssignCall { lhs, .. }
                | StmtKind::AssignCommaOk { lhs, .. } => lhs.iter().flatten().copied().collect(),
                _ => Vec::new(),
            };
            for l in lhs.iter().filter_map(local) {
                if self.defs.get(&l).map(|d| d.0) != Some(id) {
                    out.insert(l);
                }
            }
        }
        for (_, e) in self.body.exprs.iter() {
            if let ExprKind::Addr(x) = e.kind {
                if let Some(l) = local(&self.outer_value(x)) {
                    out.insert(l);
                }
            }
        }
        out
    }

    /// gc's `OuterValue`: the variable whose storage `e` is part of (through fields and
    /// array elements), or `e` itself.
    fn outer_value(&self, mut e: ExprId) -> ExprId {
        loop {
            match self.body.exprs[e].kind {
                ExprKind::Field { x, .. } => e = x,
                ExprKind::Index { x, .. }
                    if matches!(
                        underlying(self.db, &self.body.exprs[x].ty).kind(),
                        TyKind::Array(..)
                    ) =>
                {
                    e = x
                }
                _ => return e,
            }
        }
    }

    /// gc's `ir.StaticValue`: follows locals declared with a value and never
    /// reassigned. A value of another interface type stops it (gc converts it:
    /// `OCONVIFACE` of an interface, where golift keeps the words).
    pub(super) fn static_value(&self, mut e: ExprId, reassigned: &HashSet<LocalId>) -> ExprId {
        let mut steps = 0;
        while let ExprKind::Local(l) = self.body.exprs[e].kind {
            let Some(&(_, rhs)) = self.defs.get(&l) else {
                break;
            };
            steps += 1;
            if reassigned.contains(&l)
                || !self.body.locals[l].ty.identical(&self.body.exprs[rhs].ty)
                || steps > self.body.locals.len()
            {
                break;
            }
            e = rhs;
        }
        e
    }

    fn devirtualize_call(
        &mut self,
        call: ExprId,
        sel: ast::ExprId,
        reassigned: &HashSet<LocalId>,
    ) -> Option<Devirtualized> {
        let ExprKind::Call {
            callee: Callee::Interface { recv, index },
            args,
            pre,
            spread,
        } = self.body.exprs[call].kind.clone()
        else {
            return None;
        };
        let value = self.static_value(recv, reassigned);
        let ExprKind::ConvIface { x, .. } = self.body.exprs[value].kind else {
            return None;
        };
        let t = self.body.exprs[x].ty.clone();
        if is_interface(self.db, &t) {
            return None;
        }
        let name = match underlying(self.db, &self.body.exprs[recv].ty).kind() {
            TyKind::Interface(ms) => ms.get(index as usize)?.0.clone(),
            _ => return None,
        };
        let target = self.method_target(&t, &name)?;
        let pos = self.gc_pos(sel);
        let assert = self.alloc_expr(
            ExprKind::TypeAssert {
                x: recv,
                comma_ok: false,
            },
            t.clone(),
            pos,
            sel,
        );
        self.mark_implicit(assert);
        let (callee, args, partial) = match target {
            Target::Method {
                func,
                path,
                ptr_recv,
            } => {
                let r = self.receiver(assert, &path, ptr_recv, sel, sel);
                let all = std::iter::once(r).chain(args).collect();
                (Callee::Static(func), all, false)
            }
            Target::Promoted { path, index } => {
                let field = self.field_path(assert, &path, pos, sel);
                (Callee::Interface { recv: field, index }, args, true)
            }
        };
        self.body.exprs[call].kind = ExprKind::Call {
            callee,
            args,
            pre,
            spread,
        };
        Some(Devirtualized {
            call,
            assert,
            sel: self.syntax(sel),
            ty: t,
            partial,
        })
    }

    /// How method `name` of `t` is reached: from `t`'s method set, or else (the
    /// checker accepted the conversion, so `t` has the method) from the shallowest
    /// embedded field of interface type that has it.
    fn method_target(&self, t: &Ty, name: &str) -> Option<Target> {
        if let Some(m) = crate::method_set(self.db, t)
            .into_iter()
            .find(|m| m.method.name == name)
        {
            return Some(Target::Method {
                func: m.method.func,
                path: m.path,
                ptr_recv: m.method.ptr_recv,
            });
        }
        let start = match t.kind() {
            TyKind::Pointer(b) => b.clone(),
            _ => t.clone(),
        };
        let mut level = vec![(start, Vec::new())];
        let mut seen: Vec<Ty> = Vec::new();
        while !level.is_empty() {
            let mut next = Vec::new();
            for (ty, path) in level {
                if seen.iter().any(|s| s.identical(&ty)) {
                    continue;
                }
                seen.push(ty.clone());
                let under = underlying(self.db, &ty);
                let TyKind::Struct(fields) = under.kind() else {
                    continue;
                };
                for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.embedded) {
                    let mut p: Vec<u32> = path.clone();
                    p.push(i as u32);
                    if let TyKind::Interface(ms) = underlying(self.db, &f.ty).kind() {
                        if let Some(index) = ms.iter().position(|(n, _)| n == name) {
                            return Some(Target::Promoted {
                                path: p,
                                index: index as u32,
                            });
                        }
                        continue;
                    }
                    let inner = match f.ty.kind() {
                        TyKind::Pointer(b) => b.clone(),
                        _ => f.ty.clone(),
                    };
                    next.push((inner, p));
                }
            }
            level = next;
        }
        None
    }

    /// The body's calls in gc's visiting order (`ir.Visit`: a node before its
    /// operands, statements in order).
    fn preorder_calls(&self) -> Vec<ExprId> {
        let mut out = Vec::new();
        let mut stack: Vec<Item> = self.body.root.map(Item::Stmt).into_iter().collect();
        while let Some(item) = stack.pop() {
            let mut children = Vec::new();
            match item {
                Item::Stmt(s) => {
                    let kind = &self.body.stmts[s].kind;
                    children.extend(kind.exprs().into_iter().map(Item::Expr));
                    children.extend(kind.sub_stmts().into_iter().map(Item::Stmt));
                }
                Item::Expr(e) => {
                    let kind = &self.body.exprs[e].kind;
                    if let ExprKind::Call { pre, .. } = kind {
                        out.push(e);
                        children.extend(pre.iter().map(|&s| Item::Stmt(s)));
                    }
                    children.extend(kind.children().into_iter().map(Item::Expr));
                }
            }
            stack.extend(children.into_iter().rev());
        }
        out
    }
}

#[derive(Clone, Copy)]
enum Item {
    Stmt(StmtId),
    Expr(ExprId),
}
