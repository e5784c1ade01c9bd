//! Shared by the runtime_link tests: compiles `program.c` (a stand-in for compiled Go
//! code) for a target, links it with `golift::link::link`, and runs it.

use std::path::PathBuf;
use std::process::Output;
use std::str::FromStr;
use target_lexicon::Triple;

pub const PROGRAM_C: &str = include_str!("program.c");

/// What gc 1.19.8 prints for the Go program in program.c's comment.
pub const STDOUT: &str = "-7 hello [0 1 4 9 16]\n";
pub const STDERR_PREFIX: &str = "42 +1.500000e+000\n8\n";

pub struct Built {
    pub triple: Triple,
    pub exe: PathBuf,
    dir: PathBuf,
}

impl Drop for Built {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Compiles program.c with `cc` and links it with the runtime for `triple`.
pub fn build(triple: &str, cc: &str) -> Built {
    let triple = Triple::from_str(triple).expect("triple");
    let dir = std::env::temp_dir().join(format!(
        "golift-rtlink-{}-{}",
        triple.architecture,
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let c = dir.join("program.c");
    let obj = dir.join("program.o");
    std::fs::write(&c, PROGRAM_C).expect("write program.c");
    let status = std::process::Command::new(cc)
        .args(["-c", "-O1", "-fPIC", "-o"])
        .arg(&obj)
        .arg(&c)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {cc}: {e}"));
    assert!(status.success(), "{cc} -c failed");
    let object = std::fs::read(&obj).expect("read object");
    let exe = dir.join("program");
    match golift::link::link(&object, &triple) {
        Ok(linked) => {
            std::fs::copy(&linked.exe, &exe).expect("copies the linked program");
        }
        Err(e) => panic!("link failed:\n{e}"),
    }
    Built { triple, exe, dir }
}

/// Runs the program with `GOLIFT_TEST_MODE=mode` (and extra environment).
pub fn run(b: &Built, mode: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = golift::link::run_command_for(&b.triple, &b.exe);
    cmd.env("GOLIFT_TEST_MODE", mode)
        .env_remove("GOLIFT_ALLOCSTATS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", b.exe.display()))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Checks every mode of the program against gc's behaviour.
pub fn check_all(b: &Built) {
    let o = run(b, "", &[]);
    assert_eq!(text(&o.stdout), STDOUT);
    assert_eq!(text(&o.stderr), STDERR_PREFIX);
    assert_eq!(o.status.code(), Some(0));

    // growslice allocated caps 1, 2, 4, 8 of 8-byte ints.
    let o = run(b, "", &[("GOLIFT_ALLOCSTATS", "1")]);
    assert_eq!(
        text(&o.stderr),
        format!("{STDERR_PREFIX}allocs=4 bytes=120\n")
    );

    let o = run(b, "index", &[]);
    assert_eq!(text(&o.stdout), STDOUT);
    let err = text(&o.stderr);
    let rest = err.strip_prefix(STDERR_PREFIX).unwrap_or(&err);
    assert!(
        rest.starts_with(
            "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"
        ),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(2));

    let o = run(b, "nil", &[]);
    let err = text(&o.stderr);
    let rest = err.strip_prefix(STDERR_PREFIX).unwrap_or(&err);
    assert!(
        rest.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x"
        ),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(2));

    let o = run(b, "exit", &[("GOLIFT_ALLOCSTATS", "1")]);
    assert_eq!(
        text(&o.stderr),
        format!("{STDERR_PREFIX}allocs=4 bytes=120\n")
    );
    assert_eq!(o.status.code(), Some(3));

    let o = run(b, "panic", &[]);
    let err = text(&o.stderr);
    assert!(
        err.starts_with(&format!("{STDERR_PREFIX}panic: hello\n")),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(2));
}
