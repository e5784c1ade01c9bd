//! gc's node positions: where gc's `syntax` package puts an expression's `Pos()`
//! (the operator of a binary expression, the `.` of a selector, the `(` of a call,
//! ...), derived from the tree's spans. Offsets are relative, like the spans.

use crate::ast::{Expr, ExprId, ExprKind};
use la_arena::Arena;

/// The relative offset gc reports for expression `e`.
pub fn expr_pos(exprs: &Arena<Expr>, e: ExprId) -> u32 {
    let ex = &exprs[e];
    match &ex.kind {
        ExprKind::Binary { op_pos, .. } => *op_pos,
        ExprKind::Selector { x, .. }
        | ExprKind::Index { x, .. }
        | ExprKind::Slice { x, .. }
        | ExprKind::TypeAssert { x, .. } => exprs[*x].span.end,
        ExprKind::Call { fun, .. } => exprs[*fun].span.end,
        ExprKind::CompositeLit { typ: Some(t), .. } => exprs[*t].span.end,
        // gc positions a function type after `func`.
        ExprKind::FuncType(_) => ex.span.start + 4,
        _ => ex.span.start,
    }
}

/// gc's `syntax.StartPos`: the position of the leftmost token gc attributes to `e`
/// (relative). Differs from `span.start` for slices, function types and the like.
pub fn start_pos(exprs: &Arena<Expr>, mut e: ExprId) -> u32 {
    loop {
        match &exprs[e].kind {
            ExprKind::CompositeLit { typ: Some(t), .. } => e = *t,
            ExprKind::Selector { x, .. }
            | ExprKind::Index { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Binary { x, .. } => e = *x,
            ExprKind::Call { fun, .. } => e = *fun,
            _ => return expr_pos(exprs, e),
        }
    }
}
