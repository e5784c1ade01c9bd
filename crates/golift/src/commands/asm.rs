//! `golift asm`: the machine code of each function under its Go source lines.

use std::path::PathBuf;

use golift::pipeline::{self, Failure};
use golift::session::Session;
use golift::target::parse_target;

pub fn asm(files: &[PathBuf], func: Option<&str>, target: Option<&str>) -> Result<String, Failure> {
    let triple = parse_target(target)?;
    let session = Session::load(files).map_err(|m| Failure::compile(m + "\n"))?;
    pipeline::check(&session)?;
    golift_codegen::asm_text(&session.db, session.package, &triple, func)
        .map_err(|d| pipeline::rendered(&session, &d))
}
