//! Builds the golift runtime (crates/runtime) as a staticlib for every supported target
//! and leaves the archives in OUT_DIR for `link.rs` to embed with `include_bytes!`.
//!
//! The runtime is built by a nested `cargo build --release` with its own target dir and a
//! clean environment (the outer cargo's RUSTFLAGS, target dir, wrappers and build-script
//! variables must not leak into it), keeping frame pointers, which tracebacks walk. A
//! target whose build fails (typically: its rustup target is not installed) gets an empty
//! archive; linking for it then fails with a clear message instead of failing the whole
//! build.
//!
//! The script re-runs when the toolchain's set of installed targets changes (it watches
//! the sysroot's `lib/rustlib`), so `rustup target add aarch64-unknown-linux-gnu` followed
//! by any cargo build is the one way to get a missing runtime: no clean, no touch.

use std::path::{Path, PathBuf};
use std::process::Command;

/// (target triple, archive file name in OUT_DIR)
const TARGETS: &[(&str, &str)] = &[
    ("x86_64-unknown-linux-gnu", "runtime-x86_64.a"),
    ("aarch64-unknown-linux-gnu", "runtime-aarch64.a"),
];

/// Environment variables passed through to the nested cargo; everything else is dropped.
fn keep_var(name: &str) -> bool {
    matches!(
        name,
        "PATH"
            | "HOME"
            | "USER"
            | "TMPDIR"
            | "LANG"
            | "CARGO_HOME"
            | "RUSTUP_HOME"
            | "RUSTUP_TOOLCHAIN"
            | "RUSTC"
            | "http_proxy"
            | "https_proxy"
            | "HTTP_PROXY"
            | "HTTPS_PROXY"
            | "no_proxy"
            | "NO_PROXY"
    ) || name.starts_with("CARGO_NET_")
        || name.starts_with("CARGO_HTTP_")
        || name.starts_with("CARGO_REGISTRIES_")
        || name.starts_with("CARGO_REGISTRY_")
        || name.starts_with("SSL_CERT_")
}

fn build_runtime(
    cargo: &str,
    manifest: &Path,
    target: &str,
    target_dir: &Path,
) -> Result<PathBuf, String> {
    let mut cmd = Command::new(cargo);
    cmd.env_clear();
    for (k, v) in std::env::vars_os() {
        if k.to_str().is_some_and(keep_var) {
            cmd.env(k, v);
        }
    }
    // Tracebacks walk frame pointers through the runtime's own frames
    // (crates/runtime/src/traceback.rs).
    cmd.env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes");
    cmd.args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "golift-runtime",
        "--target",
        target,
    ])
    .arg("--manifest-path")
    .arg(manifest)
    .arg("--target-dir")
    .arg(target_dir);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {cargo}: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let lib = target_dir
        .join(target)
        .join("release")
        .join("libgolift_runtime.a");
    if lib.is_file() {
        Ok(lib)
    } else {
        Err(format!("{} was not produced", lib.display()))
    }
}

/// `$(rustc --print sysroot)/lib/rustlib`: a target added by rustup appears in it.
fn rustlib_dir() -> Option<PathBuf> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8(out.stdout).ok()?;
    let dir = Path::new(sysroot.trim()).join("lib").join("rustlib");
    dir.is_dir().then_some(dir)
}

fn main() {
    let manifest_dir =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let runtime = manifest_dir.join("../runtime");
    let workspace_manifest = manifest_dir.join("../../Cargo.toml");
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("Cargo.toml").display()
    );
    println!("cargo:rerun-if-changed={}", workspace_manifest.display());
    println!("cargo:rerun-if-changed=build.rs");
    if let Some(rustlib) = rustlib_dir() {
        println!("cargo:rerun-if-changed={}", rustlib.display());
    }

    let target_dir = out_dir.join("rt");
    for (target, file) in TARGETS {
        let dest = out_dir.join(file);
        match build_runtime(&cargo, &runtime.join("Cargo.toml"), target, &target_dir) {
            Ok(lib) => {
                std::fs::copy(&lib, &dest)
                    .unwrap_or_else(|e| panic!("copy {}: {e}", lib.display()));
            }
            Err(err) => {
                let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                println!("cargo:warning=golift runtime for {target} not built: {first}");
                std::fs::write(&dest, b"")
                    .unwrap_or_else(|e| panic!("write {}: {e}", dest.display()));
            }
        }
    }
}
