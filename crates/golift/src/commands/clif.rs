//! `golift clif`: the Cranelift IR golift builds for each function.

use std::path::PathBuf;

use golift::pipeline::{self, Failure};
use golift::session::Session;
use golift::target::parse_target;

pub fn clif(
    files: &[PathBuf],
    func: Option<&str>,
    target: Option<&str>,
) -> Result<String, Failure> {
    let triple = parse_target(target)?;
    let session = Session::load(files).map_err(|m| Failure::compile(m + "\n"))?;
    pipeline::check(&session)?;
    golift_codegen::clif_text(&session.db, session.package, &triple, func)
        .map_err(|d| pipeline::rendered(&session, &d))
}
