//! `golift build`: type errors, then `-m` notes (if asked), then an executable where
//! `go build` would put it. Several packages (`golift build ./a ./b`) are each compiled
//! and checked, and, as go does, their executables are written only with `-o DIR`.

use std::path::{Path, PathBuf};

use golift::output;
use golift::package_args::{self, Named, Verb};
use golift::pipeline::{self, Failure};
use golift::target::{parse_target, platform};
use target_lexicon::Triple;

pub fn build(
    args: &[PathBuf],
    out: Option<&Path>,
    target: Option<&str>,
    escape_level: u8,
    all_errors: bool,
) -> Result<(), Failure> {
    let triple = parse_target(target)?;
    let packages = package_args::resolve_many(args, platform(&triple), Verb::Build)?;
    let write = match (packages.len(), out) {
        (1, out) => Write::As(out),
        (_, None) => Write::Nothing,
        (_, Some(dir)) if output::names_directory(dir) => Write::As(Some(dir)),
        (_, Some(file)) => {
            return Err(Failure {
                message: format!(
                    "golift: cannot write multiple packages to non-directory {}\n",
                    file.display()
                ),
                status: 1,
            })
        }
    };
    // Every package is built; the failures are reported together, the worst status wins.
    let mut failure: Option<Failure> = None;
    for named in &packages {
        if let Err(f) = build_package(named, &triple, write, escape_level, all_errors) {
            failure = Some(match failure {
                None => f,
                Some(prev) => Failure {
                    message: prev.message + &f.message,
                    status: prev.status.max(f.status),
                },
            });
        }
    }
    failure.map_or(Ok(()), Err)
}

/// What becomes of a main package's executable.
#[derive(Clone, Copy)]
enum Write<'a> {
    /// Written where `-o` (or its absence) says.
    As(Option<&'a Path>),
    /// Not written (several packages and no `-o DIR`).
    Nothing,
}

fn build_package(
    named: &Named,
    triple: &Triple,
    write: Write<'_>,
    escape_level: u8,
    all_errors: bool,
) -> Result<(), Failure> {
    let session = super::load_checked(named, triple, all_errors)?;
    if escape_level > 0 {
        eprint!("{}", pipeline::escape_notes(&session, escape_level));
    }
    let out = match write {
        Write::As(out) if pipeline::is_main_package(&session) => out,
        // As `go build` of a non-main package (or of several without `-o DIR`):
        // compiled, checked, nothing written.
        _ => return pipeline::object(&session, triple).map(|_| ()),
    };
    let dest = output::destination(out, named)?;
    let linked = pipeline::executable(&session, triple)?;
    output::install(&linked.exe, &dest, &named.import_path)
}
