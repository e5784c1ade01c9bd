//! `cargo xtask bench scaling [--runs N] [--max N]`: compile time as programs grow,
//! golift versus gc, so that a stage that is super-linear in the size of a function or
//! of a package shows as a ratio that grows down the table.
//!
//! Two generated shapes, each at 1,000, 10,000 and 100,000 (capped by `--max`):
//! one `main` with N statements, and a package of N small functions; and issue 7's
//! program of 5,000 methods with a `switch` and float arithmetic each. Both are built
//! with `golift build` and with gc's compile and link steps (bench.rs's `gc_build`),
//! alternating, median wall time. The generated programs are valid Go whose statements
//! vary (so no stage can collapse them) and use only the language golift compiles.

use crate::timing::{build_medians, ms};
use std::fmt::Write as _;
use std::path::Path;

/// Writes the Go source of one shape at a size.
type Generator = fn(usize) -> String;

/// The sizes of each shape.
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

pub fn run(args: &[String]) -> bool {
    let mut runs = 3usize;
    let mut max = usize::MAX;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--runs" => runs = it.next().and_then(|n| n.parse().ok()).unwrap_or(runs),
            "--max" => max = it.next().and_then(|n| n.parse().ok()).unwrap_or(max),
            other => {
                eprintln!("xtask bench scaling: unknown argument {other}");
                return false;
            }
        }
    }
    if !crate::cargo(&["build", "--release", "-p", "golift"], &[]) {
        return false;
    }
    rows(Path::new("target/release/golift"), runs, max)
}

/// Prints the table; `false` if a build failed.
pub fn rows(golift: &Path, runs: usize, max: usize) -> bool {
    let scratch = std::env::temp_dir().join(format!("golift-scaling-{}", std::process::id()));
    if std::fs::create_dir_all(&scratch).is_err() {
        return false;
    }
    println!(
        "{:<28} {:>12} {:>12} {:>7}   (compile+link, median of {runs})",
        "scaling", "golift build", "gc build", "ratio"
    );
    let shapes: [(&str, Generator, &[usize]); 3] = [
        ("statements_in_one_func", one_function, &SIZES),
        ("small_funcs", many_functions, &SIZES),
        ("methods_switch_floats", methods_switch_floats, &[5_000]),
    ];
    let mut ok = true;
    for (shape, generate, sizes) in shapes {
        for n in sizes.iter().copied().filter(|&n| n <= max) {
            let name = format!("{shape}_{}k", n / 1000);
            let file = scratch.join(format!("{name}.go"));
            if std::fs::write(&file, generate(n)).is_err() {
                return false;
            }
            let ours = scratch.join(format!("{name}.golift"));
            let theirs = scratch.join(format!("{name}.gc"));
            match build_medians(golift, &file, &ours, &theirs, &scratch, runs) {
                Some((o, g)) => println!(
                    "{name:<28} {:>10.1}ms {:>10.1}ms {:>7.2}",
                    ms(o),
                    ms(g),
                    ms(o) / ms(g)
                ),
                None => {
                    println!("{name:<28} build failed");
                    ok = false;
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    ok
}

/// `main` with `n` statements: straight-line assignments mixing arithmetic and slice
/// stores (branches would measure gc's SSA passes on one huge CFG instead: 10,000
/// `if`s take gc 30 s).
fn one_function(n: usize) -> String {
    let mut s = String::from(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx, y := 1, 2\n\tbuf := make([]int, 16)\n",
    );
    for i in 0..n {
        let _ = match i % 4 {
            0 => writeln!(s, "\tx = x*{} + y", i % 7 + 2),
            1 => writeln!(s, "\ty ^= x >> {}", i % 5 + 1),
            2 => writeln!(s, "\tbuf[{}] += x - y", i % 16),
            _ => writeln!(s, "\tx -= y & {}", i % 11 + 1),
        };
    }
    s.push_str("\tfmt.Println(x, y, buf[0])\n}\n");
    s
}

/// `n` small functions, each calling the previous one, and a `main` calling the last.
fn many_functions(n: usize) -> String {
    let mut s = String::from("package main\n\nimport \"fmt\"\n\nfunc f0(a int) int { return a }\n");
    for i in 1..n {
        let _ = writeln!(
            s,
            "\nfunc f{i}(a int) int {{\n\tif a > {i} {{\n\t\treturn a - {}\n\t}}\n\treturn f{}(a*3 + 1)\n}}",
            i % 13,
            i - 1
        );
    }
    let _ = writeln!(s, "\nfunc main() {{\n\tfmt.Println(f{}(1))\n}}", n - 1);
    s
}

/// `n` methods on a struct of floats, each with a `switch`, and a `main` calling each
/// (issue 7's compile-time program: methods, switch and float arithmetic).
fn methods_switch_floats(n: usize) -> String {
    let mut s =
        String::from("package main\n\nimport \"fmt\"\n\ntype vec struct {\n\tx, y float64\n}\n");
    for i in 0..n {
        let _ = writeln!(
            s,
            "\nfunc (v *vec) m{i}(k int) float64 {{\n\tswitch k % {} {{\n\tcase 0:\n\t\tv.x += float64(k) * {}.5\n\tcase 1, 2:\n\t\tv.y -= v.x / {}.25\n\tdefault:\n\t\tv.x, v.y = v.y, v.x\n\t}}\n\treturn v.x*0.5 + v.y\n}}",
            i % 5 + 3,
            i % 9,
            i % 7 + 1
        );
    }
    s.push_str("\nfunc main() {\n\tv := &vec{1, 2}\n\tsum := 0.0\n");
    for i in 0..n {
        let _ = writeln!(s, "\tsum += v.m{i}({i})");
    }
    s.push_str("\tfmt.Println(sum)\n}\n");
    s
}
