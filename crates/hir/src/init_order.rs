//! Package-level variables: their types and Go's initialisation order, computed as
//! types2's `initOrder` does, with its `initialization loop for a` errors. Constants,
//! variables and functions are nodes; an edge is a reference (types2's `declInfo.deps`:
//! a declaration's type and value, a function's body). Functions are then removed,
//! connecting what refers to them with what they refer to, and the remaining nodes are
//! taken fewest outstanding dependencies first, then in declaration order. A node taken
//! with dependencies still outstanding is on a cycle, reported once from that node.
//! What is initialised when is gc's (its pkginit orders assignments): `var a, b = f()`
//! initialises all its names when the first is taken, `var a, b = x, y` each name on
//! its own (`GlobalInit::only`).
//! This module does not check declarations (that is `pkg_env`) nor print positions (the
//! error list does, from the names here).

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet};

use crate::pkg_env::{find_name_pos, package_env};
use crate::{
    func_by_name, infer, item_tree, package_items, Db, Func, GlobalInit, InitCycleObj, ItemKind,
    Package, PackageInit, Res, SourceFile,
};

/// The package's variables and their initialisers in Go's order, and its initialisation
/// cycles. The errors of package-level declarations are not here but in
/// [`crate::package_env`], relative to their declarations, so that this does not depend
/// on where declarations start.
#[salsa::tracked(returns(ref))]
pub fn package_init(db: &dyn Db, package: Package) -> PackageInit {
    let env = package_env(db, package);
    let items = &package_items(db, package).items;
    let files = package.files(db);

    let file_ix = |f: SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    // Every package-level constant, variable (`_` and redeclarations included),
    // function and method, in declaration order.
    let mut objs: Vec<Obj> = env
        .deps
        .iter()
        .enumerate()
        .map(|(i, d)| Obj {
            name: d.name.clone(),
            kind: if d.is_const {
                ItemKind::Const
            } else {
                ItemKind::Var
            },
            order: (file_ix(d.file), d.decl, d.offset),
            deps_of: Some(i),
        })
        .collect();
    // Methods (`T.M`) too: a method referred to is a dependency, as in types2.
    for (name, loc) in items {
        if loc.kind != ItemKind::Func {
            continue;
        }
        let offset = item_tree(db, loc.file)
            .decls
            .get(loc.decl as usize)
            .and_then(|d| find_name_pos(d, name))
            .unwrap_or(0);
        objs.push(Obj {
            name: name.clone(),
            kind: ItemKind::Func,
            order: (file_ix(loc.file), loc.decl, offset),
            deps_of: None,
        });
    }
    objs.sort_by_key(|o| o.order);
    // Names denote their first declaration.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, o) in objs.iter().enumerate() {
        index.entry(o.name.as_str()).or_insert(i);
    }

    // What each refers to, in source order; a function's body only once something
    // reaches it (a function no variable reaches plays no part).
    let to_nodes = |names: &[String]| {
        let mut out: Vec<usize> = Vec::new();
        for n in names {
            if let Some(&i) = index.get(n.as_str()) {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        out
    };
    let mut deps: Vec<Vec<usize>> = objs
        .iter()
        .map(|o| match o.deps_of {
            Some(i) => to_nodes(&env.deps[i].deps),
            None => Vec::new(),
        })
        .collect();
    let mut loaded: Vec<bool> = objs.iter().map(|o| o.deps_of.is_some()).collect();
    let mut stack: Vec<usize> = deps.iter().flatten().copied().collect();
    while let Some(f) = stack.pop() {
        if loaded[f] {
            continue;
        }
        loaded[f] = true;
        deps[f] = to_nodes(&func_refs_by_name(db, package, &objs[f].name));
        stack.extend(deps[f].iter().copied());
    }

    let is_func = |i: usize| objs[i].kind == ItemKind::Func;
    // The graph without functions: each constant or variable depends on what it reaches
    // through functions only.
    let n = objs.len();
    let mut succ: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for v in (0..n).filter(|&v| !is_func(v)) {
        let mut seen: HashSet<usize> = HashSet::new();
        let mut stack: Vec<usize> = deps[v].clone();
        while let Some(d) = stack.pop() {
            if is_func(d) {
                if seen.insert(d) {
                    stack.extend(deps[d].iter().copied());
                }
            } else {
                succ[v].insert(d);
            }
        }
    }
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (v, s) in succ.iter().enumerate() {
        for &d in s {
            pred[d].push(v);
        }
    }
    let mut ndeps: Vec<usize> = succ.iter().map(BTreeSet::len).collect();

    let mut out = PackageInit {
        globals: env.scope.globals.clone(),
        ..PackageInit::default()
    };
    let spec_of: HashMap<(SourceFile, u32, u32), usize> = env
        .var_inits
        .iter()
        .enumerate()
        .map(|(i, g)| ((g.file, g.decl, g.spec), i))
        .collect();
    // types2 emits `var a, b = f()`'s one initialiser when the first of its names is
    // taken, and each value of `var a, b = x, y` when its own name is.
    let value_per_name: Vec<bool> = env
        .var_inits
        .iter()
        .map(|g| spec_values(db, g) > 1)
        .collect();
    let mut emitted = vec![false; env.var_inits.len()];
    let mut emitted_names: HashSet<(usize, u32)> = HashSet::new();
    let mut taken = vec![false; n];
    // Fewest outstanding dependencies first, then declaration order (an entry whose
    // count has changed since it was pushed is stale and skipped).
    let mut queue: BinaryHeap<Reverse<(usize, usize)>> = (0..n)
        .filter(|&v| !is_func(v))
        .map(|v| Reverse((ndeps[v], v)))
        .collect();
    // The nodes of each spec's names.
    let mut spec_nodes: Vec<Vec<usize>> = vec![Vec::new(); env.var_inits.len()];
    for (v, o) in objs.iter().enumerate() {
        let Some(d) = o.deps_of.map(|i| &env.deps[i]) else {
            continue;
        };
        if let Some(&i) = spec_of
            .get(&(d.file, d.decl, d.spec))
            .filter(|_| !d.is_const)
        {
            spec_nodes[i].push(v);
        }
    }
    while let Some(Reverse((count, v))) = queue.pop() {
        if taken[v] || count != ndeps[v] {
            continue;
        }
        // What is initialised now: `v`, and with `var a, b = f()`'s one initialiser
        // all its names at once (gc's pkginit orders assignments, so what waits for
        // `b` is ready as soon as `a` is).
        let mut done = vec![v];
        let spec = objs[v]
            .deps_of
            .map(|i| &env.deps[i])
            .filter(|d| !d.is_const)
            .and_then(|d| Some((spec_of.get(&(d.file, d.decl, d.spec)).copied()?, d.offset)));
        if let Some((i, offset)) = spec {
            if value_per_name[i] {
                match name_index(db, &env.var_inits[i], offset) {
                    Some(k) if emitted_names.insert((i, k)) => out.inits.push(GlobalInit {
                        only: Some(k),
                        ..env.var_inits[i].clone()
                    }),
                    _ => {}
                }
            } else if !emitted[i] {
                emitted[i] = true;
                out.inits.push(env.var_inits[i].clone());
                done.extend(spec_nodes[i].iter().copied().filter(|&u| u != v));
            }
        }
        for u in done {
            if taken[u] {
                continue;
            }
            if ndeps[u] > 0 {
                let mut seen = HashSet::new();
                if let Some(cycle) = find_path(&deps, u, u, &mut seen) {
                    out.cycles.push(cycle_names(&objs, &cycle));
                }
            }
            taken[u] = true;
            for &p in &pred[u] {
                if !taken[p] {
                    ndeps[p] -= 1;
                    queue.push(Reverse((ndeps[p], p)));
                }
            }
        }
    }
    // Every spec has its names among the nodes; should one not, it is still
    // initialised (last, in declaration order) rather than silently dropped.
    for (i, g) in env.var_inits.iter().enumerate() {
        if value_per_name[i] {
            for k in 0..g.names.len() as u32 {
                if emitted_names.insert((i, k)) {
                    out.inits.push(GlobalInit {
                        only: Some(k),
                        ..g.clone()
                    });
                }
            }
        } else if !emitted[i] {
            out.inits.push(g.clone());
        }
    }
    out
}

/// The spec `g` initialises, from the item tree.
fn var_spec<'db>(db: &'db dyn Db, g: &GlobalInit) -> Option<&'db golift_syntax::ast::ValueSpec> {
    let decl = item_tree(db, g.file).decls.get(g.decl as usize)?;
    match &decl.kind {
        golift_syntax::ast::DeclKind::Var(specs) => specs.get(g.spec as usize),
        _ => None,
    }
}

/// How many values spec `g` has (`var a, b = x, y`: 2; `var a, b = f()`: 1).
fn spec_values(db: &dyn Db, g: &GlobalInit) -> usize {
    var_spec(db, g).map_or(0, |s| s.values.len())
}

/// The index of the name declared at `offset` (relative to its declaration) in `g`.
fn name_index(db: &dyn Db, g: &GlobalInit, offset: u32) -> Option<u32> {
    let spec = var_spec(db, g)?;
    let k = spec.names.iter().position(|n| n.span.start == offset)?;
    Some(k as u32)
}

/// A node of the dependency graph.
struct Obj {
    name: String,
    kind: ItemKind,
    /// Declaration order: file, declaration, offset of the name.
    order: (usize, u32, u32),
    /// Index into [`crate::PackageEnv::deps`]; `None` for a function.
    deps_of: Option<usize>,
}

/// The package-level names the function `name`'s body refers to, in source order.
fn func_refs_by_name(db: &dyn Db, package: Package, name: &str) -> Vec<String> {
    match func_by_name(db, package, name) {
        Some(func) => func_refs(db, func).clone(),
        None => Vec::new(),
    }
}

/// The package-level names a function's body refers to, in source order: a query of its
/// own, equal across body edits that keep them, so that such an edit does not
/// re-execute [`package_init`].
#[salsa::tracked(returns(ref))]
fn func_refs<'db>(db: &'db dyn Db, func: Func<'db>) -> Vec<String> {
    let res = infer(db, func);
    let mut refs: Vec<_> = res.pkg_refs.iter().collect();
    refs.sort_by_key(|(e, _)| *e);
    let mut out: Vec<String> = refs.into_iter().map(|(_, n)| n.clone()).collect();
    // Resolutions made without a lookup by name (none today) would be missed: keep the
    // resolved functions and variables too.
    for r in res.resolutions.values() {
        let n = match r {
            Res::Global(g) => g.name(db).to_string(),
            Res::Func(f) => f.name(db).to_string(),
            _ => continue,
        };
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// types2's `findPath`: the objects on a path of references from `from` to `to`, as
/// `[to, ..., second]` (reversed, without `from`), or `None`.
fn find_path(
    deps: &[Vec<usize>],
    from: usize,
    to: usize,
    seen: &mut HashSet<usize>,
) -> Option<Vec<usize>> {
    if !seen.insert(from) {
        return None;
    }
    for &d in &deps[from] {
        if d == to {
            return Some(vec![d]);
        }
        if let Some(mut p) = find_path(deps, d, to, seen) {
            p.push(d);
            return Some(p);
        }
    }
    None
}

/// types2's `reportCycle` order: `cycle[0]`, then `cycle[n-1]` down to `cycle[1]`, then
/// `cycle[0]` again (each line `x refers to` but the last).
fn cycle_names(objs: &[Obj], cycle: &[usize]) -> Vec<InitCycleObj> {
    let mut order = vec![cycle[0]];
    order.extend(cycle[1..].iter().rev());
    order.push(cycle[0]);
    order
        .into_iter()
        .map(|i| InitCycleObj {
            // A method prints as its own name (`Get`, not `T.Get`), as types2's objects.
            name: match objs[i].name.split_once('.') {
                Some((_, method)) => method.to_string(),
                None => objs[i].name.clone(),
            },
            order: objs[i].order,
        })
        .collect()
}
