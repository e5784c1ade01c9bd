//! Running the analysis: one salsa query per batch, the per-function views of it, the
//! package initialisers, and the package's diagnostics in gc's order.

use golift_hir::{Db, Func, Package, SourceFile};

use crate::build::Batch;
use crate::graph::{ArenaGet as _, LocNode, Where};
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
    let (b, tops) = walk_batch(db, key.package(db), key.names(db));
    batch_output(&b, tops)
}

/// The batch's results and diagnostics.
pub(crate) fn batch_output(b: &Batch<'_>, tops: Vec<(String, usize, usize)>) -> BatchOutput {
    let mut out = BatchOutput::default();
    for (name, unit, top) in tops {
        let tags = tags_of(b, top);
        out.funcs.push((name, unit_result(b, unit), tags));
    }
    out.ordered = b
        .out
        .iter()
        .map(|(u, d)| (b.units[*u].key.clone(), d.clone()))
        .collect();
    out
}

/// Builds and solves one batch: every function of `names` walked over its typed body,
/// with the functions' names, units and indices.
#[allow(clippy::type_complexity)]
pub(crate) fn walk_batch<'db>(
    db: &'db dyn Db,
    package: Package,
    names: &[String],
) -> (Batch<'db>, Vec<(String, usize, usize)>) {
    let mut b = Batch::new(db);
    let mut tops = Vec::new();
    for name in names {
        let func = Func::new(db, package, name.clone());
        let body = golift_hir::body::body_with_source_map(db, func);
        let unit = b.add_unit(Some(func), format!("F{name}"), body, 0);
        let top = b.init_func(unit);
        b.batch_funcs.insert(name.clone(), top);
        tops.push((name.clone(), unit, top));
    }
    for &(_, _, top) in &tops {
        b.walk_func(top);
    }
    solve_and_finish(&mut b);
    (b, tops)
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

/// gc's `HeapAllocReason`: declared variables over 10 MiB, and the size rules of
/// allocation sites (`func.rs`).
fn heap_alloc_reason(b: &mut Batch<'_>, l: usize) -> Option<&'static str> {
    let loc = &b.locs[l];
    let at: Where = loc.at?;
    let saved = b.unit;
    b.unit = at.unit;
    let r = match loc.node {
        LocNode::Local(local) => {
            let x = b.body()?.locals.get(local)?;
            if loc.is_param || loc.result_index > 0 || x.kind == golift_hir::LocalKind::Temp {
                None
            } else {
                size::declared_var_reason(b.db, &x.ty)
            }
        }
        LocNode::Site(site) => crate::func::site_reason(b, site),
        _ => None,
    };
    b.unit = saved;
    r
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
        sites: u.result.sites.clone(),
        byval: u.result.byval.clone(),
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
    let index = *crate::scc::batch_of(db, package).get(name)?;
    let batch = crate::scc::batches(db, package).get(index)?;
    let key = BatchKey::new(db, package, batch.clone());
    analyze_batch(db, key)
        .funcs
        .iter()
        .find(|(n, _, _)| n == name)
        .map(|(_, r, t)| (r, t))
}

/// The package initialisers' escape analysis over `main.init`'s body.
#[salsa::tracked(returns(ref))]
pub(crate) fn init_output(
    db: &dyn Db,
    package: Package,
) -> (PackageInitEscape, Vec<(String, EscDiag)>) {
    let mut b = Batch::new(db);
    let units = crate::init::walk_init(&mut b, package);
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
    // gc's devirtualization runs before escape analysis, over the functions in source
    // order, and prints as it goes.
    let mut funcs: Vec<(usize, u32, Func<'_>)> = golift_hir::package_funcs(db, package)
        .iter()
        .filter_map(|&f| {
            let (file, start) = (*golift_hir::decl_offset(db, f))?;
            Some((files.iter().position(|&x| x == file)?, start, f))
        })
        .collect();
    funcs.sort_by_key(|&(file, start, _)| (file, start));
    for (_, _, func) in funcs {
        let bsm = golift_hir::body::body_with_source_map(db, func);
        let owner = golift_hir::body::BodyOwner::Func(golift_hir::FuncId::new(func));
        for d in &bsm.body.devirtualized {
            let (Some(facts), Some(text)) = (
                bsm.body.gc.get(&d.call),
                golift_hir::body::devirt_message(db, owner, d),
            ) else {
                continue;
            };
            if let Some(pos) = fmt_pos(&format!("F{}", func.name(db)), facts.pos) {
                lines.push(format!("{pos}: {text}"));
            }
        }
    }
    // Then the package initialiser's, whose positions are absolute in their file.
    let init = golift_hir::body::init_body_with_source_map(db, package);
    for d in &init.body.devirtualized {
        let owner = golift_hir::body::BodyOwner::PackageInit(package);
        let (Some(facts), Some(text)) = (
            init.body.gc.get(&d.call),
            golift_hir::body::devirt_message(db, owner, d),
        ) else {
            continue;
        };
        let shift = golift_hir::body::INIT_FILE_SHIFT;
        let Some(&file) = files.get((facts.pos >> shift) as usize) else {
            continue;
        };
        let abs = facts.pos & ((1 << shift) - 1);
        let (line, col) = golift_hir::line_index(db, file).line_col(abs);
        lines.push(format!("{}:{line}:{col}: {text}", file.path(db)));
    }
    let mut emit = |key: &str, d: &EscDiag| {
        if d.level > level {
            return;
        }
        let Some(pos) = fmt_pos(key, d.offset) else {
            return;
        };
        let msg = crate::diag::render(db, package, &d.message, &|k, o| fmt_pos(k, o));
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
    if level >= 2 {
        let param_pos = |func: golift_hir::Func<'_>, i: usize| {
            let inf = golift_hir::infer(db, func);
            let local = inf.locals.get(*inf.params.get(i)?)?;
            fmt_pos(&format!("F{}", func.name(db)), local.span.start)
        };
        lines.extend(crate::wrappers::wrapper_notes(
            db,
            package,
            &param_pos,
            &|k, o| fmt_pos(k, o),
        ));
    }
    lines
}
