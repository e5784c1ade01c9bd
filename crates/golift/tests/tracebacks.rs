//! Every `testdata/traceback/NAME.go` program (and `NAME/` package), built by golift for the target under test
//! in a scratch directory and run there: stdout must equal `NAME.out`, the exit status
//! `NAME.exit`, and stderr, traceback included, `NAME.err` after the normalisation
//! `testdata/traceback/normalise.sh` applied to gc's (argument values, `+0x` offsets, the
//! signal line's addr/pc values and the scratch directory are not compared; function
//! names, files and lines are). A `[signal` line's pc must also be real: nonzero, inside
//! the program's `.text`, and in the innermost frame's function at its printed offset.
//! The program runs without `GOTRACEBACK`, or with the `KEY=VALUE` lines of `NAME.env`.

mod common;

use std::path::Path;

use common::*;
use object::{Object, ObjectSection, ObjectSymbol};
use regex::Regex;

/// `normalise.sh` in Rust: the same rules, the same order.
fn normalise(stderr: &str, dir: &str) -> String {
    let addr = Regex::new(r"addr=0x[0-9a-f]+").expect("regex");
    let pc = Regex::new(r"pc=0x[0-9a-f]+").expect("regex");
    let offset = Regex::new(r" \+0x[0-9a-f]+$").expect("regex");
    let args = Regex::new(r"\([^()]+\)$").expect("regex");
    let goroutine = Regex::new(r"^goroutine [0-9]+ \[").expect("regex");
    let mut out = String::new();
    let mut in_trace = false;
    for line in stderr.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let mut l = body.replace(&format!("{dir}/"), "$WORK/");
        if l.starts_with("[signal ") {
            l = addr.replace(&l, "addr=ADDR").into_owned();
            l = pc.replace(&l, "pc=PC").into_owned();
        } else if in_trace && l.starts_with('\t') {
            l = offset.replace(&l, "").into_owned();
        } else if in_trace {
            l = args.replace(&l, "(...)").into_owned();
        }
        if goroutine.is_match(&l) {
            in_trace = true;
        }
        out.push_str(&l);
        out.push_str(nl);
    }
    out
}

/// Checks that the signal line's pc is where the innermost frame says the fault is: in
/// `.text`, inside that function's symbol, at its printed offset, with the load bias
/// page-aligned (the executable is position-independent).
fn check_signal_pc(stderr: &str, exe: &Path) -> Result<(), String> {
    let Some(signal) = stderr.lines().find(|l| l.starts_with("[signal ")) else {
        return Ok(());
    };
    let hex = |s: &str| u64::from_str_radix(s, 16).ok();
    let pc = Regex::new(r"pc=0x([0-9a-f]+)")
        .expect("regex")
        .captures(signal)
        .and_then(|c| hex(&c[1]))
        .ok_or_else(|| format!("no pc in {signal:?}"))?;
    if pc == 0 {
        return Err(format!("pc is zero: {signal:?}"));
    }
    let mut lines = stderr.lines().skip_while(|l| !l.starts_with("goroutine "));
    if lines.next().is_none() {
        // GOTRACEBACK=none: no frame to place the pc in.
        return Ok(());
    }
    let (func, at) = (lines.next().unwrap_or(""), lines.next().unwrap_or(""));
    let name = func.rsplit_once('(').map_or(func, |(n, _)| n);
    let off = Regex::new(r" \+0x([0-9a-f]+)$")
        .expect("regex")
        .captures(at)
        .and_then(|c| hex(&c[1]))
        .ok_or_else(|| format!("no +0x offset in the innermost frame {at:?}"))?;
    let bytes = std::fs::read(exe).map_err(|e| format!("{}: {e}", exe.display()))?;
    let file = object::File::parse(&*bytes).map_err(|e| format!("{}: {e}", exe.display()))?;
    let sym = file
        .symbols()
        .find(|s| s.name() == Ok(name))
        .ok_or_else(|| format!("no symbol {name} in {}", exe.display()))?;
    let text = file
        .section_by_name(".text")
        .ok_or_else(|| format!("no .text in {}", exe.display()))?;
    let linked = sym.address() + off;
    let bias = pc.wrapping_sub(linked);
    let in_text = (text.address()..text.address() + text.size()).contains(&linked);
    if off >= sym.size() || !in_text || bias % 0x1000 != 0 {
        return Err(format!(
            "{signal:?}: pc is not {name}+{off:#x} ({name} at {:#x}, {} bytes; .text at \
             {:#x}, {} bytes; load bias {bias:#x})",
            sym.address(),
            sym.size(),
            text.address(),
            text.size()
        ));
    }
    Ok(())
}

/// The programs of testdata/traceback: `NAME.go` files and `NAME/` directories (the files
/// of one package), sorted by name.
fn programs() -> Vec<std::path::PathBuf> {
    let dir = testdata("traceback");
    let mut all: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "go"))
        .collect();
    all.sort();
    all
}

/// `go` (a file or a package directory) copied into `dir`: the file names, sorted.
fn copy_sources(go: &Path, dir: &Path) -> Result<Vec<String>, String> {
    let files = if go.is_dir() {
        go_files(go)
    } else {
        vec![go.to_path_buf()]
    };
    let mut names = Vec::new();
    for f in files {
        let name = f
            .file_name()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("bad file name {}", f.display()))?;
        std::fs::copy(&f, dir.join(name)).map_err(|e| format!("copy {}: {e}", f.display()))?;
        names.push(name.to_string());
    }
    Ok(names)
}

fn check_program(go: &Path, scratch: &Path) -> Result<(), String> {
    let name = go.file_stem().and_then(|s| s.to_str()).unwrap_or("prog");
    let dir = scratch.join(name);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let files = copy_sources(go, &dir)?;
    let exe = dir.join("bin");
    let build = golift()
        .current_dir(&dir)
        .env("PWD", &dir)
        .arg("build")
        .arg("--target")
        .arg(target())
        .arg("-o")
        .arg(&exe)
        .args(&files)
        .output()
        .map_err(|e| format!("cannot run golift: {e}"))?;
    if !build.status.success() {
        return Err(format!("golift build failed: {}", describe(&build)));
    }
    let mut cmd = run_exe(&exe);
    cmd.current_dir(&dir).env_remove("GOTRACEBACK");
    if let Ok(env) = std::fs::read_to_string(go.with_extension("env")) {
        for kv in env.lines().filter(|l| !l.is_empty()) {
            let (k, v) = kv
                .split_once('=')
                .ok_or_else(|| format!("{}: {kv:?} is not KEY=VALUE", go.display()))?;
            cmd.env(k, v);
        }
    }
    let run = cmd
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let read = |ext: &str| {
        let path = go.with_extension(ext);
        std::fs::read(&path)
            .map_err(|e| format!("{}: {e} (run testdata/traceback/regen.sh)", path.display()))
    };
    let want_out = read("out")?;
    let want_err = text(&read("err")?);
    let want_exit: i32 = text(&read("exit")?).trim().parse().unwrap_or(-1);
    let stderr = text(&run.stderr);
    let got_err = normalise(&stderr, &dir.display().to_string());
    let got_exit = run.status.code().unwrap_or(-1);
    if (&run.stdout, &got_err, got_exit) != (&want_out, &want_err, want_exit) {
        return Err(format!(
            "want exit {want_exit}, stdout:\n{}stderr:\n{want_err}\ngot exit {got_exit}, \
             stdout:\n{}stderr:\n{got_err}",
            text(&want_out),
            text(&run.stdout),
        ));
    }
    check_signal_pc(&stderr, &exe)
}

#[test]
fn tracebacks_name_gc_frames_files_and_lines() {
    check_all_programs("testdata/traceback", &programs(), check_program);
}

#[test]
fn normalise_agrees_with_the_regen_script() {
    // gc 1.19.8's output shape (built with -gcflags=-l, so that frames carry arguments).
    let gc = "2\npanic: runtime error: invalid memory address or nil pointer dereference\n\
              [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x457c76]\n\n\
              goroutine 1 [running]:\n\
              main.load(0x0?)\n\t/w/d/nil_callee.go:8 +0x16\n\
              main.g({0xc000068000?, 0x0?}, {})\n\t/w/d/nil_callee.go:12\n\
              main.main()\n\t/w/d/nil_callee.go:18 +0x17\n";
    let script = testdata("traceback").join("normalise.sh");
    let mut child = std::process::Command::new("bash")
        .arg(&script)
        .arg("/w/d")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run normalise.sh");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(gc.as_bytes()).expect("write");
    }
    let out = child.wait_with_output().expect("normalise.sh");
    assert!(out.status.success(), "{}", describe(&out));
    let ours = normalise(gc, "/w/d");
    assert_eq!(ours, text(&out.stdout));
    for gone in ["0x457c76", "/w/d", "+0x", "0x0?"] {
        assert!(!ours.contains(gone), "{gone} left in:\n{ours}");
    }
    assert!(
        ours.contains("main.main()\n\t$WORK/nil_callee.go:18\n"),
        "{ours}"
    );
}
