//! The one place where linker symbols and gc's qualified names are made: a package's
//! functions and variables are `PATH.NAME` (`main.f`; the `n`th `func init()` is the item
//! `init.n`, so `main.init.0` as gc names it), its initialiser `PATH.init`, its
//! named types `PATH.T`, its methods `PATH.T.M` and `PATH.(*T).M`, its function
//! literals `PATH.f.func1` (nested: `PATH.f.func1.1`), all from the
//! package's import path. Runtime symbols
//! (`runtime.newobject`) are named by codegen's runtime-call table, not here.

use crate::{Db, FuncId, GlobalId, Package};

/// `PATH.NAME` for a name declared in `package`.
pub fn qualified(db: &dyn Db, package: Package, name: &str) -> String {
    format!("{}.{name}", package.path(db))
}

/// The symbol of a function (`main.fib`), or of a method as gc names it: `main.T.M`
/// with a value receiver, `main.(*T).M` with a pointer receiver.
pub fn func_symbol(db: &dyn Db, func: FuncId) -> String {
    qualified(db, func.package(db), &func_name(db, func))
}

/// A function's name as gc prints it in symbols, tracebacks and `-m` output: `f`,
/// `T.M`, `(*T).M`.
pub fn func_name(db: &dyn Db, func: FuncId) -> String {
    // A function literal: gc's `f.func1`, `f.func1.2`, `(*T).M.func1`.
    if let Some((owner, path)) = func.closure_path(db) {
        let mut name = func_name(db, owner);
        for (i, n) in path.iter().enumerate() {
            if i == 0 {
                name.push_str(&format!(".func{n}"));
            } else {
                name.push_str(&format!(".{n}"));
            }
        }
        return name;
    }
    let name = func.name(db);
    match name.split_once('.') {
        Some((ty, method)) if crate::signature(db, func.func(db)).ptr_recv() => {
            format!("(*{ty}).{method}")
        }
        _ => name.to_string(),
    }
}

/// The symbol of a package-level variable (`main.sink`).
pub fn global_symbol(db: &dyn Db, global: GlobalId) -> String {
    qualified(db, global.package(db), global.name(db))
}

/// The symbol of the package's initialiser (`main.init`).
pub fn init_symbol(db: &dyn Db, package: Package) -> String {
    qualified(db, package, "init")
}

/// Whether `symbol` names something the package defines (not a runtime function).
pub fn is_package_symbol(db: &dyn Db, package: Package, symbol: &str) -> bool {
    symbol
        .strip_prefix(package.path(db).as_str())
        .is_some_and(|rest| rest.starts_with('.'))
}

/// The symbol of gc's pointer wrapper `PATH.(*T).M` of value method `T.M` (what an
/// itab holds for a value method of a type not stored in the interface word itself).
pub fn ptr_wrapper_symbol(db: &dyn Db, func: FuncId) -> String {
    match func.name(db).split_once('.') {
        Some((ty, method)) => qualified(db, func.package(db), &format!("(*{ty}).{method}")),
        None => func_symbol(db, func),
    }
}
