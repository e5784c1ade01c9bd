//! Timing for the benchmarks: one command's wall time, medians, golift's and gc's builds
//! of one file side by side. Shared by bench.rs, bench_scaling.rs and bench_parse.rs;
//! what is measured and printed is theirs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Builds `file` with golift (into `ours`) and with gc (into `theirs`) `runs` times,
/// alternating; the median build time of each, or `None` if a build failed.
pub fn build_medians(
    golift: &Path,
    file: &Path,
    ours: &Path,
    theirs: &Path,
    scratch: &Path,
    runs: usize,
) -> Option<(Duration, Duration)> {
    let mut build_ours = Vec::new();
    let mut build_gc = Vec::new();
    for _ in 0..runs {
        build_ours.push(time(
            Command::new(golift)
                .arg("build")
                .arg("-o")
                .arg(ours)
                .arg(file),
        ));
        build_gc.push(gc_build(file, theirs, scratch));
    }
    Some((median(build_ours)?, median(build_gc)?))
}

/// gc's compile and link of one file, timed together.
pub fn gc_build(file: &Path, exe: &Path, scratch: &Path) -> Option<Duration> {
    let object = scratch.join("gc.o");
    let start = Instant::now();
    let compiled = Command::new("go")
        .args(["tool", "compile", "-p", "main", "-o"])
        .arg(&object)
        .arg(file)
        .status()
        .ok()?;
    if !compiled.success() {
        return None;
    }
    let linked = Command::new("go")
        .args(["tool", "link", "-o"])
        .arg(exe)
        .arg(&object)
        .status()
        .ok()?;
    linked.success().then(|| start.elapsed())
}

/// Wall time of one run; `None` if it could not start. A non-zero exit is still timed
/// (panicking test programs are meant to exit 2).
pub fn time(cmd: &mut Command) -> Option<Duration> {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let elapsed = start.elapsed();
    status.code().map(|_| elapsed)
}

/// Wall time and maximum resident set size (KiB, from `wait4`'s rusage) of one run of
/// `cmd` with output discarded; `None` if it could not start.
pub fn time_rss(cmd: &mut Command) -> Option<(Duration, u64)> {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let pid = libc::pid_t::try_from(child.id()).ok()?;
    let mut status = 0;
    // SAFETY: rusage is plain data, filled by wait4 for our own child `pid`.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers to locals; the child is not waited for elsewhere.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    (r == pid).then(|| (elapsed, u64::try_from(usage.ru_maxrss).unwrap_or(0)))
}

pub fn median(mut samples: Vec<Option<Duration>>) -> Option<Duration> {
    if samples.iter().any(Option::is_none) {
        return None;
    }
    samples.sort();
    samples.get(samples.len() / 2).copied().flatten()
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
