//! The line table the runtime prints tracebacks from: per compiled function its symbol,
//! code size, whether it has parameters, and runs of (code offset → file, line), made
//! from the source locations codegen recorded for every instruction (the srclocs stay
//! the one owner of "which line is this instruction"); plus the file-name table.
//!
//! This module decides the contents only; `object.rs` lays them out in the object as
//! docs/runtime-abi.md ("Line table") describes, and the runtime only reads them. It does
//! not decide how paths are spelt: the driver passes them (absolute, as gc prints them).

use golift_hir::{Db, Package, SourceFile};

use crate::FuncOut;

/// One run: code from `start` (an offset into the function) up to the next run's start
/// (or the end of the function) is on `line` of file number `file`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    pub start: u32,
    pub file: u32,
    pub line: u32,
}

/// The lines of one function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FuncLines {
    pub symbol: String,
    pub size: u64,
    /// Whether the Go function takes parameters (gc prints `f(...)` rather than `f()`).
    pub has_params: bool,
    /// Sorted by `start`, the first at 0, no two neighbours with the same place.
    pub runs: Vec<Run>,
}

/// The whole table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LineTable {
    pub funcs: Vec<FuncLines>,
    /// File names, indexed by `Run::file`: `file_paths[i]` for the package's file `i`.
    pub files: Vec<String>,
}

/// Builds the table of `outs`. `file_paths` names the package's files, in order, as the
/// traceback prints them.
pub(crate) fn line_table(
    db: &dyn Db,
    package: Package,
    outs: &[FuncOut<'_>],
    file_paths: &[String],
) -> Result<LineTable, String> {
    let files = package.files(db);
    if files.len() != file_paths.len() {
        return Err(format!(
            "internal compiler error: {} file paths for a package of {} files",
            file_paths.len(),
            files.len()
        ));
    }
    let file_index = |f: SourceFile| files.iter().position(|&g| g == f);
    let place = |file: SourceFile, off: u32| -> Option<(u32, u32)> {
        let (line, _) = golift_hir::line_index(db, file).line_col(off);
        Some((file_index(file)? as u32, line))
    };
    let mut funcs = Vec::new();
    for o in outs {
        let c = o.compiled;
        let mut runs: Vec<Run> = Vec::new();
        // Code before the first located instruction (the prologue) is on the
        // function's own line, as in gc.
        let entry = match o.func {
            Some(f) => (*golift_hir::decl_offset(db, f)).and_then(|(file, at)| place(file, at)),
            None => None,
        };
        if let Some(p) = entry {
            push_run(&mut runs, 0, p);
        }
        for &(start, _end, loc) in &c.srclocs {
            let Some((file, at)) = crate::source_lines::resolve_loc(db, package, o, loc) else {
                continue;
            };
            if let Some(p) = place(file, at) {
                let start = if runs.is_empty() { 0 } else { start };
                push_run(&mut runs, start, p);
            }
        }
        let has_params = match o.func {
            Some(f) => !golift_hir::signature(db, f).param_tys().is_empty(),
            None => false,
        };
        funcs.push(FuncLines {
            symbol: c.symbol.clone(),
            size: c.code.len() as u64,
            has_params,
            runs,
        });
    }
    Ok(LineTable {
        funcs,
        files: file_paths.to_vec(),
    })
}

/// Appends a run at `start` (replacing one that starts there too), unless the code
/// before it is on the same line already.
fn push_run(runs: &mut Vec<Run>, start: u32, (file, line): (u32, u32)) {
    if runs.last().is_some_and(|r| r.start == start) {
        runs.pop();
    }
    if runs
        .last()
        .is_some_and(|r| (r.file, r.line) == (file, line))
    {
        return;
    }
    runs.push(Run { start, file, line });
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use golift_hir::{Package, RootDatabase, SourceFile};
    use target_lexicon::Triple;

    use super::*;

    const SRC: &str = "package main\n\nfunc f(n int) int {\n\tif n > 2 {\n\t\tpanic(\"x\")\n\t}\n\treturn n\n}\n\nvar g = f(1)\n\nfunc main() {\n\tprintln(f(3), g)\n}\n";

    #[test]
    fn runs_follow_the_source_lines() {
        let mut db = RootDatabase::default();
        let file = SourceFile::new(&db, "./x.go".into(), SRC.into());
        let p = Package::new(&db, "main".into(), vec![file]);
        for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
            let triple = Triple::from_str(triple).expect("triple");
            salsa::Setter::to(p.set_goarch(&mut db), crate::goarch_of(&triple));
            let outs = crate::compile_all(&db, p, &triple, None).expect("compiles");
            let t = line_table(&db, p, &outs, &["/w/x.go".into()]).expect("table");
            assert_eq!(t.files, vec!["/w/x.go".to_string()]);
            let func = |name: &str| {
                t.funcs
                    .iter()
                    .find(|f| f.symbol == name)
                    .unwrap_or_else(|| panic!("{name} in {t:?}"))
            };
            for (name, params, first, lines) in [
                ("main.f", true, Some(3), &[3, 4, 5, 7][..]),
                ("main.main", false, Some(12), &[12, 13, 14][..]),
                ("main.init", false, None, &[10][..]),
            ] {
                let f = func(name);
                assert_eq!(f.has_params, params, "{name}");
                assert!(f.size > 0, "{name}");
                assert_eq!(f.runs.first().map(|r| r.start), Some(0), "{name}");
                if let Some(first) = first {
                    assert_eq!(f.runs[0].line, first, "{name}: the prologue's line");
                }
                for w in f.runs.windows(2) {
                    assert!(w[0].start < w[1].start, "{name}: {:?}", f.runs);
                    assert_ne!(w[0].line, w[1].line, "{name}: {:?}", f.runs);
                }
                for r in &f.runs {
                    assert!(u64::from(r.start) < f.size && r.file == 0, "{name}: {r:?}");
                    assert!(lines.contains(&r.line), "{name}: line {}", r.line);
                }
                for l in lines {
                    assert!(f.runs.iter().any(|r| r.line == *l), "{name}: no line {l}");
                }
            }
            assert!(line_table(&db, p, &outs, &[]).is_err());
        }
    }
}
