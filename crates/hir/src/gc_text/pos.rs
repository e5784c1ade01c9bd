//! gc's positions: where `-m` reports an expression or a statement, and where gc's
//! noder leaves `base.Pos` after translating an expression (the position implicit
//! conversions get).

use std::collections::HashMap;

use golift_syntax::ast::{Decl, ExprId, ExprKind, StmtId, StmtKind};

use super::{get, GcSyntax};
use crate::TyKind;

/// gc's position of an expression (relative offset): a call at its `(`, a selector at
/// its `.`, an index or slice at its `[`, a binary expression at its operator, a typed
/// composite literal at its `{`, anything else at its start.
pub fn gc_pos(decl: &Decl, e: ExprId) -> u32 {
    let Some(x) = get(&decl.exprs, e) else {
        return 0;
    };
    let end_of = |id: ExprId| get(&decl.exprs, id).map_or(x.span.start, |x| x.span.end);
    match &x.kind {
        ExprKind::Paren(inner) => gc_pos(decl, *inner),
        ExprKind::Call { fun, .. } => end_of(*fun),
        ExprKind::Selector { sel, .. } => sel.span.start.saturating_sub(1),
        ExprKind::Index { x: b, .. } | ExprKind::Slice { x: b, .. } => end_of(*b),
        ExprKind::TypeAssert { x: b, .. } => end_of(*b),
        ExprKind::Binary { op_pos, .. } => *op_pos,
        ExprKind::CompositeLit { typ: Some(t), .. } => end_of(*t),
        _ => x.span.start,
    }
}

/// gc's position of a statement: an assignment at its operator, others at their start.
pub fn stmt_pos(decl: &Decl, s: StmtId) -> u32 {
    let Some(st) = get(&decl.stmts, s) else {
        return 0;
    };
    match &st.kind {
        StmtKind::Assign { op_pos, .. } => *op_pos,
        _ => st.span.start,
    }
}

impl GcSyntax<'_> {
    /// The position gc's noder leaves in `base.Pos` after translating `e`: every
    /// non-constant node sets it before its operands; calls reset it to the call,
    /// conversions restore it to what their operand left. `None` for a constant.
    pub fn last_noder_pos(&self, e: ExprId) -> Option<u32> {
        self.last_noder_pos_cached(e, &mut HashMap::new())
    }

    /// [`Self::last_noder_pos`] remembering every sub-expression's answer in `cache`, so
    /// that asking for every node of a declaration stays linear.
    pub fn last_noder_pos_cached(
        &self,
        e: ExprId,
        cache: &mut HashMap<ExprId, Option<u32>>,
    ) -> Option<u32> {
        if let Some(&p) = cache.get(&e) {
            return p;
        }
        let p = self.noder_pos_uncached(e, cache);
        cache.insert(e, p);
        p
    }

    fn noder_pos_uncached(
        &self,
        e: ExprId,
        cache: &mut HashMap<ExprId, Option<u32>>,
    ) -> Option<u32> {
        let (decl, inf) = (self.decl, self.inf);
        if inf.consts.contains_key(&e) {
            return None;
        }
        let x = get(&decl.exprs, e)?;
        let own = Some(gc_pos(decl, e));
        let mut last = |es: &mut dyn Iterator<Item = ExprId>| -> Option<u32> {
            let mut out = None;
            for c in es {
                if let Some(p) = self.last_noder_pos_cached(c, cache) {
                    out = Some(p);
                }
            }
            out
        };
        match &x.kind {
            ExprKind::Paren(i) => last(&mut std::iter::once(*i)),
            ExprKind::Name(_) => Some(x.span.start),
            ExprKind::Binary { x: a, y: b, .. } => last(&mut [*a, *b].into_iter()).or(own),
            ExprKind::Unary { x: a, .. } | ExprKind::Star(a) => {
                last(&mut std::iter::once(*a)).or(own)
            }
            ExprKind::Selector { x: a, .. } => {
                if inf.resolutions.contains_key(&e) {
                    own
                } else {
                    last(&mut std::iter::once(*a)).or(own)
                }
            }
            ExprKind::Index { x: a, indices } => {
                last(&mut std::iter::once(*a).chain(indices.iter().copied())).or(own)
            }
            ExprKind::Slice {
                x: a, lo, hi, max, ..
            } => last(&mut std::iter::once(*a).chain(lo.iter().chain(hi).chain(max).copied()))
                .or(own),
            ExprKind::CompositeLit { elems, .. } => {
                // Keys are expressions only in map literals (struct keys are fields).
                let is_map = inf.expr_types.get(e).is_some_and(|t| {
                    matches!(crate::underlying(self.db, t).kind(), TyKind::Map(..))
                });
                last(
                    &mut elems
                        .iter()
                        .flat_map(|el| el.key.filter(|_| is_map).into_iter().chain([el.value])),
                )
                .or(own)
            }
            ExprKind::Call { args, .. }
                if matches!(inf.calls.get(&e), Some(crate::CallKind::Conversion(_))) =>
            {
                last(&mut args.iter().copied()).or(own)
            }
            _ => own,
        }
    }

    /// Where gc's noder leaves its position after translating `es` in order.
    pub fn last_noder_pos_of<'e>(&self, es: impl Iterator<Item = &'e ExprId>) -> Option<u32> {
        es.filter_map(|&e| self.last_noder_pos(e)).last()
    }

    /// Whether `e` is written as a bare name that is not a constant (gc gives such a
    /// name no position of its own when converting it).
    pub fn is_bare_name(&self, e: ExprId) -> bool {
        (matches!(
            get(&self.decl.exprs, e).map(|x| &x.kind),
            Some(ExprKind::Name(_))
        ) || self.is_imported_var(e))
            && !self.inf.consts.contains_key(&e)
    }

    /// Whether `e` is a qualified identifier (`os.Stdout`) that is not a constant: gc
    /// treats it as a name.
    pub fn is_imported_var(&self, e: ExprId) -> bool {
        match get(&self.decl.exprs, e).map(|x| &x.kind) {
            Some(ExprKind::Selector { x, .. }) => {
                matches!(self.inf.resolutions.get(x), Some(crate::Res::Package(_)))
                    && !self.inf.consts.contains_key(&e)
            }
            _ => false,
        }
    }
}
