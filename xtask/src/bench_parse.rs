//! `cargo xtask bench parse [--runs N] [DIR]`: golift's parser and gc's (through
//! `gofmt -l`, which parses and prints every file) over the same tree, by default
//! `$(go env GOROOT)/src`, alternating runs; medians and the golift/gofmt ratio.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bench::{median, ms, time};

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
    // One more run of ours, shown, for the file and byte counts.
    let _ = Command::new(parser).arg(&dir).status();
    match (median(ours), median(gofmt)) {
        (Some(o), Some(g)) => {
            println!(
                "parse {}: golift {:.0}ms  gofmt -l {:.0}ms  ratio {:.2} (median of {runs})",
                dir.display(),
                ms(o),
                ms(g),
                ms(o) / ms(g)
            );
            true
        }
        _ => {
            eprintln!("xtask: a parse run failed to start");
            false
        }
    }
}

fn goroot_src() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    Some(Path::new(root.trim()).join("src"))
}
