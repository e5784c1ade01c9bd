//! `golift run`: build into a temporary directory, run, pass the exit status through.

use std::ffi::OsString;
use std::path::PathBuf;

use golift::pipeline::{self, Failure};
use golift::session::Session;
use golift::target::parse_target;

pub fn run(file: &PathBuf, args: &[OsString], target: Option<&str>) -> Result<i32, Failure> {
    let triple = parse_target(target)?;
    let session =
        Session::load(std::slice::from_ref(file)).map_err(|m| Failure::compile(m + "\n"))?;
    pipeline::check(&session)?;
    if !pipeline::is_main_package(&session) {
        return Err(pipeline::not_a_main_package());
    }
    let dir = std::env::temp_dir().join(format!("golift-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| Failure {
        message: format!("golift: {}: {e}\n", dir.display()),
        status: 1,
    })?;
    let exe = dir.join("prog");
    let built = pipeline::executable(&session, &triple, &exe);
    let status = built.and_then(|()| {
        golift::link::run_command_for(&triple, &exe)
            .args(args)
            .status()
            .map_err(|e| Failure {
                message: format!("golift: running {}: {e}\n", exe.display()),
                status: 1,
            })
    });
    let _ = std::fs::remove_dir_all(&dir);
    let status = status?;
    Ok(status.code().unwrap_or(2))
}
