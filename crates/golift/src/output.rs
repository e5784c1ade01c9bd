//! Where `golift build` writes the executable and how it gets there, as `go build`
//! decides: the default name in the current directory, `-o FILE`, or `-o DIR` (an
//! existing directory, or any path ending in `/`) for the default name inside it;
//! missing parent directories are created. Failures are go's words (`build output "x"
//! already exists and is a directory`, `mkdir d/: ...`, `open f: ...`). Linking itself is
//! [`crate::link`]'s.

use std::path::{Path, PathBuf};

use crate::failure::Failure;
use crate::ioerr;
use crate::package_args::Named;

fn fail(message: String) -> Failure {
    Failure {
        message: message + "\n",
        status: 1,
    }
}

/// The path the executable of `named` goes to.
pub fn destination(output: Option<&Path>, named: &Named) -> Result<PathBuf, Failure> {
    match output {
        None => {
            let out = PathBuf::from(&named.exec_name);
            if out.is_dir() {
                return Err(fail(format!(
                    "golift: build output \"{}\" already exists and is a directory",
                    named.exec_name
                )));
            }
            Ok(out)
        }
        Some(path) => Ok(if names_directory(path) {
            path.join(&named.exec_name)
        } else {
            path.to_path_buf()
        }),
    }
}

/// Whether `-o PATH` names a directory: an existing one, or any path ending in `/`.
pub fn names_directory(path: &Path) -> bool {
    path.to_string_lossy().ends_with('/') || path.is_dir()
}

/// Puts the linked executable `exe` at `out`, creating missing parent directories. A
/// special file (`/dev/null`, a pipe) is written to, never replaced; a regular file is
/// replaced by renaming (copying across devices).
/// `import_path` names the package in messages, as go names it.
pub fn install(exe: &Path, out: &Path, import_path: &str) -> Result<(), Failure> {
    let what = format!("golift build {import_path}");
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = parent.filter(|d| !d.is_dir()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            fail(format!(
                "{what}: mkdir {}/: {}",
                dir.display(),
                ioerr::reason(&e)
            ))
        })?;
    }
    let open_err = |e: std::io::Error| {
        fail(format!(
            "{what}: open {}: {}",
            out.display(),
            ioerr::reason(&e)
        ))
    };
    let special = std::fs::metadata(out).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if special {
        let bytes = std::fs::read(exe).map_err(open_err)?;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(out)
            .map_err(open_err)?;
        return std::io::Write::write_all(&mut f, &bytes).map_err(open_err);
    }
    if std::fs::rename(exe, out).is_ok() {
        return Ok(());
    }
    std::fs::copy(exe, out).map(|_| ()).map_err(open_err)
}
