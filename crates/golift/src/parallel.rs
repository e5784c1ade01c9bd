//! Compiling a package's functions on all cores.
//!
//! Functions are compiled by independent salsa queries (`compile_func` per function,
//! `compile_init` for the package initialiser), so they can run at the same time: each
//! worker thread holds its own handle on the shared database (a `RootDatabase` clone)
//! and computes the queries of every n-th function; salsa memoises the results, and the
//! single-threaded `compile_package` that follows only reads them. This module decides
//! nothing about code: it only chooses which thread asks first. Errors are left in the
//! memoised results for `compile_package` to report in source order.

use golift_hir::{Package, RootDatabase};
use target_lexicon::Triple;

/// Workers run the same deep recursive walks as the compiler thread and get its stack.
const WORKER_STACK: usize = crate::COMPILER_STACK;

/// Below this many functions the threads cost more than they save.
const MIN_FUNCS_PER_THREAD: usize = 16;

/// Fills salsa's memo tables with every function's machine code, using up to
/// `available_parallelism` threads. Does nothing for small packages or when threads
/// cannot be started (the caller then compiles on its own thread, as it always can).
pub fn precompile(db: &RootDatabase, package: Package, triple: &Triple) {
    let funcs = golift_hir::package_funcs(db, package).len();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(funcs / MIN_FUNCS_PER_THREAD);
    if threads < 2 {
        return;
    }
    std::thread::scope(|scope| {
        for worker in 0..threads {
            let db = db.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("golift-codegen-{worker}"))
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, move || {
                    compile_share(&db, package, triple, worker, threads)
                });
            if spawned.is_err() {
                // The remaining functions are compiled on demand by the caller.
                break;
            }
        }
    });
}

/// Compiles functions `worker`, `worker + threads`, ... (and `main.init` on worker 0).
fn compile_share(
    db: &RootDatabase,
    package: Package,
    triple: &Triple,
    worker: usize,
    threads: usize,
) {
    let target = golift_codegen::target(db, triple);
    if worker == 0 {
        golift_codegen::compile_init(db, package, target);
    }
    let funcs = golift_hir::package_funcs(db, package);
    for &func in funcs.iter().skip(worker).step_by(threads) {
        if !golift_hir::emits_code(db, func) {
            continue;
        }
        golift_codegen::compile_func(db, func, target);
    }
}
