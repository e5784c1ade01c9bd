//! `golift run`: as `go run`, the leading arguments that end in `.go` are the files
//! (or, when the first does not, it is the package directory) and everything after them,
//! `--` and `-h` included, goes to the program. Build into a temporary directory, run,
//! report a failure in `go run`'s words (`exit status 3`, `signal: interrupt`) and, as
//! the design card's CLI contract says, pass the program's exit code through (where
//! `go run` exits 1): 3 for `exit status 3`, 128 + N for a program killed by signal N,
//! as a shell reports it. The executable is removed as soon as the program has started (on
//! the host; under qemu when it ends), so an interrupted run leaves nothing behind.

use std::ffi::OsString;
use std::path::PathBuf;

use golift::child;
use golift::link::{run_command_for, Target};
use golift::package_args::{is_go_file, Verb};
use golift::pipeline::{self, Failure};
use golift::target::parse_target;

pub fn run(args: &[OsString], target: Option<&str>) -> Result<i32, Failure> {
    let files = args.iter().take_while(|a| is_go_file(a)).count();
    let (package, program_args) = match (files, args) {
        (0, []) => {
            return Err(Failure {
                message: "golift: no go files listed\n".into(),
                status: 1,
            })
        }
        (0, [dir, rest @ ..]) => (std::slice::from_ref(dir), rest),
        (n, _) => args.split_at(n),
    };
    let package: Vec<PathBuf> = package.iter().map(PathBuf::from).collect();
    let triple = parse_target(target)?;
    let (named, session) = super::checked(&package, &triple, Verb::Run, false)?;
    if !pipeline::is_main_package(&session) {
        return Err(named.not_a_main_package());
    }
    let linked = pipeline::executable(&session, &triple)?;
    let native = Target::of(&triple).is_ok_and(Target::is_host);
    child::survive_terminal_signals();
    let mut program = run_command_for(&triple, &linked.exe)
        .args(program_args)
        .spawn()
        .map_err(|e| Failure {
            message: format!(
                "golift: running {}: {}\n",
                linked.exe.display(),
                golift::ioerr::reason(&e)
            ),
            status: 1,
        })?;
    // The running program keeps its executable; the file can go now. qemu opens it
    // after starting, so under qemu it goes when the program ends.
    let linked = if native {
        drop(linked);
        None
    } else {
        Some(linked)
    };
    let status = program.wait();
    drop(linked);
    let status = status.map_err(|e| Failure {
        message: format!("golift: {}\n", golift::ioerr::reason(&e)),
        status: 1,
    })?;
    if let Some(how) = child::describe(status) {
        eprintln!("{how}");
    }
    Ok(child::passed_through_code(status))
}
