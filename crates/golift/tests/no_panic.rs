//! No input makes golift panic: every testdata program, mutated many ways (lines
//! deleted, duplicated or swapped, bytes replaced by Go punctuation and keywords,
//! truncation), goes through the stages `golift build -m=2` runs — parse and type check,
//! and for valid programs escape analysis and code generation for both targets — and
//! every stage must return normally (errors are fine; panics are bugs).

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;

use common::*;
use golift_hir::{Package, RootDatabase, SourceFile};
use salsa::Setter as _;
use target_lexicon::Triple;

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":=",
    "=",
    "&",
    "*",
    "...",
    ".",
    "\n",
    "\"",
    "'",
    "`",
    "func",
    "var",
    "return",
    "for",
    "range",
    "go",
    "defer",
    "map",
    "chan",
    "interface{}",
    "nil",
    "0x",
    "1e9",
    "_",
    "make([]int, -1)",
    "new(",
    "append(",
    "<-",
    "x",
    "main",
    "int",
    "string",
    "9223372036854775808",
    "/*",
    "//",
    "\u{0}",
    "é",
    "\u{feff}",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    if lines.is_empty() {
        return src.to_string();
    }
    match rng.below(6) {
        0 => {
            lines.remove(rng.below(lines.len()));
        }
        1 => {
            let i = rng.below(lines.len());
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        2 => {
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
        }
        3 => {
            let i = rng.below(lines.len());
            let line = &lines[i];
            let cut = (0..=line.len())
                .filter(|&c| line.is_char_boundary(c))
                .nth(rng.below(line.chars().count() + 1))
                .unwrap_or(0);
            let piece = PIECES[rng.below(PIECES.len())];
            lines[i] = format!("{}{}{}", &line[..cut], piece, &line[cut..]);
        }
        4 => {
            let keep = rng.below(lines.len());
            lines.truncate(keep.max(1));
        }
        _ => {
            let i = rng.below(lines.len());
            let piece = PIECES[rng.below(PIECES.len())];
            lines[i] = lines[i].replacen(|c: char| c.is_ascii_punctuation(), piece, 1);
        }
    }
    lines.join("\n")
}

fn compile_all_stages(src: &str) {
    let mut db = RootDatabase::default();
    let file = SourceFile::new(&db, "./fuzz.go".into(), src.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    if !golift_hir::package_diagnostics(&db, package).is_empty() {
        return;
    }
    let _ = golift_escape::package_diagnostics(&db, package, 2);
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let triple = Triple::from_str(triple).expect("triple");
        package
            .set_goarch(&mut db)
            .to(golift_codegen::goarch_of(&triple));
        let _ = golift_codegen::compile_package(&db, package, &triple, &["/fuzz.go".to_string()]);
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    let mut inputs = 0;
    for dir in ["run", "escape", "errors", "codegen"] {
        for go in go_files(&testdata(dir)) {
            let original = std::fs::read_to_string(&go).unwrap_or_default();
            let mut src = original.clone();
            for round in 0..40 {
                // Mostly one mutation from the original, sometimes stacked ones.
                src = if round % 3 == 0 {
                    mutate(&original, &mut rng)
                } else {
                    mutate(&src, &mut rng)
                };
                inputs += 1;
                let result = catch_unwind(AssertUnwindSafe(|| compile_all_stages(&src)));
                if result.is_err() {
                    failures.push(format!("== mutation {round} of {}\n{src}", go.display()));
                }
            }
        }
    }
    eprintln!("{inputs} mutated programs compiled");
    assert!(
        failures.is_empty(),
        "{} inputs panicked:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A left-deep expression tree as deep as the program is long (`x+x+...+x`, 50,000
/// terms) and a deeply nested one (parentheses, 900 levels, under the parser's limit):
/// the compiler must build and run them, not overflow its stack.
#[test]
fn deep_expressions_compile() {
    let dir = std::env::temp_dir().join(format!("golift-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let chain = vec!["x"; 50_000].join("+");
    let nested = format!("{}x{}", "(".repeat(900), ")".repeat(900));
    let src = format!(
        "package main\n\nfunc main() {{\n\tx := 1\n\ty := {chain}\n\tz := {nested}\n\tprintln(y, z)\n}}\n"
    );
    let go = dir.join("deep.go");
    std::fs::write(&go, src).expect("write");
    let out = golift().arg("run").arg(&go).output().expect("run golift");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(text(&out.stderr), "50000 1\n", "{}", describe(&out));
    assert_eq!(out.status.code(), Some(0));
}

/// A `main` of 40,000 statements, far above the size where codegen stops running
/// Cranelift's e-graph optimiser (compile.rs, `LARGE_FUNCTION_INSTS`): it must still
/// compute what Go's spec defines. The expected values are the same statements
/// evaluated here with Go's integer semantics (two's-complement wrapping, arithmetic
/// right shift).
#[test]
fn huge_function_computes_what_the_spec_defines() {
    const N: usize = 40_000;
    let (mut x, mut y, mut buf) = (1i64, 2i64, [0i64; 16]);
    let mut src = String::from(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx, y := 1, 2\n\tbuf := make([]int, 16)\n",
    );
    for i in 0..N {
        let line = match i % 4 {
            0 => {
                let k = (i % 7 + 2) as i64;
                x = x.wrapping_mul(k).wrapping_add(y);
                format!("\tx = x*{k} + y\n")
            }
            1 => {
                let s = i % 5 + 1;
                y ^= x >> s;
                format!("\ty ^= x >> {s}\n")
            }
            2 => {
                let j = i % 16;
                buf[j] = buf[j].wrapping_add(x.wrapping_sub(y));
                format!("\tbuf[{j}] += x - y\n")
            }
            _ => {
                let k = (i % 11 + 1) as i64;
                x = x.wrapping_sub(y & k);
                format!("\tx -= y & {k}\n")
            }
        };
        src.push_str(&line);
    }
    // Statements `i % 4 == 2` store into buf[2], [6], [10] and [14].
    src.push_str("\tfmt.Println(x, y, buf[2], buf[14])\n}\n");
    let dir = std::env::temp_dir().join(format!("golift-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let go = dir.join("huge.go");
    std::fs::write(&go, src).expect("write");
    let out = golift().arg("run").arg(&go).output().expect("run golift");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        text(&out.stdout),
        format!("{x} {y} {} {}\n", buf[2], buf[14]),
        "{}",
        describe(&out)
    );
    assert_eq!(out.status.code(), Some(0));
}
