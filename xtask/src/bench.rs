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
//! produced binaries. Every step is wall time, golift and gc alternating; each run also
//! gives its maximum resident set size (Linux counts the child from its fork, so a
//! program smaller than this driver, about 2 MB, shows the driver's size: the column
//! tells only larger programs apart). Heap allocations are counted in one run of each
//! binary at the program's test size (`NAME.args`).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::timing::{build_medians, median, ms, time_rss};

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
        "{:<16} {:>12} {:>10} {:>6}  {:>10} {:>10} {:>6}  {:>10} {:>10} {:>6}  {:>13} {:>10}",
        "program",
        "golift build",
        "gc build",
        "ratio",
        "golift run",
        "gc run",
        "ratio",
        "golift RSS",
        "gc RSS",
        "ratio",
        "golift allocs",
        "gc allocs"
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
            println!("{name:<16} build failed");
            ok = false;
            continue;
        };
        let (mut run_ours, mut run_gc) = (Vec::new(), Vec::new());
        let (mut rss_ours, mut rss_gc) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let o = time_rss(&mut Command::new(&ours));
            let g = time_rss(&mut Command::new(&theirs));
            run_ours.push(o.map(|(t, _)| t));
            run_gc.push(g.map(|(t, _)| t));
            rss_ours.push(o.map_or(0, |(_, r)| r));
            rss_gc.push(g.map_or(0, |(_, r)| r));
        }
        let ro = median(run_ours).unwrap_or_default();
        let rg = median(run_gc).unwrap_or_default();
        let (mo, mg) = (median_u64(rss_ours), median_u64(rss_gc));
        let (ao, ag) = allocations(file, &ours, &theirs);
        let count = |n: Option<u64>| n.map_or("-".to_string(), |n| n.to_string());
        println!(
            "{name:<16} {:>10.1}ms {:>8.1}ms {:>6.2}  {:>8.1}ms {:>8.1}ms {:>6.2}  {:>8.1}MB {:>8.1}MB {:>6.2}  {:>13} {:>10}",
            ms(bo),
            ms(bg),
            ms(bo) / ms(bg),
            ms(ro),
            ms(rg),
            ms(ro) / ms(rg).max(1e-9),
            mo as f64 / 1024.0,
            mg as f64 / 1024.0,
            mo as f64 / (mg as f64).max(1.0),
            count(ao),
            count(ag),
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if default_set {
        println!();
        ok &= crate::bench_scaling::rows(golift, runs, usize::MAX);
    }
    ok
}

/// Heap allocations of one run of each binary with the arguments in `NAME.args` (the
/// programs' small size, that of their test): golift's runtime counts them
/// (`GOLIFT_ALLOCSTATS=1`), gc's runtime traces each one (`GODEBUG=allocfreetrace=1`;
/// its count includes the runtime's own start-up allocations, about 90).
fn allocations(file: &Path, ours: &Path, theirs: &Path) -> (Option<u64>, Option<u64>) {
    let args = std::fs::read_to_string(file.with_extension("args")).unwrap_or_default();
    // Stderr is read line by line as it comes, keeping only the first line starting with
    // `prefix` and the number of such lines: gc's trace of a program with many
    // allocations is hundreds of megabytes, and holding it would grow this process,
    // whose size a child spawned later reports as its own `ru_maxrss` (the child shares
    // this address space until it execs).
    let scan = |cmd: &mut Command, prefix: &str| -> Option<(Option<String>, u64)> {
        let mut child = cmd
            .args(args.split_whitespace())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        let err = child.stderr.take()?;
        let (mut first, mut count) = (None, 0u64);
        for line in BufReader::new(err).split(b'\n').map_while(Result::ok) {
            if line.starts_with(prefix.as_bytes()) {
                count += 1;
                first.get_or_insert_with(|| String::from_utf8_lossy(&line).into_owned());
            }
        }
        child.wait().ok()?;
        Some((first, count))
    };
    let ours = scan(Command::new(ours).env("GOLIFT_ALLOCSTATS", "1"), "allocs=")
        .and_then(|(first, _)| first)
        .and_then(|l| {
            l.strip_prefix("allocs=")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        });
    let gc = scan(
        Command::new(theirs).env("GODEBUG", "allocfreetrace=1"),
        "tracealloc(",
    )
    .map(|(_, n)| n);
    (ours, gc)
}

fn median_u64(mut v: Vec<u64>) -> u64 {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(0)
}

fn bench_programs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("testdata/bench")
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "go"));
    files.sort();
    files
}
