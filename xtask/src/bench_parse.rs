//! `cargo xtask bench parse [--runs N] [DIR]`: golift's parser and gc's (through
//! `gofmt -l`, which parses and prints every file) over the same tree, by default
//! `$(go env GOROOT)/src`, alternating runs; medians and the golift/gofmt ratio.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::timing::{median, ms, time};

pub fn run(args: &[String]) -> bool {
    let mut runs = 5usize;
    let mut dir: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--runs" {
            runs = it.next().and_then(|n| n.parse().ok()).unwrap_or(runs);
        } else {
            dir = Some(PathBuf::from(a));
        }
    }
    let Some(dir) = dir.or_else(goroot_src) else {
        eprintln!("xtask: no directory given and `go env GOROOT` failed");
        return false;
    };
    // Debian's GOROOT/src is a symbolic link, which gofmt would not descend into.
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    if !crate::cargo(
        &[
            "build",
            "--release",
            "-p",
            "golift-syntax",
            "--example",
            "parse_tree",
        ],
        &[],
    ) {
        return false;
    }
    let parser = Path::new("target/release/examples/parse_tree");
    let mut ours = Vec::new();
    let mut gofmt = Vec::new();
    for _ in 0..runs {
        ours.push(time(Command::new(parser).arg(&dir)));
        gofmt.push(time(Command::new("gofmt").arg("-l").arg(&dir)));
    }
    // golift's corpus check skips `testdata` directories (deliberately broken files);
    // gofmt reads them too, so each tool's rate is over the files it read.
    let (our_files, our_bytes) = count(&dir, false);
    let (fmt_files, fmt_bytes) = count(&dir, true);
    match (median(ours), median(gofmt)) {
        (Some(o), Some(g)) => {
            let rate = |files: u64, bytes: u64, d: std::time::Duration| {
                let secs = d.as_secs_f64().max(1e-9);
                format!(
                    "{:.0}ms, {files} files, {:.0} files/s, {:.1} MB/s",
                    ms(d),
                    files as f64 / secs,
                    bytes as f64 / 1e6 / secs
                )
            };
            println!("parse {} (median of {runs}, wall time)", dir.display());
            println!("  golift:   {}", rate(our_files, our_bytes, o));
            println!("  gofmt -l: {}", rate(fmt_files, fmt_bytes, g));
            println!("  ratio golift/gofmt: {:.2}", ms(o) / ms(g));
            true
        }
        _ => {
            eprintln!("xtask: a parse run failed to start");
            false
        }
    }
}

/// `.go` files and their bytes under `dir`, with or without `testdata` directories.
fn count(dir: &Path, with_testdata: bool) -> (u64, u64) {
    let mut files = 0;
    let mut bytes = 0;
    let Ok(rd) = std::fs::read_dir(dir) else {
        return (0, 0);
    };
    for e in rd.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            if with_testdata || p.file_name().is_none_or(|n| n != "testdata") {
                let (f, b) = count(&p, with_testdata);
                files += f;
                bytes += b;
            }
        } else if p.extension().is_some_and(|x| x == "go") {
            files += 1;
            bytes += e.metadata().map(|m| m.len()).unwrap_or(0);
        }
    }
    (files, bytes)
}

fn goroot_src() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    Some(Path::new(root.trim()).join("src"))
}
