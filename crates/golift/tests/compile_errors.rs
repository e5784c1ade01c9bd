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
