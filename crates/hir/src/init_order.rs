//! Package-level variables: their types and Go's initialisation order (repeatedly the
//! earliest declared variable whose dependencies, through initialisers and the bodies of
//! the functions they call, are all initialised).

use std::collections::{BTreeSet, HashMap};

use crate::pkg_env::package_env;
use crate::{func_by_name, infer, Db, InferenceResult, Package, PackageInit, Res};

/// The package's variables and their initialisers in Go's order. The errors of
/// package-level declarations are not here but in [`crate::package_env`], relative to
/// their declarations, so that this does not depend on where declarations start.
#[salsa::tracked(returns(ref))]
pub fn package_init(db: &dyn Db, package: Package) -> PackageInit {
    let env = package_env(db, package);
    let mut out = PackageInit {
        globals: env.scope.globals.clone(),
        ..PackageInit::default()
    };
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
                out.insert(g.name(db).to_string());
            }
            Res::Func(id) => {
                let f = id.name(db).to_string();
                if let Some(set) = memo.get(&f) {
                    out.extend(set.iter().cloned());
                    continue;
                }
                if stack.contains(&f) {
                    continue;
                }
                let Some(func) = func_by_name(db, package, &f) else {
                    continue;
                };
                stack.push(f.clone());
                let mut set = BTreeSet::new();
                refs_of(db, package, infer(db, func), &mut set, memo, stack);
                stack.pop();
                out.extend(set.iter().cloned());
                memo.insert(f, set);
            }
            _ => {}
        }
    }
}
