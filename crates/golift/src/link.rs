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

/// The files [`link`] creates in its directory: the object, the runtime archive and the
/// executable.
const OBJECT: &str = "main.o";
const RUNTIME: &str = "libgolift_runtime.a";
const EXECUTABLE: &str = "a.out";
const TEMP_FILES: &[&str] = &[OBJECT, RUNTIME, EXECUTABLE];

/// A temporary directory removed on drop, and by [`crate::cleanup`] when a signal stops
/// golift first.
struct TempDir {
    path: PathBuf,
    _registration: crate::cleanup::Registration,
}

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
        let registration = crate::cleanup::register(&dir, TEMP_FILES);
        std::fs::create_dir_all(&dir).map_err(|e| {
            format!(
                "golift: cannot create {}: {}",
                dir.display(),
                crate::ioerr::reason(&e)
            )
        })?;
        Ok(TempDir {
            path: dir,
            _registration: registration,
        })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A linked executable in a temporary directory of its own, removed (with the
/// executable) when this is dropped.
pub struct Linked {
    _dir: TempDir,
    pub exe: PathBuf,
}

/// The C compiler driver that links for `target`: `$CC` when set and the target is the
/// host's (as the go command's external linking uses `$CC`), else [`Target::linker`].
fn linker_for(target: Target) -> String {
    match std::env::var("CC") {
        Ok(cc) if target.is_host() && !cc.trim().is_empty() => cc,
        _ => target.linker().to_string(),
    }
}

/// Links `object` (an ELF relocatable for `triple` defining `main.main` and `main.init`)
/// with the runtime into an executable in a temporary directory. The linker's own output
/// never reaches the user: a failure is one `golift: ...` line (what failed, and the
/// first undefined symbol when that is the reason).
pub fn link(object: &[u8], triple: &Triple) -> Result<Linked, String> {
    let target = Target::of(triple)?;
    let runtime = target.runtime_archive()?;
    let tmp = TempDir::new()?;
    let obj_path = tmp.path.join(OBJECT);
    let lib_path = tmp.path.join(RUNTIME);
    let write = |path: &Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|e| {
            format!(
                "golift: cannot write {}: {}",
                path.display(),
                crate::ioerr::reason(&e)
            )
        })
    };
    write(&obj_path, object)?;
    write(&lib_path, runtime)?;
    let linker = linker_for(target);
    // The linker writes into the temp dir: a failing `cc -o /dev/null` run as root
    // deletes /dev/null, so the user's output is only ever written by `output::install`.
    let exe = tmp.path.join(EXECUTABLE);
    let output = Command::new(&linker)
        .arg("-o")
        .arg(&exe)
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
            format!(
                "golift: cannot run the linker {linker}: {} ({hint})",
                crate::ioerr::reason(&e)
            )
        })?;
    if output.status.success() && exe.is_file() {
        return Ok(Linked { _dir: tmp, exe });
    }
    let why = undefined_symbol(&String::from_utf8_lossy(&output.stderr))
        .map(|sym| format!(": undefined reference to {sym}"))
        .unwrap_or_default();
    let status = crate::child::describe(output.status).unwrap_or_else(|| "no output".into());
    Err(format!(
        "golift: linking with {linker} failed ({status}){why}"
    ))
}

/// The first symbol a GNU linker reported undefined (`undefined reference to `main.f'`).
fn undefined_symbol(stderr: &str) -> Option<&str> {
    let at = stderr.find("undefined reference to ")?;
    let rest = &stderr[at + "undefined reference to ".len()..];
    let rest = rest.trim_start_matches(['`', '\'', '\u{2018}']);
    let end = rest.find(['\'', '\u{2019}', '\n'])?;
    Some(&rest[..end])
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
