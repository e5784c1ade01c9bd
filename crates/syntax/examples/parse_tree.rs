//! Parses every `.go` file under a directory (skipping `testdata` directories), prints
//! each error as gc does (`path:line:col: msg`), then a summary line
//! `files=N bytes=N errors=N MB/s=X`; exits with status 1 if any file has an error.
//! `cargo xtask parse-corpus DIR` runs it.
//! Usage: `cargo run --release -p golift-syntax --example parse_tree -- [--user] DIR`
//! (files are parsed as standard-library code unless `--user`).

use std::path::{Path, PathBuf};
use std::time::Instant;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            if p.file_name().is_some_and(|n| n == "testdata") {
                continue;
            }
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--user` parses as user code (directive policy errors on); default is `-std`.
    let std = !args.iter().any(|a| a == "--user");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| ".".into());
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files);
    files.sort();
    let sources: Vec<(PathBuf, Vec<u8>)> = files
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    let bytes: usize = sources.iter().map(|(_, b)| b.len()).sum();
    let t = Instant::now();
    let mut errors = Vec::new();
    for (p, src) in &sources {
        let f = golift_syntax::parse_with(src, golift_syntax::Options { std });
        if !f.errors.is_empty() {
            let idx = golift_syntax::LineIndex::from_bytes(src);
            for e in &f.errors {
                let (l, c) = idx.line_col(e.offset);
                let path = p.display().to_string();
                errors.push(format!(
                    "{}: {}",
                    golift_syntax::format_pos(&path, l, c),
                    golift_syntax::render_message(&e.message, &path, &idx)
                ));
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    for e in &errors {
        println!("{e}");
    }
    println!(
        "files={} bytes={} errors={} MB/s={:.1}",
        sources.len(),
        bytes,
        errors.len(),
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    if !errors.is_empty() {
        std::process::exit(1);
    }
}
