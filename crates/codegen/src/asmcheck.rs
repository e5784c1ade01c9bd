//! The asmcheck runner for `testdata/codegen/*.go` (Go's test/run.go asmcheck format,
//! with golift's architecture names):
//!
//! ```go
//! // x86_64:"call.*runtime\.newobject"
//! // aarch64:-"bl.*runtime\.makeslice"   (`-`: must not match)
//! p := new(int)                          // the checks above apply to this line
//! func f() { // x86_64:func:-"runtime\.newobject"   (the whole function)
//! ```
//!
//! A comment on a line of its own applies to the next line of code; a comment after
//! code applies to that line. Several checks per comment are allowed (separated by
//! spaces or commas), for several architectures (`x86_64`, `aarch64`, `clif`). Each
//! regexp is matched, anchored at the start, against every instruction attributed to
//! the line (the text `golift asm` prints after the address, or a CLIF instruction):
//! a positive check needs one match, a negative one none. Checks for the architecture
//! of the target being tested run, and `clif` checks always do.

use std::collections::BTreeMap;
use std::path::Path;

use golift_hir::{Db, Package, SourceFile};
use regex::Regex;
use target_lexicon::{Architecture, Triple};

/// One check: architecture, whole-function or not, negated or not, the regexp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Check {
    pub arch: String,
    pub whole_func: bool,
    pub negate: bool,
    pub pattern: String,
    /// The 1-based line it applies to.
    pub line: u32,
}

/// Parses the checks of a source file.
pub(crate) fn parse_checks(text: &str) -> Vec<Check> {
    let Ok(spec) = Regex::new(r#"(\w+):(func:)?((?:\s*,?\s*-?(?:"(?:[^"\\]|\\.)*"|`[^`]*`))+)"#)
    else {
        return Vec::new();
    };
    let Ok(item) = Regex::new(r#"(-?)(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)"#) else {
        return Vec::new();
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut checks = Vec::new();
    let mut pending: Vec<Check> = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let lineno = i as u32 + 1;
        let (code, comment) = split_comment(raw);
        let code_here = !code.trim().is_empty();
        let mut found = Vec::new();
        if let Some(c) = comment {
            for cap in spec.captures_iter(c) {
                let arch = cap.get(1).map_or("", |m| m.as_str());
                if !matches!(arch, "x86_64" | "aarch64" | "clif") {
                    continue;
                }
                let whole_func = cap.get(2).is_some();
                for it in item.captures_iter(cap.get(3).map_or("", |m| m.as_str())) {
                    let negate = it.get(1).is_some_and(|m| m.as_str() == "-");
                    let pattern = match (it.get(2), it.get(3)) {
                        (Some(q), _) => q.as_str().replace("\\\"", "\""),
                        (_, Some(b)) => b.as_str().to_string(),
                        _ => continue,
                    };
                    found.push(Check {
                        arch: arch.to_string(),
                        whole_func,
                        negate,
                        pattern,
                        line: lineno,
                    });
                }
            }
        }
        if code_here {
            for mut c in pending.drain(..).chain(found) {
                c.line = lineno;
                checks.push(c);
            }
        } else {
            pending.extend(found);
        }
    }
    checks
}

/// Splits a line into code and the text of a trailing `//` comment (outside string
/// and rune literals).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == b'\\' && q != b'`' {
                    i += 1;
                } else if b == q {
                    quote = None;
                }
            }
            None => {
                if b == b'"' || b == b'\'' || b == b'`' {
                    quote = Some(b);
                } else if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
                    return (&line[..i], Some(&line[i + 2..]));
                }
            }
        }
        i += 1;
    }
    (line, None)
}

/// Instructions per line and per function (by the function's line range).
struct Code {
    by_line: BTreeMap<u32, Vec<String>>,
    /// (first line, last line, instructions) of each function.
    funcs: Vec<(u32, u32, Vec<String>)>,
}

/// Runs the asmcheck annotations of one `testdata/codegen` file for `triple`.
/// `Err` lists every failed check (and compile errors).
pub fn check_asmcheck_file(db: &dyn Db, path: &Path, triple: &Triple) -> Result<(), Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let shown = path.display().to_string();
    let file = SourceFile::new(db, shown.clone(), text.clone());
    let package = Package::builder("main".into(), vec![file])
        .goarch(crate::goarch_of(triple))
        .new(db);
    let checks = parse_checks(&text);
    let arch = match triple.architecture {
        Architecture::X86_64 => "x86_64",
        Architecture::Aarch64(_) => "aarch64",
        _ => "?",
    };
    let outs = crate::compile_all(db, package, triple, None).map_err(|diags| {
        let idx = golift_hir::line_index(db, file);
        diags
            .iter()
            .map(|d| {
                let (l, c) = idx.line_col(d.offset);
                format!("{shown}:{l}:{c}: {}", d.message)
            })
            .collect::<Vec<_>>()
    })?;
    let mut asm = Code {
        by_line: BTreeMap::new(),
        funcs: Vec::new(),
    };
    let mut clif = Code {
        by_line: BTreeMap::new(),
        funcs: Vec::new(),
    };
    let idx = golift_hir::line_index(db, file);
    for o in &outs {
        let range = o.func.and_then(|f| {
            let (_, base) = (*golift_hir::decl_offset(db, f))?;
            let decl = golift_hir::decl_ast(db, f).as_ref()?;
            let (first, _) = idx.line_col(base);
            let (last, _) = idx.line_col(base.saturating_add(decl.span.end.saturating_sub(1)));
            Some((first, last))
        });
        let listing = crate::disasm::listing(db, package, triple, o);
        let mut all = Vec::new();
        for i in &listing.insts {
            if let Some((_, line)) = i.line {
                asm.by_line.entry(line).or_default().push(i.text.clone());
            }
            all.push(i.text.clone());
        }
        let mut all_clif = Vec::new();
        for (loc, inst) in &crate::clif_of(db, package, triple, o).insts {
            let line = match (o.func, loc) {
                (Some(f), Some(l)) => (*golift_hir::decl_offset(db, f))
                    .map(|(_, base)| idx.line_col(base.saturating_add(*l)).0),
                (None, Some(l)) => {
                    let (_, off) = crate::init_loc(db, package, *l);
                    Some(idx.line_col(off).0)
                }
                _ => None,
            };
            if let Some(line) = line {
                clif.by_line.entry(line).or_default().push(inst.clone());
            }
            all_clif.push(inst.clone());
        }
        if let Some((first, last)) = range {
            asm.funcs.push((first, last, all));
            clif.funcs.push((first, last, all_clif));
        }
    }
    let mut failures = Vec::new();
    for c in checks {
        let code = match c.arch.as_str() {
            "clif" => &clif,
            a if a == arch => &asm,
            _ => continue,
        };
        let re = match Regex::new(&format!("^(?:{})", c.pattern)) {
            Ok(re) => re,
            Err(e) => {
                failures.push(format!(
                    "{shown}:{}: bad regexp {:?}: {e}",
                    c.line, c.pattern
                ));
                continue;
            }
        };
        let empty = Vec::new();
        let insts = if c.whole_func {
            code.funcs
                .iter()
                .find(|(a, b, _)| (*a..=*b).contains(&c.line))
                .map(|(_, _, i)| i)
                .unwrap_or(&empty)
        } else {
            code.by_line.get(&c.line).unwrap_or(&empty)
        };
        let matched: Vec<&String> = insts.iter().filter(|i| re.is_match(i)).collect();
        let scope = if c.whole_func { "function" } else { "line" };
        if c.negate && !matched.is_empty() {
            failures.push(format!(
                "{shown}:{}: {}: {scope} has an instruction matching -{:?}: {}",
                c.line, c.arch, c.pattern, matched[0]
            ));
        } else if !c.negate && matched.is_empty() {
            failures.push(format!(
                "{shown}:{}: {}: no instruction on this {scope} matches {:?}; it has:\n    {}",
                c.line,
                c.arch,
                c.pattern,
                insts.join("\n    ")
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_attach_to_the_next_code_line_or_their_own() {
        let text = "package main\n\nfunc f() { // x86_64:func:-\"a\\.b\" aarch64:func:-`c`\n\t// x86_64:\"call.*x\",-\"y\"\n\t// clif:\"z\"\n\n\tp := 1 // s := \"//\"\n}\n";
        let checks = parse_checks(text);
        let got: Vec<(String, bool, bool, String, u32)> = checks
            .into_iter()
            .map(|c| (c.arch, c.whole_func, c.negate, c.pattern, c.line))
            .collect();
        assert_eq!(
            got,
            vec![
                ("x86_64".into(), true, true, "a\\.b".into(), 3),
                ("aarch64".into(), true, true, "c".into(), 3),
                ("x86_64".into(), false, false, "call.*x".into(), 7),
                ("x86_64".into(), false, true, "y".into(), 7),
                ("clif".into(), false, false, "z".into(), 7),
            ]
        );
    }

    #[test]
    fn comments_inside_strings_are_code() {
        assert_eq!(
            split_comment(r#"s := "//x" // c"#),
            (r#"s := "//x" "#, Some(" c"))
        );
    }
}
