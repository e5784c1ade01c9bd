//! Every compile error of a package, as `go build` prints them: syntax errors alone if
//! there are any; otherwise type errors of package-level declarations, of each function
//! (in source order, unused variables last), then unused imports — the first ten in that
//! order (one per line and message), sorted by position, then `too many errors`.

use std::collections::BTreeSet;

use golift_syntax::ast::DeclKind;

use crate::diagnostics::not_supported;
use crate::infer_result::InferenceResult;
use crate::{
    infer, line_index, package_init, package_items, parse, Db, Diagnostic, Func, Package, Res,
};

#[salsa::tracked(returns(ref))]
pub fn package_diagnostics(db: &dyn Db, package: Package) -> Vec<Diagnostic> {
    let files = package.files(db);
    let file_ix = |f: crate::SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    let (reported, is_syntax) = reported_errors(db, package);
    if *is_syntax {
        let mut sorted = reported.clone();
        sorted.sort_by_key(|d| (file_ix(d.file), d.offset));
        return limit(db, sorted, Some(10), |d| (file_ix(d.file), d.offset));
    }
    limit(db, reported.clone(), Some(10), |d| {
        (file_ix(d.file), d.offset)
    })
}

/// Every compile error of a package, as gc prints them with `-e` (no limit on their
/// number), sorted by position.
#[salsa::tracked(returns(ref))]
pub fn package_diagnostics_all(db: &dyn Db, package: Package) -> Vec<Diagnostic> {
    let files = package.files(db);
    let file_ix = |f: crate::SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    let (reported, _) = reported_errors(db, package);
    limit(db, reported.clone(), None, |d| (file_ix(d.file), d.offset))
}

/// The errors in the order gc reports them, and whether they are syntax errors (gc then
/// reports nothing else).
#[salsa::tracked(returns(ref))]
fn reported_errors(db: &dyn Db, package: Package) -> (Vec<Diagnostic>, bool) {
    let files = package.files(db);
    let file_ix = |f: crate::SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    // Errors of the parse phase come first.
    let mut syntax: Vec<Diagnostic> = Vec::new();
    for &file in files {
        for e in &parse(db, file).errors {
            syntax.push(Diagnostic {
                file,
                offset: e.offset,
                message: e.message.clone(),
            });
        }
    }
    // A syntax error stops gc before type checking; other errors of the parse phase
    // (misplaced `break`, undefined labels, `newline in string`) come first and type
    // checking goes on.
    if syntax.iter().any(|d| d.message.starts_with("syntax error")) {
        return (syntax, true);
    }

    let mut reported: Vec<Diagnostic> = syntax;
    let mut late: Vec<Diagnostic> = Vec::new();
    reported.extend(package_init(db, package).diagnostics.iter().cloned());
    // Package-level redeclarations.
    let items = package_items(db, package);
    let mut used_packages: BTreeSet<(usize, String)> = BTreeSet::new();
    for (fi, &file) in files.iter().enumerate() {
        let tree = parse(db, file);
        for (di, decl) in tree.decls.iter().enumerate() {
            let base = tree.decl_offsets.get(di).copied().unwrap_or(0);
            let names: Vec<&golift_syntax::ast::Name> = match &decl.kind {
                DeclKind::Func(f) if f.recv.is_none() => vec![&f.name],
                DeclKind::Var(s) | DeclKind::Const(s) => s.iter().flat_map(|s| &s.names).collect(),
                DeclKind::Type(s) => s.iter().map(|s| &s.name).collect(),
                _ => Vec::new(),
            };
            for n in names {
                if n.text == "_" || n.text == "init" {
                    continue;
                }
                if let Some(loc) = items.items.get(&n.text) {
                    if loc.file != file || loc.decl as usize != di {
                        reported.push(Diagnostic {
                            file,
                            offset: base + n.span.start,
                            message: format!("{} redeclared in this block", n.text),
                        });
                    }
                }
            }
            if let DeclKind::Func(f) = &decl.kind {
                if f.name.text == "init" || f.name.text == "_" {
                    if f.name.text == "init" {
                        reported.push(Diagnostic {
                            file,
                            offset: base + f.name.span.start,
                            message: not_supported("init functions"),
                        });
                    }
                    continue;
                }
                let name = match &f.recv {
                    Some(_) => {
                        reported.push(Diagnostic {
                            file,
                            offset: base + f.name.span.start,
                            message: not_supported("methods"),
                        });
                        continue;
                    }
                    None => f.name.text.clone(),
                };
                let Some(loc) = items.items.get(&name) else {
                    continue;
                };
                if loc.file != file || loc.decl as usize != di {
                    continue;
                }
                let func = Func::new(db, package, name);
                let res = infer(db, func);
                mark_used(res, fi, &mut used_packages);
                for (off, msg) in &res.diagnostics {
                    reported.push(Diagnostic {
                        file,
                        offset: base + off,
                        message: msg.clone(),
                    });
                }
                for (off, msg) in &res.late_diagnostics {
                    late.push(Diagnostic {
                        file,
                        offset: base + off,
                        message: msg.clone(),
                    });
                }
            }
        }
    }
    for g in &package_init(db, package).inits {
        mark_used(&g.inference, file_ix(g.file), &mut used_packages);
    }
    // Unused imports.
    for (fi, &file) in files.iter().enumerate() {
        let tree = parse(db, file);
        for imp in &tree.imports {
            let name = match &imp.name {
                Some(n) => n.text.clone(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            };
            if name == "_" {
                continue;
            }
            if !crate::universe::known_package(&imp.path) {
                reported.push(Diagnostic {
                    file,
                    offset: imp.span.start,
                    message: not_supported(&format!("import of package {:?}", imp.path)),
                });
                continue;
            }
            if !used_packages.contains(&(fi, imp.path.clone())) {
                let message = match &imp.name {
                    Some(n) if n.text != imp.path.rsplit('/').next().unwrap_or("") => {
                        format!("imported and not used: {:?} as {}", imp.path, n.text)
                    }
                    _ => format!("imported and not used: {:?}", imp.path),
                };
                reported.push(Diagnostic {
                    file,
                    offset: imp.span.start,
                    message,
                });
            }
        }
    }
    // A program with errors in Go's terms gets only those, as gc would print them; what
    // golift cannot compile yet is reported once the program is valid Go otherwise.
    if reported.iter().all(Diagnostic::is_not_supported) {
        reported.extend(late);
    }
    if reported.iter().any(|d| !d.is_not_supported()) {
        reported.retain(|d| !d.is_not_supported());
    }
    (reported, false)
}

fn mark_used(res: &InferenceResult, fi: usize, used: &mut BTreeSet<(usize, String)>) {
    for r in res.resolutions.values() {
        if let Res::Package(p) = r {
            used.insert((fi, p.clone()));
        }
    }
}

/// gc's reporting: drops a repeated message on the same line, stops after `max` errors
/// (adding `too many errors` at the last one's position), sorts by position.
fn limit(
    db: &dyn Db,
    reported: Vec<Diagnostic>,
    max: Option<usize>,
    key: impl Fn(&Diagnostic) -> (usize, u32),
) -> Vec<Diagnostic> {
    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut last: Option<(crate::SourceFile, u32, String)> = None;
    let mut too_many: Option<Diagnostic> = None;
    for d in reported {
        let line = line_index(db, d.file).line_col(d.offset).0;
        let is_syntax = d.message.starts_with("syntax error");
        if let Some((f, l, m)) = &last {
            if *f == d.file && *l == line && (is_syntax || *m == d.message) {
                continue;
            }
        }
        last = Some((d.file, line, d.message.clone()));
        kept.push(d.clone());
        if max.is_some_and(|max| kept.len() >= max) {
            too_many = Some(Diagnostic {
                file: d.file,
                offset: d.offset,
                message: "too many errors".to_string(),
            });
            break;
        }
    }
    kept.sort_by_key(&key);
    kept.dedup_by(|a, b| a.message == b.message && a.file == b.file && a.offset == b.offset);
    kept.extend(too_many);
    kept
}
