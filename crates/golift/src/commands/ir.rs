//! `golift ir`: the typed body of each function, with escape's decisions.

use std::path::PathBuf;

use golift::package_args::Verb;
use golift::pipeline::Failure;
use golift::target::parse_target;

pub fn ir(args: &[PathBuf], func: Option<&str>) -> Result<String, Failure> {
    let triple = parse_target(None)?;
    let (_, session) = super::checked(args, &triple, Verb::Build, false)?;
    super::check_func(&session, func)?;
    Ok(golift::ir::ir_text(&session, func))
}
