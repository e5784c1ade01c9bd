//! Linking: turns an object file emitted by codegen into an executable by running the
//! target's C compiler driver on it and the golift runtime, which is embedded in the
//! `golift` binary (built for every target by build.rs).
//!
//! x86-64 links with `cc`, aarch64 with `aarch64-linux-gnu-gcc`; objects are
//! position-independent and the executables are PIE (the drivers' default on Debian).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use target_lexicon::{Architecture, Triple};

static RUNTIME_X86_64: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/runtime-x86_64.a"));
static RUNTIME_AARCH64: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/runtime-aarch64.a"));

/// The native libraries a Rust std staticlib needs (`rustc --print native-static-libs`).
const NATIVE_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// The targets golift supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    X86_64,
    Aarch64,
}

impl Target {
    /// The supported target of `triple`, or a `golift: ...` error.
    pub fn of(triple: &Triple) -> Result<Target, String> {
        match triple.architecture {
            Architecture::X86_64 => Ok(Target::X86_64),
            Architecture::Aarch64(_) => Ok(Target::Aarch64),
            _ => Err(format!("golift: unsupported target {triple}")),
        }
    }

    /// The C compiler driver used as the linker.
    pub fn linker(self) -> &'static str {
        match self {
            Target::X86_64 => "cc",
            Target::Aarch64 => "aarch64-linux-gnu-gcc",
        }
    }

    /// The embedded runtime archive, or an error saying how to get it built.
    pub fn runtime_archive(self) -> Result<&'static [u8], String> {
        let (bytes, name, rust_target) = match self {
            Target::X86_64 => (RUNTIME_X86_64, "x86_64", "x86_64-unknown-linux-gnu"),
            Target::Aarch64 => (RUNTIME_AARCH64, "aarch64", "aarch64-unknown-linux-gnu"),
        };
        if bytes.is_empty() {
            Err(format!(
                "golift: the {name} runtime is not built: run `rustup target add {rust_target}`, then build golift again (any cargo build or cargo run)\n"
            ))
        } else {
            Ok(bytes)
        }
    }

    /// Whether programs for this target run natively on the machine golift runs on.
    pub fn is_host(self) -> bool {
        match self {
            Target::X86_64 => cfg!(target_arch = "x86_64"),
            Target::Aarch64 => cfg!(target_arch = "aarch64"),
        }
    }
}

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, String> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "golift-link-{}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            nanos
        );
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("golift: cannot create {}: {e}", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Links `object` (an ELF relocatable for `triple` defining `main.main` and `main.init`)
/// with the runtime into the executable `out`. On failure the error is the linker's
/// diagnostics (or why it could not run).
pub fn link(object: &[u8], triple: &Triple, out: &Path) -> Result<(), String> {
    let target = Target::of(triple)?;
    let runtime = target.runtime_archive()?;
    let tmp = TempDir::new()?;
    let obj_path = tmp.0.join("main.o");
    let lib_path = tmp.0.join("libgolift_runtime.a");
    std::fs::write(&obj_path, object)
        .map_err(|e| format!("golift: cannot write {}: {e}", obj_path.display()))?;
    std::fs::write(&lib_path, runtime)
        .map_err(|e| format!("golift: cannot write {}: {e}", lib_path.display()))?;
    let linker = target.linker();
    // The linker writes into the temp dir: a failing `cc -o /dev/null` run as root
    // deletes /dev/null, so `out` is only ever written by `install_output`.
    let exe_path = tmp.0.join("a.out");
    let output = Command::new(linker)
        .arg("-o")
        .arg(&exe_path)
        .arg(&obj_path)
        .arg(&lib_path)
        .arg("-Wl,--gc-sections")
        .args(NATIVE_LIBS)
        .output()
        .map_err(|e| {
            let hint = match target {
                Target::X86_64 => "install gcc",
                Target::Aarch64 => "install gcc-aarch64-linux-gnu",
            };
            format!("golift: cannot run {linker}: {e} ({hint})")
        })?;
    if output.status.success() {
        install_output(&exe_path, out)
    } else {
        let mut msg = String::from_utf8_lossy(&output.stderr).into_owned();
        if msg.trim().is_empty() {
            msg = format!("golift: {linker} failed: {}", output.status);
        }
        Err(msg)
    }
}

/// Moves the linked executable to `out`. A special file (`/dev/null`, a pipe) is written
/// to, never replaced; a regular file is replaced by renaming (copying across devices).
fn install_output(exe: &Path, out: &Path) -> Result<(), String> {
    let err = |e: std::io::Error| format!("golift: cannot write {}: {e}", out.display());
    let special = std::fs::metadata(out).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if special {
        let bytes = std::fs::read(exe).map_err(err)?;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(out)
            .map_err(err)?;
        return std::io::Write::write_all(&mut f, &bytes).map_err(err);
    }
    if std::fs::rename(exe, out).is_ok() {
        return Ok(());
    }
    std::fs::copy(exe, out).map(|_| ()).map_err(err)
}

/// A command that runs the executable `exe` built for `triple`: directly on its own
/// architecture, under `qemu-aarch64 -L /usr/aarch64-linux-gnu` for aarch64 elsewhere.
/// Arguments for the program can be appended with `.arg`.
pub fn run_command_for(triple: &Triple, exe: &Path) -> Command {
    // A bare file name would be looked up in PATH.
    let exe = if exe.components().count() == 1 && exe.is_relative() {
        Path::new(".").join(exe)
    } else {
        exe.to_path_buf()
    };
    match Target::of(triple) {
        Ok(Target::Aarch64) if !Target::Aarch64.is_host() => {
            let mut cmd = Command::new("qemu-aarch64");
            cmd.arg("-L").arg("/usr/aarch64-linux-gnu").arg(exe);
            cmd
        }
        _ => Command::new(exe),
    }
}
