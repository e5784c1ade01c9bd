//! `cargo xtask bench`: golift and gc compiling and running the same programs in one
//! invocation, alternating runs, reporting medians and the golift/gc ratio.
//!
//! Usage: `cargo xtask bench [--runs N] [FILE.go ...]` (default: the programs of
//! testdata/bench, written to take measurable time, then the scaling rows of
//! bench_scaling.rs), `cargo xtask bench scaling` (those rows alone) or
//! `cargo xtask bench parse` (see bench_parse.rs). Build time is
//! `golift build` (compile and link) versus gc's compile and link steps run directly
//! (`go tool compile` then `go tool link`: what `go build` does for one file, without
//! its build cache and with the standard library already compiled); run time is the
//! produced binaries. Every step is wall time, golift and gc alternating.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::timing::{build_medians, median, ms, time};

pub fn run(args: &[String]) -> bool {
    if args.first().map(String::as_str) == Some("parse") {
        return crate::bench_parse::run(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("scaling") {
        return crate::bench_scaling::run(&args[1..]);
    }
    let mut runs = 5usize;
    let mut files: Vec<PathBuf> = Vec::new();
    let default_set = args.iter().all(|a| !a.ends_with(".go"));
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--runs" {
            runs = it.next().and_then(|n| n.parse().ok()).unwrap_or(runs);
        } else {
            files.push(PathBuf::from(a));
        }
    }
    if files.is_empty() {
        files = bench_programs();
    }
    if !crate::cargo(&["build", "--release", "-p", "golift"], &[]) {
        return false;
    }
    let golift = Path::new("target/release/golift");
    let scratch = std::env::temp_dir().join(format!("golift-bench-{}", std::process::id()));
    if std::fs::create_dir_all(&scratch).is_err() {
        return false;
    }
    println!(
        "{:<28} {:>12} {:>12} {:>7}   {:>10} {:>10} {:>7}",
        "program", "golift build", "gc build", "ratio", "golift run", "gc run", "ratio"
    );
    let mut ok = true;
    for file in &files {
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let ours = scratch.join(format!("{name}.golift"));
        let theirs = scratch.join(format!("{name}.gc"));
        let Some((bo, bg)) = build_medians(golift, file, &ours, &theirs, &scratch, runs) else {
            println!("{name:<28} build failed");
            ok = false;
            continue;
        };
        let mut run_ours = Vec::new();
        let mut run_gc = Vec::new();
        for _ in 0..runs {
            run_ours.push(time(&mut Command::new(&ours)));
            run_gc.push(time(&mut Command::new(&theirs)));
        }
        let ro = median(run_ours).unwrap_or_default();
        let rg = median(run_gc).unwrap_or_default();
        println!(
            "{name:<28} {:>10.1}ms {:>10.1}ms {:>7.2}   {:>8.1}ms {:>8.1}ms {:>7.2}",
            ms(bo),
            ms(bg),
            ms(bo) / ms(bg),
            ms(ro),
            ms(rg),
            ms(ro) / ms(rg).max(1e-9)
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if default_set {
        println!();
        ok &= crate::bench_scaling::rows(golift, runs, usize::MAX);
    }
    ok
}

fn bench_programs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("testdata/bench")
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "go"));
    files.sort();
    files
}
