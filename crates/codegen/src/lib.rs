//! golift-codegen: typed Go bodies plus escape decisions to Cranelift IR, machine code
//! and one ELF object per package.
//!
//! Being written; the public API below is what the driver uses.

use golift_hir::{Db, Diagnostic, Package};
use target_lexicon::Triple;

/// The object file of one package, ready to be linked with the runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledPackage {
    pub object: Vec<u8>,
}

/// Compiles every function of `package` (and `main.init`) for `triple` into one object.
pub fn compile_package(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
) -> Result<CompiledPackage, Vec<Diagnostic>> {
    let _ = (db, package, triple);
    Err(Vec::new())
}

/// The Cranelift IR of each function (those named `func_filter` only, when given).
pub fn clif_text(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
    func_filter: Option<&str>,
) -> Result<String, Vec<Diagnostic>> {
    let _ = (db, package, triple, func_filter);
    Err(Vec::new())
}

/// The disassembly of each function, instructions grouped under their Go source line.
pub fn asm_text(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
    func_filter: Option<&str>,
) -> Result<String, Vec<Diagnostic>> {
    let _ = (db, package, triple, func_filter);
    Err(Vec::new())
}

/// Runs the asmcheck annotations of one `testdata/codegen` file; `Err` lists failures.
pub fn check_asmcheck_file(
    db: &dyn Db,
    path: &std::path::Path,
    triple: &Triple,
) -> Result<(), Vec<String>> {
    let _ = (db, path, triple);
    Err(vec!["not implemented yet".to_string()])
}
