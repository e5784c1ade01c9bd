//! `cargo xtask fuzz [--seconds N] [--jobs J]`: libFuzzer (through cargo-fuzz) on the
//! parser for N seconds (default 600), seeded with every `.go` file under testdata and
//! the syntax crate's test data. Needs `cargo install cargo-fuzz`; cargo-fuzz wants a
//! nightly compiler, so the run sets `RUSTC_BOOTSTRAP=1` on the pinned stable one.
//! Findings land in `crates/syntax/fuzz/artifacts/parse/` and fail the task.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run(args: &[String]) -> bool {
    let mut seconds = 600u64;
    let mut jobs = 1u32;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seconds" => seconds = it.next().and_then(|n| n.parse().ok()).unwrap_or(seconds),
            "--jobs" => jobs = it.next().and_then(|n| n.parse().ok()).unwrap_or(jobs),
            other => {
                eprintln!("xtask fuzz: unknown argument {other}");
                return false;
            }
        }
    }
    let seeds = Path::new("target/fuzz-seeds");
    if let Err(e) = collect_seeds(seeds) {
        eprintln!("xtask fuzz: seeds: {e}");
        return false;
    }
    let corpus = Path::new("crates/syntax/fuzz/corpus/parse");
    if std::fs::create_dir_all(corpus).is_err() {
        return false;
    }
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let mut cmd = Command::new("cargo");
    cmd.current_dir("crates/syntax")
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "parse"])
        .arg(absolute(corpus))
        .arg(absolute(seeds))
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg("-max_len=16384")
        .arg("-timeout=5");
    if jobs > 1 {
        cmd.arg(format!("-jobs={jobs}"))
            .arg(format!("-workers={jobs}"));
    }
    let status = cmd.status();
    match status {
        Ok(s) if s.success() => true,
        Ok(_) => {
            eprintln!("xtask fuzz: a finding (see crates/syntax/fuzz/artifacts/parse/)");
            false
        }
        Err(e) => {
            eprintln!("xtask fuzz: cannot run cargo fuzz ({e}); cargo install cargo-fuzz");
            false
        }
    }
}

fn collect_seeds(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut files = Vec::new();
    for root in ["testdata", "crates/syntax/tests/data"] {
        walk(Path::new(root), &mut files);
    }
    for (i, f) in files.iter().enumerate() {
        std::fs::copy(f, dir.join(format!("seed{i}.go")))?;
    }
    Ok(())
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}
