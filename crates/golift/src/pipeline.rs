//! The stages every command shares: type errors, escape notes, object code, and an
//! executable on disk. Each stage reads the salsa queries of the crates below; nothing
//! here decides anything about Go.

use golift_hir::Diagnostic;
use target_lexicon::Triple;

use crate::link::Linked;
use crate::report::{render_errors, Located};
use crate::session::Session;

pub use crate::failure::Failure;

fn located(diags: &[Diagnostic]) -> Vec<Located> {
    diags
        .iter()
        .map(|d| Located {
            file: d.file,
            offset: d.offset,
            message: d.message.clone(),
        })
        .collect()
}

fn render(session: &Session, diags: &[Diagnostic]) -> String {
    render_errors(&session.db, located(diags))
}

/// Syntax and type errors, rendered; `Ok` when the package is valid Go.
pub fn check(session: &Session) -> Result<(), Failure> {
    let diags = if session.all_errors {
        golift_hir::package_diagnostics_all(&session.db, session.package)
    } else {
        golift_hir::package_diagnostics(&session.db, session.package)
    };
    if diags.is_empty() {
        Ok(())
    } else {
        Err(Failure::compile(render(session, diags)))
    }
}

/// gc's `-m` output at the given verbosity (1: decisions, 2: with flow explanations),
/// in gc's order (the escape crate renders it: `-m=2` lines carry positions of their own).
pub fn escape_notes(session: &Session, level: u8) -> String {
    let mut out = String::new();
    for line in golift_escape::package_diagnostics(&session.db, session.package, level) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Whether the files form package `main` (a command). `go build` of another package
/// compiles and checks it and writes nothing; `go run` refuses it.
pub fn is_main_package(session: &Session) -> bool {
    let files = session.package.files(&session.db);
    files.first().is_none_or(|&f| {
        golift_hir::parse(&session.db, f)
            .package
            .as_ref()
            .is_none_or(|n| n.text == "main")
    })
}

/// Machine code for the whole package, as an ELF object for `triple`.
pub fn object(session: &Session, triple: &Triple) -> Result<Vec<u8>, Failure> {
    crate::parallel::precompile(&session.db, session.package, triple);
    let paths = session.trace_paths();
    golift_codegen::compile_package(&session.db, session.package, triple, &paths)
        .map(|compiled| compiled.object)
        .map_err(|diags| Failure::compile(render(session, &diags)))
}

/// Compiles and links an executable, in a temporary directory of its own.
pub fn executable(session: &Session, triple: &Triple) -> Result<Linked, Failure> {
    if golift_hir::func_by_name(&session.db, session.package, "main").is_none() {
        // gc's linker's words, before any linker runs.
        return Err(Failure::compile(
            "runtime.main_main·f: function main is undeclared in the main package\n".into(),
        ));
    }
    let object = object(session, triple)?;
    crate::link::link(&object, triple).map_err(|message| Failure {
        message: message + "\n",
        status: 1,
    })
}

/// Diagnostics from a later stage (codegen's "not supported yet"), rendered.
pub fn rendered(session: &Session, diags: &[Diagnostic]) -> Failure {
    Failure::compile(render(session, diags))
}

/// The names `--func` accepts: every function of the package (`main`, `T.M`) and `init`
/// (the package initialiser).
pub fn func_names(session: &Session) -> Vec<String> {
    let mut names: Vec<String> = golift_hir::package_funcs(&session.db, session.package)
        .iter()
        .filter(|&&f| !golift_hir::is_blank_func(&session.db, f))
        .map(|&f| golift_hir::symbols::func_name(&session.db, golift_hir::FuncId::new(f)))
        .collect();
    names.push("init".to_string());
    names
}
