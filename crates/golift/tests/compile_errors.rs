//! Invalid programs under testdata/errors: golift prints exactly gc's messages
//! (`NAME.err`, from `go build` without its `# command-line-arguments` header) and exits
//! with status 2.

mod common;

use common::*;

#[test]
fn compile_errors_match_gc() {
    let dir = testdata("errors");
    let scratch = std::env::temp_dir().join(format!("golift-errors-{}", std::process::id()));
    let mut results = Vec::new();
    for go in go_files(&dir) {
        let name = go
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let want = std::fs::read_to_string(go.with_extension("err")).unwrap_or_default();
        let out = golift()
            .current_dir(&dir)
            .args(["build", "-o"])
            .arg(&scratch)
            .arg(&name)
            .output();
        let result = match out {
            Err(e) => Err(format!("cannot run golift: {e}")),
            Ok(out) if out.status.code() == Some(2) && text(&out.stderr) == want => Ok(()),
            Ok(out) => Err(format!("want status 2 and:\n{want}got {}", describe(&out))),
        };
        results.push((name, result));
    }
    let _ = std::fs::remove_file(&scratch);
    hold_all("testdata/errors", results);
}

/// Files of two packages reaching the compiler (the go command stops them earlier with
/// `found packages`, see go_command.rs): gc's compiler says, at the start of each file
/// that differs from the first (`go tool compile -p main a.go e.go d.go` with
/// `package other` in the last two, checked with gc 1.19.8):
/// `e.go:1:1: package other; expected main`, then the same for d.go.
#[test]
fn files_of_another_package_are_gc_errors() {
    use golift::session::Session;
    let other = "// c\n\n  package other\n\nvar X = 1\n".to_string();
    let session = Session::from_sources(vec![
        ("./a.go".into(), "package main\n\nfunc main() {}\n".into()),
        ("./e.go".into(), other.clone()),
        ("./d.go".into(), other),
    ]);
    let failure = match golift::pipeline::check(&session) {
        Ok(()) => panic!("two packages accepted"),
        Err(f) => f,
    };
    assert_eq!(
        failure.message,
        "./e.go:1:1: package other; expected main\n./d.go:1:1: package other; expected main\n"
    );
    assert_eq!(failure.status, 2);
}
