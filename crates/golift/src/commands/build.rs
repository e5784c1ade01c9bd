//! `golift build`: type errors, then `-m` notes (if asked), then an executable where
//! `go build` would put it.

use std::path::{Path, PathBuf};

use golift::output;
use golift::package_args::Verb;
use golift::pipeline::{self, Failure};
use golift::target::parse_target;

pub fn build(
    args: &[PathBuf],
    out: Option<&Path>,
    target: Option<&str>,
    escape_level: u8,
    all_errors: bool,
) -> Result<(), Failure> {
    let triple = parse_target(target)?;
    let (named, session) = super::checked(args, &triple, Verb::Build, all_errors)?;
    if escape_level > 0 {
        eprint!("{}", pipeline::escape_notes(&session, escape_level));
    }
    if !pipeline::is_main_package(&session) {
        // As `go build` of a non-main package: compiled, checked, nothing written.
        return pipeline::object(&session, &triple).map(|_| ());
    }
    let dest = output::destination(out, &named)?;
    let linked = pipeline::executable(&session, &triple)?;
    output::install(&linked.exe, &dest, &named.import_path)
}
