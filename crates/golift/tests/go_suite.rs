//! Go's own test suite, `$(go env GOROOT)/test` (installed by golang-1.19-src): every
//! `// errorcheck` file is compiled by golift and checked the way Go's `test/run.go`
//! checks it. Each `// ERROR "regexp"` must match an error or `-m` line reported on
//! its line, and every reported line must be matched by some regexp. An
//! `// errorcheckoutput` file is a program whose output (from `go run`, as run.go does)
//! is the file to check, named `tmp__.go`.
//!
//! The files known to pass are listed in `ratchet/go-suite.txt`, and a listed file that
//! stops passing fails this test. `cargo xtask go-suite` runs this test with output.

mod common;
mod tools;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::Command;

use common::hold_ratchet;
use golift::pipeline;
use golift::session::Session;
use regex::Regex;
use tools::go_tests;

/// What run.go does with a file.
enum Action {
    /// `// errorcheck FLAGS`: compile it with the flags and check its errors.
    Errorcheck(Vec<String>),
    /// `// errorcheckoutput ARGS`: `go run FILE ARGS`, then check the output's errors.
    Output(Vec<String>),
}

/// The action of a file's first line, or `None` for any other kind of test.
fn action(src: &str) -> Option<Action> {
    if let Some(words) = go_tests::action_words(src, "errorcheckoutput") {
        return Some(Action::Output(words));
    }
    go_tests::action_words(src, "errorcheck").map(Action::Errorcheck)
}

/// The output of `go run REL ARGS` in `root`, as run.go makes an errorcheckoutput
/// test's source.
fn generated_source(root: &Path, rel: &str, args: &[String]) -> Result<Vec<u8>, String> {
    let out = Command::new("go")
        .arg("run")
        .arg(rel)
        .args(args)
        .current_dir(root)
        .env("GO111MODULE", "off")
        .env("GOFLAGS", "")
        .output()
        .map_err(|e| format!("go run {rel}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "go run {rel}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(out.stdout)
}

/// What golift reports for `src`, one entry per message (continuation lines joined),
/// positions as `name.go:LINE: ` (gc's errorcheck runs the compiler with `-C`).
fn golift_output(name: &str, src: &[u8], flags: &[String]) -> Vec<String> {
    // run.go compiles without `-complete`: functions without body are assembly's.
    let session =
        Session::from_bytes(vec![(format!("./{name}"), src.to_vec())], true).map(|mut s| {
            s.set_bodies_elsewhere();
            s
        });
    let m: u8 = flags
        .iter()
        .map(|f| match f.as_str() {
            "-m" => 1,
            f if f.starts_with("-m=") => f[3..].parse().unwrap_or(1),
            _ => 0,
        })
        .sum();
    // gc's errorcheck compiles the whole file: after the checker and escape analysis,
    // the backend's errors too (`stack frame too large`). What the backend cannot
    // compile yet (goroutines, channel operations) is not a diagnostic of gc's: an
    // errorcheck test checks the diagnostics, so those lines are left out (the `// run`
    // suite is where code generation is held to account).
    let triple = golift::target::parse_target(None).ok();
    let backend = |session: &Session| match triple.as_ref() {
        Some(t) => pipeline::object(session, t).err().map(|f| {
            f.message
                .lines()
                .filter(|l| !golift_hir::is_not_supported(l))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        }),
        None => None,
    };
    let text = match session.as_ref().map(pipeline::check) {
        Err(errors) => errors.clone(),
        Ok(Err(failure)) => failure.message,
        Ok(Ok(())) => {
            let Ok(session) = &session else {
                return Vec::new();
            };
            let notes = if m > 0 {
                pipeline::escape_notes(session, m)
            } else {
                String::new()
            };
            notes + &backend(session).unwrap_or_default()
        }
    };
    let column = Regex::new(r"^([^:]+):(\d+):\d+: ").expect("regex");
    let mut out: Vec<String> = Vec::new();
    // run.go cuts the directory from every path in the output (a message may name a
    // second position: `goto L jumps over declaration of x at ./x.go:43:4`).
    let text = text.replace(&format!("./{name}:"), &format!("{name}:"));
    for line in text.lines() {
        if line.starts_with('\t') {
            if let Some(last) = out.last_mut() {
                last.push('\n');
                last.push_str(line);
            }
        } else if !line.trim().is_empty() {
            out.push(column.replace(line, "$1:$2: ").into_owned());
        }
    }
    out
}

/// Go's regexp syntax takes a `{` that does not start a repetition (`{2}`, `{2,}`,
/// `{2,5}`) as a literal brace; Rust's regex rejects it. Escape those.
fn go_regexp_to_rust(re: &str) -> String {
    let bytes = re.as_bytes();
    let mut out = String::with_capacity(re.len() + 4);
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' && i + 1 < bytes.len() {
            out.push_str(&re[i..i + 2]);
            i += 2;
            continue;
        }
        if c == b'{' {
            let rest = &re[i + 1..];
            let close = rest.find('}');
            let is_repeat = close.is_some_and(|j| {
                let inner = &rest[..j];
                let mut parts = inner.splitn(2, ',');
                let first = parts.next().unwrap_or("");
                let second = parts.next();
                !first.is_empty()
                    && first.bytes().all(|b| b.is_ascii_digit())
                    && second.is_none_or(|s| s.bytes().all(|b| b.is_ascii_digit()))
            });
            if !is_repeat {
                out.push_str("\\{");
                i += 1;
                continue;
            }
        }
        let ch = re[i..].chars().next().unwrap_or('\0');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

struct Wanted {
    line: usize,
    re: Regex,
    text: String,
}

fn wanted_errors(name: &str, src: &str) -> Result<Vec<Wanted>, String> {
    let err_rx = Regex::new(r"// (?:GC_)?ERROR (.*)").expect("regex");
    let quotes = Regex::new(r#""([^"]*)""#).expect("regex");
    let line_rx = Regex::new(r"LINE(([+-])([0-9]+))?").expect("regex");
    let mut wanted = Vec::new();
    for (i, line) in src.split('\n').enumerate() {
        let n = i + 1;
        if line.contains("////") {
            continue;
        }
        let Some(m) = err_rx.captures(line) else {
            continue;
        };
        for q in quotes.captures_iter(&m[1]) {
            let rx = line_rx.replace_all(&q[1], |c: &regex::Captures| {
                let delta: usize = c.get(3).and_then(|d| d.as_str().parse().ok()).unwrap_or(0);
                let target = match c.get(2).map(|s| s.as_str()) {
                    Some("+") => n + delta,
                    Some("-") => n.saturating_sub(delta),
                    _ => n,
                };
                format!("{name}:{target}")
            });
            let re = Regex::new(&go_regexp_to_rust(&rx))
                .map_err(|e| format!("line {n}: regexp {rx}: {e}"))?;
            wanted.push(Wanted {
                line: n,
                re,
                text: rx.into_owned(),
            });
        }
    }
    Ok(wanted)
}

/// run.go's errorCheck: returns the mismatches.
fn errorcheck(name: &str, src: &str, mut out: Vec<String>) -> Result<(), String> {
    let mut problems = Vec::new();
    for w in wanted_errors(name, src)? {
        let prefix = format!("{name}:{}:", w.line);
        let (here, rest): (Vec<String>, Vec<String>) =
            out.into_iter().partition(|s| s.starts_with(&prefix));
        out = rest;
        if here.is_empty() {
            problems.push(format!("{name}:{}: missing error {:?}", w.line, w.text));
            continue;
        }
        let mut matched = false;
        for msg in here {
            let text = msg.split_once(' ').map(|(_, t)| t).unwrap_or(&msg);
            if w.re.is_match(text) {
                matched = true;
            } else {
                out.push(msg);
            }
        }
        if !matched {
            problems.push(format!("{name}:{}: no match for {:?}", w.line, w.text));
        }
    }
    if !out.is_empty() {
        problems.push(format!("unmatched:\n\t{}", out.join("\n\t")));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn go_regexps_with_literal_braces() {
    assert_eq!(
        go_regexp_to_rust("expected .*{.* after"),
        "expected .*\\{.* after"
    );
    assert_eq!(go_regexp_to_rust("a{2,3}b{1}"), "a{2,3}b{1}");
    assert_eq!(go_regexp_to_rust(r"\{x{"), r"\{x\{");
    assert!(Regex::new(&go_regexp_to_rust("before .?{.?")).is_ok());
}

#[test]
fn go_test_suite_errorcheck_files() {
    let Some(root) = go_tests::test_dir("go_suite") else {
        return;
    };
    let files = go_tests::go_files(&root);
    let mut results = Vec::new();
    let (mut syntax_pass, mut syntax_total) = (0, 0);
    let (mut escape_pass, mut escape_total) = (0, 0);
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let src = String::from_utf8_lossy(&bytes).into_owned();
        let Some(action) = action(&src) else {
            continue;
        };
        let rel = go_tests::relative(&root, &path);
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let result = catch_unwind(AssertUnwindSafe(|| match &action {
            Action::Errorcheck(flags) => {
                let out = golift_output(&name, &bytes, flags);
                errorcheck(&name, &src, out)
            }
            Action::Output(args) => {
                let generated = generated_source(&root, &rel, args)?;
                let out = golift_output("tmp__.go", &generated, &[]);
                errorcheck("tmp__.go", &String::from_utf8_lossy(&generated), out)
            }
        }))
        .unwrap_or_else(|_| Err("golift panicked".to_string()));
        let ok = result.is_ok() as usize;
        if rel.starts_with("syntax/") || src.contains("ERROR \"syntax error") {
            syntax_total += 1;
            syntax_pass += ok;
        }
        if name.starts_with("escape") {
            escape_total += 1;
            escape_pass += ok;
        }
        results.push((rel, result));
    }
    eprintln!("syntax-error tests: {syntax_pass}/{syntax_total} pass");
    eprintln!("escape*.go tests: {escape_pass}/{escape_total} pass");
    hold_ratchet("go-suite.txt", results);
}
