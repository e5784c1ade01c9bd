//! The gc corpus: for every `testdata/escape/*.go` (outputs `NAME.m`, `NAME.m2` beside
//! it) and `testdata/run/*.go` (outputs in `tests/gc_run/`, from `regen_run.sh`), run
//! the escape analysis of the whole package and compare the rendered lines with gc's,
//! as sorted lists (`-m` and `-m=2` separately).
//!
//! Every case is run and every failure printed. `tests/passing.txt` is the ratchet:
//! each case listed there (`NAME.m` or `NAME.m2`, prefixed by `escape/` or `run/`)
//! must match exactly; set `GOLIFT_BLESS_PASSING=1` to rewrite it with the cases that
//! pass now.

use std::path::{Path, PathBuf};

use golift_hir::{Package, RootDatabase, SourceFile};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Case {
    id: String,
    go: PathBuf,
    expected: PathBuf,
    level: u8,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (dir, outdir, tag) in [
        ("testdata/escape", "testdata/escape", "escape"),
        ("testdata/run", "crates/escape/tests/gc_run", "run"),
    ] {
        let Ok(rd) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        let mut names: Vec<String> = rd
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter_map(|n| n.strip_suffix(".go").map(str::to_string))
            .collect();
        names.sort();
        for n in names {
            for (ext, level) in [("m", 1u8), ("m2", 2u8)] {
                let expected = root().join(outdir).join(format!("{n}.{ext}"));
                if expected.exists() {
                    out.push(Case {
                        id: format!("{tag}/{n}.{ext}"),
                        go: root().join(dir).join(format!("{n}.go")),
                        expected,
                        level,
                    });
                }
            }
        }
    }
    out
}

fn run_case(c: &Case) -> Result<(), String> {
    let text = std::fs::read_to_string(&c.go).map_err(|e| e.to_string())?;
    let name = c.go.file_name().and_then(|n| n.to_str()).unwrap_or("x.go");
    let expected = std::fs::read_to_string(&c.expected).map_err(|e| e.to_string())?;
    let got = std::panic::catch_unwind(|| {
        let db = RootDatabase::default();
        let file = SourceFile::new(&db, format!("./{name}"), text.clone());
        let pkg = Package::new(&db, vec![file]);
        golift_escape::package_diagnostics(&db, pkg, c.level)
    })
    .map_err(|_| "panicked".to_string())?;
    let mut want: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
    let mut have: Vec<&str> = got.iter().map(String::as_str).collect();
    want.sort();
    have.sort();
    if want == have {
        return Ok(());
    }
    let missing: Vec<&&str> = want.iter().filter(|l| !have.contains(l)).collect();
    let extra: Vec<&&str> = have.iter().filter(|l| !want.contains(l)).collect();
    let mut msg = String::new();
    for l in missing.iter().take(8) {
        msg.push_str(&format!("    - {l}\n"));
    }
    for l in extra.iter().take(8) {
        msg.push_str(&format!("    + {l}\n"));
    }
    Err(msg)
}

#[test]
fn gc_corpus() {
    let list_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/passing.txt");
    let listed: Vec<String> = std::fs::read_to_string(&list_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut passing = Vec::new();
    let mut regressions = Vec::new();
    let all = cases();
    for c in &all {
        match run_case(c) {
            Ok(()) => passing.push(c.id.clone()),
            Err(msg) => {
                eprintln!("FAIL {}\n{msg}", c.id);
                if listed.contains(&c.id) {
                    regressions.push(c.id.clone());
                }
            }
        }
    }
    eprintln!("{} of {} cases pass", passing.len(), all.len());
    if std::env::var_os("GOLIFT_BLESS_PASSING").is_some() {
        let mut s =
            String::from("# Cases of tests/gc_corpus.rs that match gc exactly (a ratchet).\n");
        for p in &passing {
            s.push_str(p);
            s.push('\n');
        }
        let _ = std::fs::write(&list_path, s);
    }
    assert!(
        regressions.is_empty(),
        "listed cases no longer pass: {regressions:?}"
    );
}
