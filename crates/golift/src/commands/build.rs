//! `golift build`: type errors, then `-m` notes (if asked), then an executable.

use std::path::{Path, PathBuf};

use golift::pipeline::{self, Failure};
use golift::session::Session;
use golift::target::parse_target;

pub fn build(
    files: &[PathBuf],
    output: Option<&Path>,
    target: Option<&str>,
    escape_level: u8,
    all_errors: bool,
) -> Result<(), Failure> {
    let triple = parse_target(target)?;
    let session =
        Session::load_reporting(files, all_errors).map_err(|m| Failure::compile(m + "\n"))?;
    pipeline::check(&session)?;
    if escape_level > 0 {
        eprint!("{}", pipeline::escape_notes(&session, escape_level));
    }
    if !pipeline::is_main_package(&session) {
        // As `go build x.go` of a non-main package: compiled, checked, nothing written.
        return pipeline::object(&session, &triple).map(|_| ());
    }
    let out = match output {
        Some(path) => path.to_path_buf(),
        None => default_output(&files[0]),
    };
    pipeline::executable(&session, &triple, &out)
}

/// `x.go` builds `x`, as `go build x.go` does.
fn default_output(first: &Path) -> PathBuf {
    let stem = first.file_stem().map(|s| s.to_owned()).unwrap_or_default();
    PathBuf::from(stem)
}
