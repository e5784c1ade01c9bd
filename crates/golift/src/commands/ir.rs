//! `golift ir`: the typed body of each function, with escape's decisions.

use std::path::PathBuf;

use golift::pipeline::{self, Failure};
use golift::session::Session;

pub fn ir(files: &[PathBuf], func: Option<&str>) -> Result<String, Failure> {
    let session = Session::load(files).map_err(|m| Failure::compile(m + "\n"))?;
    pipeline::check(&session)?;
    Ok(golift::ir::ir_text(&session, func))
}
