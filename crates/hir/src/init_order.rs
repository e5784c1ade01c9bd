//! Package-level variables: their types and Go's initialisation order (repeatedly the
//! earliest declared variable whose dependencies, through initialisers and the bodies of
//! the functions they call, are all initialised).

use std::collections::{BTreeSet, HashMap};

use crate::pkg_env::package_env;
use crate::{
    func_by_name, infer, parse, Db, Diagnostic, InferenceResult, Package, PackageInit, Res,
};

#[salsa::tracked(returns(ref))]
pub fn package_init(db: &dyn Db, package: Package) -> PackageInit {
    let env = package_env(db, package);
    let mut out = PackageInit {
        globals: env.scope.globals.clone(),
        ..PackageInit::default()
    };
    for d in &env.diagnostics {
        let base = parse(db, d.file)
            .decl_offsets
            .get(d.decl as usize)
            .copied()
            .unwrap_or(0);
        let mut message = d.message.clone();
        if let Some((first, _)) = d.cycle.split_first() {
            let names: Vec<&String> = d.cycle.iter().chain(std::iter::once(first)).collect();
            for (i, n) in names.iter().enumerate() {
                let pos = type_name_pos(db, package, n).unwrap_or_default();
                let tail = if i + 1 == names.len() {
                    ""
                } else {
                    " refers to"
                };
                message.push_str(&format!("\n\t{pos}: {n}{tail}"));
            }
        }
        out.diagnostics.push(Diagnostic {
            file: d.file,
            offset: base + d.offset,
            message,
        });
    }
    // Global variables each spec depends on.
    let mut func_deps: HashMap<String, BTreeSet<String>> = HashMap::new();
    let deps: Vec<BTreeSet<String>> = env
        .var_inits
        .iter()
        .map(|g| {
            let mut set = BTreeSet::new();
            refs_of(
                db,
                package,
                &g.inference,
                &mut set,
                &mut func_deps,
                &mut Vec::new(),
            );
            set
        })
        .collect();
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut emitted = vec![false; env.var_inits.len()];
    // Variables declared without initialiser count as initialised.
    let with_init: BTreeSet<String> = env
        .var_inits
        .iter()
        .flat_map(|g| g.names.iter().cloned())
        .collect();
    for _ in 0..env.var_inits.len() {
        let next = (0..env.var_inits.len()).find(|&i| {
            !emitted[i]
                && deps[i].iter().all(|d| {
                    done.contains(d) || !with_init.contains(d) || env.var_inits[i].names.contains(d)
                })
        });
        let i = match next {
            Some(i) => i,
            // A cycle: fall back to declaration order.
            None => match emitted.iter().position(|e| !e) {
                Some(i) => i,
                None => break,
            },
        };
        emitted[i] = true;
        done.extend(env.var_inits[i].names.iter().cloned());
        out.inits.push(env.var_inits[i].clone());
    }
    out
}

/// Collects the global variables `inference` refers to, directly or through functions.
fn refs_of(
    db: &dyn Db,
    package: Package,
    inference: &InferenceResult,
    out: &mut BTreeSet<String>,
    memo: &mut HashMap<String, BTreeSet<String>>,
    stack: &mut Vec<String>,
) {
    for r in inference.resolutions.values() {
        match r {
            Res::Global(g) => {
                out.insert(g.clone());
            }
            Res::Func(f) => {
                if let Some(set) = memo.get(f) {
                    out.extend(set.iter().cloned());
                    continue;
                }
                if stack.contains(f) {
                    continue;
                }
                let Some(func) = func_by_name(db, package, f) else {
                    continue;
                };
                stack.push(f.clone());
                let mut set = BTreeSet::new();
                refs_of(db, package, infer(db, func), &mut set, memo, stack);
                stack.pop();
                out.extend(set.iter().cloned());
                memo.insert(f.clone(), set);
            }
            _ => {}
        }
    }
}

/// `path:line:col` of the name in the declaration of type `name`.
fn type_name_pos(db: &dyn Db, package: Package, name: &str) -> Option<String> {
    let loc = crate::package_items(db, package).items.get(name).copied()?;
    let tree = parse(db, loc.file);
    let decl = tree.decls.get(loc.decl as usize)?;
    let golift_syntax::ast::DeclKind::Type(specs) = &decl.kind else {
        return None;
    };
    let spec = specs.iter().find(|s| s.name.text == name)?;
    let offset = tree.decl_offsets.get(loc.decl as usize)? + spec.name.span.start;
    let (l, c) = crate::line_index(db, loc.file).line_col(offset);
    Some(format!("{}:{l}:{c}", loc.file.path(db)))
}
