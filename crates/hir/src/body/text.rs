//! gc's text for a body's expressions, made lazily through the source map: a body keeps
//! no text (a 50,000-term expression formatted once per sub-expression would be
//! quadratic); a caller asks for the text of the few nodes it reports, and
//! [`crate::gc_text`] prints the syntax the node was lowered from, exactly as gc's `-m`
//! does. An implicit node prints as the expression it is implicit in.

use super::{AllocKind, BodyOwner, BodyWithSourceMap, ExprId, ExprKind, StmtId};
use crate::gc_text::{get, GcSyntax};
use crate::Db;

/// gc's view of declaration `decl` of a body's owner (0 for a function; the index into
/// [`crate::PackageInit::inits`] for the package initialiser). `None` for a function
/// without a declaration.
pub fn body_gc_syntax(db: &dyn Db, owner: BodyOwner, decl: u32) -> Option<GcSyntax<'_>> {
    match owner {
        BodyOwner::Func(f) => {
            let func = f.func(db);
            let d = crate::decl_ast(db, func).as_ref()?;
            Some(GcSyntax::new(db, d, crate::infer(db, func)))
        }
        BodyOwner::PackageInit(package) => {
            let gi = crate::package_init(db, package).inits.get(decl as usize)?;
            let d = crate::item_tree(db, gi.file).decls.get(gi.decl as usize)?;
            Some(GcSyntax::new(db, d, &gi.inference))
        }
    }
}

/// Expression `e` of a body as gc's `-m` prints it; `None` for a node without source.
/// The implicit slice of a variadic call prints as `... argument`; a field step of a
/// selector through embedded fields prints the path up to it (`o.Inner` of `o.X`).
/// `variadic_as_written`: variadic calls print with their arguments as written (gc's
/// text before FixVariadicCall reached them).
pub fn expr_text(
    db: &dyn Db,
    owner: BodyOwner,
    bsm: &BodyWithSourceMap,
    e: ExprId,
    variadic_as_written: bool,
) -> Option<String> {
    let (body, map) = (&bsm.body, &bsm.source_map);
    let x = get(&body.exprs, e)?;
    if let ExprKind::SliceLit { site, .. } = x.kind {
        if get(&body.sites, site).is_some_and(|s| s.kind == AllocKind::VariadicSlice) {
            return Some("... argument".into());
        }
    }
    let s = map.expr_syntax.get(&e)?;
    let mut gc = body_gc_syntax(db, owner, s.decl)?;
    gc.variadic_as_written = variadic_as_written;
    let devirt = devirt_calls(db, &gc, bsm, s.decl);
    gc.devirt = &devirt;
    // A node gc's devirtualization made: the receiver `x.(T)` along its fields.
    if let Some(d) = body.devirtualized.iter().find(|d| d.sel == *s) {
        if let Some(t) = devirt_recv_text(db, &gc, body, d, e) {
            return Some(t);
        }
    }
    // A method value of a promoted method: gc prints its embedded fields and the method
    // (`o.Inner.V`), where a receiver printed alone stops at the fields.
    if let ExprKind::MethodValue { .. } = x.kind {
        let text = gc.fmt_selector(s.expr, None);
        if !gc.selector_steps(s.expr).is_empty() {
            if let Some(golift_syntax::ast::ExprKind::Selector { sel, .. }) =
                crate::gc_text::get(&gc.decl.exprs, s.expr).map(|x| &x.kind)
            {
                return Some(format!("{text}.{}", sel.text));
            }
        }
        return Some(text);
    }
    if let ExprKind::Field { .. } = x.kind {
        let steps = field_depth(body, map, e);
        if steps < gc.selector_steps(s.expr).len() {
            return Some(gc.fmt_selector(s.expr, Some(steps)));
        }
    }
    let text = gc.fmt_expr(s.expr, 0);
    // The literal inside an elided `{...}` of pointer type (`&T{...}` in gc's text)
    // is `T{...}` itself.
    if matches!(
        x.kind,
        ExprKind::StructLit { .. } | ExprKind::ArrayLit { .. }
    ) {
        if let Some(lit) = text.strip_prefix('&') {
            return Some(lit.to_string());
        }
    }
    Some(text)
}

/// How many field steps of its selector `e` is (1 for the innermost).
fn field_depth(body: &super::Body, map: &super::BodySourceMap, e: ExprId) -> usize {
    let from = map.expr_syntax.get(&e);
    let mut n = 0;
    let mut cur = e;
    while let Some(x) = get(&body.exprs, cur) {
        if map.expr_syntax.get(&cur) != from {
            break;
        }
        match x.kind {
            ExprKind::Field { x, .. } => {
                n += 1;
                cur = x;
            }
            ExprKind::Deref(x) => cur = x,
            _ => break,
        }
    }
    n
}

/// Statement `s` of a body as gc's `-m` prints it (`x := y`, `return a, b`, a `var`
/// spec as `names = values`); `None` for a statement without source.
/// `variadic_as_written` as for [`expr_text`].
pub fn stmt_text(
    db: &dyn Db,
    owner: BodyOwner,
    bsm: &BodyWithSourceMap,
    s: StmtId,
    variadic_as_written: bool,
) -> Option<String> {
    let from = bsm.source_map.stmt_syntax.get(&s)?;
    let mut gc = body_gc_syntax(db, owner, from.decl)?;
    gc.variadic_as_written = variadic_as_written;
    let devirt = devirt_calls(db, &gc, bsm, from.decl);
    gc.devirt = &devirt;
    Some(match (from.spec, from.name) {
        (Some(i), Some(n)) => gc.var_spec_name_text(from.stmt, i as usize, n as usize),
        (Some(i), None) => gc.var_spec_text(from.stmt, i as usize),
        (None, _) => gc.fmt_stmt(from.stmt),
    })
}

/// `name = value` of the package initialiser's `init`th initialiser (an index into
/// [`crate::PackageInit::inits`]), for its `i`th name.
pub fn global_init_text(db: &dyn Db, owner: BodyOwner, init: u32, i: u32) -> Option<String> {
    let BodyOwner::PackageInit(package) = owner else {
        return None;
    };
    let gi = crate::package_init(db, package).inits.get(init as usize)?;
    let gc = body_gc_syntax(db, owner, init)?;
    Some(gc.global_init_text(gi.spec as usize, i as usize))
}

/// Clause `clause` of type switch `s` as gc's `-m` prints an `OCASE`: `case T, U: `
/// then its statements as gc's IR holds them (see [`GcSyntax::case_clause_text`]).
pub fn type_switch_case_text(
    db: &dyn Db,
    owner: BodyOwner,
    bsm: &BodyWithSourceMap,
    s: StmtId,
    clause: u32,
) -> Option<String> {
    let from = bsm.source_map.stmt_syntax.get(&s)?;
    let mut gc = body_gc_syntax(db, owner, from.decl)?;
    let devirt = devirt_calls(db, &gc, bsm, from.decl);
    gc.devirt = &devirt;
    gc.case_clause_text(from.stmt, clause as usize)
}

/// gc's `-m` line for a devirtualized call: `devirtualizing x.M to T` (or
/// `partially devirtualizing ...`), at the call's position; `None` without source.
pub fn devirt_message(db: &dyn Db, owner: BodyOwner, d: &super::Devirtualized) -> Option<String> {
    let gc = body_gc_syntax(db, owner, d.sel.decl)?;
    let partial = if d.partial { "partially " } else { "" };
    Some(format!(
        "{partial}devirtualizing {} to {}",
        gc.fmt_expr(d.sel.expr, 0),
        crate::gc_text::gc_type_string(&d.ty)
    ))
}

/// The devirtualized calls of declaration `decl` as gc prints them.
fn devirt_calls(
    db: &dyn Db,
    gc: &GcSyntax<'_>,
    bsm: &BodyWithSourceMap,
    decl: u32,
) -> Vec<crate::gc_text::DevirtCall> {
    let body = &bsm.body;
    let mut out = Vec::new();
    for d in body.devirtualized.iter().filter(|d| d.sel.decl == decl) {
        let (Some(call), Some(x)) = (
            bsm.source_map.expr_syntax.get(&d.call),
            get(&body.exprs, d.call),
        ) else {
            continue;
        };
        let (recv, method) = match &x.kind {
            ExprKind::Call {
                callee: super::Callee::Static(f),
                args,
                ..
            } => (
                args.first().copied(),
                Some(crate::symbols::func_name(db, *f)),
            ),
            ExprKind::Call {
                callee: super::Callee::Interface { recv, .. },
                ..
            } => (Some(*recv), None),
            _ => continue,
        };
        let Some(recv) = recv.and_then(|r| devirt_recv_text(db, gc, body, d, r)) else {
            continue;
        };
        out.push(crate::gc_text::DevirtCall {
            call: call.expr,
            recv,
            method,
        });
    }
    out
}

/// A node of devirtualized call `d`'s receiver, `x.(T)` along the embedded fields
/// (implicit `&` and `*` print as nothing), as gc prints it; `None` for another node.
fn devirt_recv_text(
    db: &dyn Db,
    gc: &GcSyntax<'_>,
    body: &super::Body,
    d: &super::Devirtualized,
    e: ExprId,
) -> Option<String> {
    let mut names = Vec::new();
    let mut cur = e;
    while cur != d.assert {
        match get(&body.exprs, cur)?.kind {
            ExprKind::Field { x, index } => {
                let mut t = get(&body.exprs, x)?.ty.clone();
                if let crate::TyKind::Pointer(el) = crate::underlying(db, &t).kind() {
                    t = el.clone();
                }
                match crate::underlying(db, &t).kind() {
                    crate::TyKind::Struct(fs) => names.push(fs.get(index as usize)?.name.clone()),
                    _ => return None,
                }
                cur = x;
            }
            ExprKind::Deref(x) | ExprKind::Addr(x) => cur = x,
            _ => return None,
        }
    }
    let operand = match get(&gc.decl.exprs, d.sel.expr).map(|x| &x.kind) {
        Some(golift_syntax::ast::ExprKind::Selector { x, .. }) => *x,
        _ => return None,
    };
    let mut s = format!(
        "{}.({})",
        gc.fmt_expr(operand, 8),
        crate::gc_text::gc_type_string(&d.ty)
    );
    for n in names.iter().rev() {
        s.push('.');
        s.push_str(n);
    }
    Some(s)
}
