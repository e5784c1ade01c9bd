//! `golift asm`: the machine code of each function under its Go source lines.

use std::path::PathBuf;

use golift::package_args::Verb;
use golift::pipeline::{self, Failure};
use golift::target::parse_target;

pub fn asm(args: &[PathBuf], func: Option<&str>, target: Option<&str>) -> Result<String, Failure> {
    let triple = parse_target(target)?;
    let (_, session) = super::checked(args, &triple, Verb::Build, false)?;
    super::check_func(&session, func)?;
    golift_codegen::asm_text(&session.db, session.package, &triple, func)
        .map_err(|d| pipeline::rendered(&session, &d))
}
