//! Running the analysis: one salsa query per batch, the per-function views of it, the
//! package initialisers, and the package's diagnostics in gc's order.

use crate::graph::ArenaGet as _;
use golift_hir::{decl_ast, infer, Db, Func, Package, SourceFile};

use crate::build::Batch;
use crate::graph::{AllocKind, LocNode, NodeRef, Where, HEAP};
use crate::leaks::Leaks;
use crate::size;
use crate::{EscDiag, EscapeResult, InitEscape, PackageInitEscape, ParamTag};

#[salsa::interned(debug)]
pub(crate) struct BatchKey<'db> {
    #[returns(copy)]
    pub package: Package,
    #[returns(ref)]
    pub names: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct BatchOutput {
    /// Per function of the batch: its name, results and tags.
    pub funcs: Vec<(String, EscapeResult, Vec<ParamTag>)>,
    /// Every diagnostic in gc's emission order, with the unit key it belongs to.
    pub ordered: Vec<(String, EscDiag)>,
}

#[salsa::tracked(returns(ref))]
pub(crate) fn analyze_batch<'db>(db: &'db dyn Db, key: BatchKey<'db>) -> BatchOutput {
    let package = key.package(db);
    let mut b = Batch::new(db);
    let mut tops = Vec::new();
    for name in key.names(db) {
        let func = Func::new(db, package, name.clone());
        let Some(decl) = decl_ast(db, func).as_ref() else {
            continue;
        };
        let inf = infer(db, func);
        let unit = b.add_unit(Some(func), format!("F{name}"), decl, inf);
        let top = b.init_func(unit);
        b.batch_funcs.insert(name.clone(), top);
        tops.push((name.clone(), unit, top));
    }
    for &(_, _, top) in &tops {
        b.walk_func(top);
    }
    solve_and_finish(&mut b);
    let mut out = BatchOutput::default();
    for (name, unit, top) in tops {
        let tags = tags_of(&b, top);
        out.funcs.push((name, unit_result(&b, unit), tags));
    }
    out.ordered = b
        .out
        .iter()
        .map(|(u, d)| (b.units[*u].key.clone(), d.clone()))
        .collect();
    out
}

pub(crate) fn solve_and_finish(b: &mut Batch<'_>) {
    b.flow_closures();
    for l in 2..b.locs.len() {
        if let Some(why) = heap_alloc_reason(b, l) {
            let Some(at) = b.locs[l].at else { continue };
            let k = b.heap_hole();
            let k = b.addr(k, at, why);
            b.flow(k, l);
        }
    }
    b.walk_all();
    b.finish();
}

/// gc's `HeapAllocReason`.
fn heap_alloc_reason(b: &mut Batch<'_>, l: usize) -> Option<&'static str> {
    let loc = &b.locs[l];
    let at: Where = loc.at?;
    let saved = b.unit;
    b.unit = at.unit;
    let r = match loc.node {
        LocNode::Local(local) => {
            let x = b.inf().locals.get(local)?;
            if loc.is_param || loc.result_index > 0 {
                None
            } else {
                size::declared_var_reason(b.db, &x.ty)
            }
        }
        LocNode::Alloc(e, kind) => match kind {
            AllocKind::New | AllocKind::PtrLit => {
                let t = b.ty(e)?;
                match golift_hir::underlying(b.db, &t).kind() {
                    golift_hir::TyKind::Pointer(el) => size::implicit_alloc_reason(b.db, el),
                    _ => None,
                }
            }
            AllocKind::MakeSlice => make_reason(b, e),
            _ => None,
        },
        LocNode::Site(site) => crate::body_walk::site_reason(b, site),
        _ => None,
    };
    b.unit = saved;
    r
}

fn make_reason(b: &Batch<'_>, e: golift_syntax::ast::ExprId) -> Option<&'static str> {
    let golift_syntax::ast::ExprKind::Call { args, .. } = &b.decl().exprs.get(e)?.kind else {
        return None;
    };
    let r = args.get(2).or(args.get(1))?;
    let n = match b.inf().consts.get(r) {
        Some(golift_hir::ConstValue::Int(n))
            if *n >= i128::from(i32::MIN) && *n <= i128::from(i32::MAX) =>
        {
            *n
        }
        _ => return Some(size::NON_CONSTANT_SIZE),
    };
    let t = b.ty(e)?;
    let golift_hir::TyKind::Slice(el) = golift_hir::underlying(b.db, &t).kind().clone() else {
        return None;
    };
    size::make_slice_reason(b.db, &el, n)
}

pub(crate) fn tags_of(b: &Batch<'_>, top: usize) -> Vec<ParamTag> {
    let f = &b.fns[top];
    let nres = f.result_names.len();
    f.param_locals
        .iter()
        .zip(&f.param_tys)
        .map(|(l, ty)| {
            if !golift_hir::layout_of(b.db, ty).has_pointers {
                return Leaks::scalar().to_tag(nres);
            }
            let Some(l) = l else {
                return Leaks::default().to_tag(nres);
            };
            match b.units[f.unit].local_loc.get(l) {
                Some(&loc) => {
                    let mut esc = b.locs[loc].param_esc;
                    esc.optimize();
                    esc.to_tag(nres)
                }
                None => Leaks::default().to_tag(nres),
            }
        })
        .collect()
}

fn unit_result(b: &Batch<'_>, unit: usize) -> EscapeResult {
    let u = &b.units[unit];
    EscapeResult {
        heap_locals: u.result.heap_locals.clone(),
        allocs: u.result.allocs.clone(),
        alloc_kinds: u.result.alloc_kinds.clone(),
        diagnostics: b
            .out
            .iter()
            .filter(|(x, _)| *x == unit)
            .map(|(_, d)| d.clone())
            .collect(),
    }
}

/// The batch holding `func`, analysed, and `func`'s part of it.
pub(crate) fn func_output<'db>(
    db: &'db dyn Db,
    func: Func<'db>,
) -> Option<(&'db EscapeResult, &'db Vec<ParamTag>)> {
    let package = func.package(db);
    let name = func.name(db);
    let batch = crate::scc::batches(db, package)
        .iter()
        .find(|b| b.iter().any(|n| n == name))?;
    let key = BatchKey::new(db, package, batch.clone());
    analyze_batch(db, key)
        .funcs
        .iter()
        .find(|(n, _, _)| n == name)
        .map(|(_, r, t)| (r, t))
}

/// Package-level initialisers: `var x = expr` stores into a global, so every value
/// flows to the heap.
#[salsa::tracked(returns(ref))]
pub(crate) fn init_output(
    db: &dyn Db,
    package: Package,
) -> (PackageInitEscape, Vec<(String, EscDiag)>) {
    let init = golift_hir::package_init(db, package);
    let files = package.files(db);
    let mut b = Batch::new(db);
    let mut units: Vec<(SourceFile, u32, usize)> = Vec::new();
    for gi in &init.inits {
        let tree = golift_hir::item_tree(db, gi.file);
        let Some(decl) = tree.decls.get(gi.decl as usize) else {
            continue;
        };
        let golift_syntax::ast::DeclKind::Var(specs) = &decl.kind else {
            continue;
        };
        let Some(spec) = specs.get(gi.spec as usize) else {
            continue;
        };
        let fi = files.iter().position(|f| *f == gi.file).unwrap_or(0);
        let key = format!("I{fi}:{}", gi.decl);
        let unit = match units
            .iter()
            .find(|(f, d, _)| *f == gi.file && *d == gi.decl)
        {
            Some(&(_, _, u)) => u,
            None => {
                let u = b.add_unit(None, key, decl, &gi.inference);
                units.push((gi.file, gi.decl, u));
                u
            }
        };
        b.unit = unit;
        if b.fns.is_empty() {
            b.fns.push(crate::build::FnInfo::wrapper(unit, None));
        }
        b.curfn = 0;
        b.loop_depth = 1;
        for (i, &v) in spec.values.iter().enumerate() {
            let blank = spec.names.get(i).is_some_and(|n| n.text == "_");
            let k = if blank {
                b.discard_hole()
            } else {
                crate::graph::Hole::to(HEAP)
            };
            if blank {
                b.expr(k, v);
            } else {
                // gc's `name = value` in the init function, at the name.
                let pos = spec.names.get(i).map(|n| n.span.start).unwrap_or(0);
                let at = b.at(NodeRef::GlobalInit(gi.spec, i as u32), pos);
                init_expr(&mut b, v, at);
            }
        }
    }
    solve_and_finish(&mut b);
    let mut out = PackageInitEscape::default();
    for (file, decl, unit) in units {
        out.decls.push(InitEscape {
            file,
            decl,
            result: unit_result(&b, unit),
        });
    }
    let ordered = b
        .out
        .iter()
        .map(|(u, d)| (b.units[*u].key.clone(), d.clone()))
        .collect();
    (out, ordered)
}

/// A package variable's initial value: gc's staticinit lays out constants, names,
/// closures and (address of) non-map composite literals statically, element by
/// element; only what it cannot goes into the generated init function, whose values
/// are stored into globals (the heap) and reported like any function's.
fn init_expr(b: &mut Batch<'_>, e: golift_syntax::ast::ExprId, at: Where) {
    use golift_syntax::ast::{ExprKind, UnaryOp};
    if b.inf().consts.contains_key(&e) {
        return;
    }
    let Some(x) = b.decl().exprs.get(e) else {
        return;
    };
    match &x.kind {
        ExprKind::Name(_) | ExprKind::FuncLit { .. } | ExprKind::BasicLit { .. } => {}
        ExprKind::Paren(i) => init_expr(b, *i, at),
        ExprKind::Unary {
            op: UnaryOp::Addr,
            x: inner,
        } if matches!(
            b.decl().exprs.get(*inner).map(|x| &x.kind),
            Some(ExprKind::CompositeLit { .. })
        ) =>
        {
            init_expr(b, *inner, at)
        }
        ExprKind::CompositeLit { typ, elems, .. } if !is_map_lit(b, e, *typ) => {
            let vals: Vec<_> = elems.iter().map(|el| el.value).collect();
            for v in vals {
                init_expr(b, v, at);
            }
        }
        _ => {
            let k = crate::graph::Hole::to(HEAP);
            let k = b.note(k, at, "assign");
            b.expr(k, e);
        }
    }
}

/// Whether a composite literal builds a map (by its type, or by its type expression
/// when the initialiser's types are unknown).
fn is_map_lit(
    b: &Batch<'_>,
    e: golift_syntax::ast::ExprId,
    typ: Option<golift_syntax::ast::ExprId>,
) -> bool {
    if let Some(t) = b.ty(e) {
        return matches!(
            golift_hir::underlying(b.db, &t).kind(),
            golift_hir::TyKind::Map(..)
        );
    }
    typ.and_then(|t| b.decl().exprs.get(t))
        .is_some_and(|x| matches!(x.kind, golift_syntax::ast::ExprKind::MapType { .. }))
}

pub(crate) fn init_escape(db: &dyn Db, package: Package) -> PackageInitEscape {
    init_output(db, package).0.clone()
}

/// Every escape diagnostic of the package, rendered as gc prints them
/// (`path:line:col: message`), in gc's order; `level` 1 for `-m`, 2 for `-m=2`.
pub fn package_diagnostics(db: &dyn Db, package: Package, level: u8) -> Vec<String> {
    let files = package.files(db);
    let resolve = |key: &str, off: u32| -> Option<(SourceFile, u32)> {
        if let Some(name) = key.strip_prefix('F') {
            let func = golift_hir::func_by_name(db, package, name)?;
            let (file, start) = (*golift_hir::decl_offset(db, func))?;
            Some((file, start + off))
        } else {
            let rest = key.strip_prefix('I')?;
            let (f, d) = rest.split_once(':')?;
            let file = *files.get(f.parse::<usize>().ok()?)?;
            let start = *golift_hir::decl_offsets(db, file).get(d.parse::<usize>().ok()?)?;
            Some((file, start + off))
        }
    };
    let fmt_pos = |key: &str, off: u32| -> Option<String> {
        let (file, abs) = resolve(key, off)?;
        let (line, col) = golift_hir::line_index(db, file).line_col(abs);
        Some(format!("{}:{line}:{col}", file.path(db)))
    };
    let mut lines = Vec::new();
    let mut emit = |key: &str, d: &EscDiag| {
        if d.level > level {
            return;
        }
        let Some(pos) = fmt_pos(key, d.offset) else {
            return;
        };
        let msg = crate::diag::render_message(&d.message, &|k, o| fmt_pos(k, o));
        lines.push(format!("{pos}: {msg}"));
    };
    for batch in crate::scc::batches(db, package) {
        let key = BatchKey::new(db, package, batch.clone());
        for (k, d) in &analyze_batch(db, key).ordered {
            emit(k, d);
        }
    }
    for (k, d) in &init_output(db, package).1 {
        emit(k, d);
    }
    lines
}
