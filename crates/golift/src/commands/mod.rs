//! One module per subcommand; each turns parsed arguments into output and an exit status.

pub mod asm;
pub mod build;
pub mod clif;
pub mod ir;
pub mod run;

use std::path::PathBuf;

use golift::package_args::{self, Named, Verb};
use golift::pipeline::{self, Failure};
use golift::session::Session;
use golift::target::platform;
use target_lexicon::Triple;

/// The one package the arguments name, loaded and type-checked.
pub fn checked(
    args: &[PathBuf],
    triple: &Triple,
    verb: Verb,
    all_errors: bool,
) -> Result<(Named, Session), Failure> {
    let named = package_args::resolve(args, platform(triple), verb)?;
    let session = load_checked(&named, triple, all_errors)?;
    Ok((named, session))
}

/// A resolved package, loaded for `triple` and type-checked.
pub fn load_checked(named: &Named, triple: &Triple, all_errors: bool) -> Result<Session, Failure> {
    let mut session = Session::load(&named.files, all_errors)?;
    session.set_target(triple);
    pipeline::check(&session)?;
    Ok(session)
}

/// `--func NAME` must name a function of the package (or `init`): otherwise an error
/// listing the names there are, status 2.
pub fn check_func(session: &Session, func: Option<&str>) -> Result<(), Failure> {
    let Some(name) = func else {
        return Ok(());
    };
    let mut names = pipeline::func_names(session);
    if names.iter().any(|n| n == name) {
        return Ok(());
    }
    names.sort();
    Err(Failure {
        message: format!(
            "golift: no function {name} in the package; --func takes one of: {}\n",
            names.join(", ")
        ),
        status: 2,
    })
}
