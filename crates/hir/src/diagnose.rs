//! Every compile error of a package, as `go build` prints them: syntax errors alone if
//! there are any; otherwise type errors of package-level declarations, of each function
//! (in source order, unused variables last), then unused imports — the first ten in that
//! order (one per line and message), sorted by position, then `too many errors`.
//!
//! The list is gathered from the files' item trees and each function's
//! [`body_report`], with positions relative to their declaration, and made absolute
//! only when printed: a body edit that changes no error re-executes none of it.

use std::collections::BTreeSet;

use golift_syntax::ast::DeclKind;

use crate::diagnostics::{is_not_supported, not_supported};
use crate::infer_result::InferenceResult;
use crate::pkg_env::package_env;
use crate::{
    decl_offsets, infer, item_tree, line_index, package_init, package_items, syntax_errors, Db,
    Diagnostic, Func, Package, Res, SourceFile,
};

#[salsa::tracked(returns(ref))]
pub fn package_diagnostics(db: &dyn Db, package: Package) -> Vec<Diagnostic> {
    let files = package.files(db);
    let file_ix = |f: SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    let (reported, is_syntax) = reported_errors(db, package);
    let reported = render(db, package, reported);
    if *is_syntax {
        let mut sorted = reported;
        sorted.sort_by_key(|d| (file_ix(d.file), d.offset));
        return limit(db, sorted, Some(10), |d| (file_ix(d.file), d.offset));
    }
    limit(db, reported, Some(10), |d| (file_ix(d.file), d.offset))
}

/// Every compile error of a package, as gc prints them with `-e` (no limit on their
/// number), sorted by position.
#[salsa::tracked(returns(ref))]
pub fn package_diagnostics_all(db: &dyn Db, package: Package) -> Vec<Diagnostic> {
    let files = package.files(db);
    let file_ix = |f: SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    let (reported, _) = reported_errors(db, package);
    limit(db, render(db, package, reported), None, |d| {
        (file_ix(d.file), d.offset)
    })
}

/// Where an error is, before it is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum At {
    /// An absolute offset (syntax errors, imports).
    Abs(u32),
    /// An offset relative to the start of top-level declaration `.0` of the file.
    Decl(u32, u32),
}

/// An error as the checker reports it: positioned relative to its declaration, so that
/// the list stays equal (and salsa reuses everything that reads it) when a body edit
/// moves the declarations after it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Reported {
    file: SourceFile,
    at: At,
    message: String,
    /// For `invalid recursive type`: the type names of the cycle, whose positions are
    /// appended to the message when it is printed.
    cycle: Vec<String>,
    /// Lines printed under the message, `\tFILE:L:C: text` (`other declaration of x`,
    /// `a refers to`).
    notes: Vec<(SourceFile, At, String)>,
}

impl Reported {
    fn new(file: SourceFile, at: At, message: String) -> Reported {
        Reported {
            file,
            at,
            message,
            cycle: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// A checker's error in declaration `decl` of `file`.
    fn checked(file: SourceFile, decl: u32, e: &crate::CheckError) -> Reported {
        let at = |offset| At::Decl(decl, offset);
        Reported {
            notes: e
                .notes
                .iter()
                .map(|(o, m)| (file, at(*o), m.clone()))
                .collect(),
            ..Reported::new(file, at(e.offset), e.message.clone())
        }
    }

    fn is_not_supported(&self) -> bool {
        is_not_supported(&self.message)
    }
}

/// The errors with absolute positions, the cycles of `invalid recursive type` spelled
/// out (`\tFILE:L:C: A refers to`...). The only reader of declaration offsets here.
fn render(db: &dyn Db, package: Package, reported: &[Reported]) -> Vec<Diagnostic> {
    let absolute = |file: SourceFile, at: At| match at {
        At::Abs(offset) => offset,
        At::Decl(decl, offset) => {
            let base = decl_offsets(db, file).get(decl as usize).copied();
            base.unwrap_or(0) + offset
        }
    };
    reported
        .iter()
        .map(|r| {
            let mut message = match r.at {
                At::Decl(decl, _) => {
                    relative_positions(&r.message, absolute(r.file, At::Decl(decl, 0)))
                }
                At::Abs(_) => r.message.clone(),
            };
            if let Some((first, _)) = r.cycle.split_first() {
                let names: Vec<&String> = r.cycle.iter().chain(std::iter::once(first)).collect();
                for (i, n) in names.iter().enumerate() {
                    let pos = type_name_pos(db, package, n).unwrap_or_default();
                    let tail = if i + 1 == names.len() {
                        ""
                    } else {
                        " refers to"
                    };
                    message.push_str(&format!("\n\t{pos}: {n}{tail}"));
                }
            }
            for (file, at, text) in &r.notes {
                let (l, c) = line_index(db, *file).line_col(absolute(*file, *at));
                message.push_str(&format!("\n\t{}:{l}:{c}: {text}", file.path(db)));
            }
            Diagnostic {
                file: r.file,
                offset: absolute(r.file, r.at),
                message,
            }
        })
        .collect()
}

/// A checker's message mentions a second position relative to its declaration as
/// `{@+OFFSET}`; the printer's form is absolute (`{@OFFSET}`, see
/// `golift_syntax::render_message`): adds the declaration's start `base`.
fn relative_positions(message: &str, base: u32) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("{@+") {
        let after = &rest[i + 3..];
        let parsed = after
            .find('}')
            .and_then(|j| after[..j].parse::<u32>().ok().map(|o| (j, o)));
        match parsed {
            Some((j, off)) => {
                out.push_str(&rest[..i]);
                out.push_str(&format!("{{@{}}}", base + off));
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[..i + 3]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// gc's `package other; expected main` for each file whose package clause names another
/// package than the first file's, at the start of the file.
fn package_clause_errors(db: &dyn Db, files: &[SourceFile]) -> Vec<Reported> {
    let name = |f: SourceFile| item_tree(db, f).package.clone();
    let Some(expected) = files.first().and_then(|&f| name(f)) else {
        return Vec::new();
    };
    files
        .iter()
        .skip(1)
        .filter_map(|&f| {
            let found = name(f)?;
            (found != expected).then(|| {
                Reported::new(
                    f,
                    At::Abs(0),
                    format!("package {found}; expected {expected}"),
                )
            })
        })
        .collect()
}

/// `path:line:col` of the name in the declaration of type `name`.
fn type_name_pos(db: &dyn Db, package: Package, name: &str) -> Option<String> {
    let loc = package_items(db, package).items.get(name).copied()?;
    let decl = item_tree(db, loc.file).decls.get(loc.decl as usize)?;
    let DeclKind::Type(specs) = &decl.kind else {
        return None;
    };
    let spec = specs.iter().find(|s| s.name.text == name)?;
    let offset = decl_offsets(db, loc.file).get(loc.decl as usize)? + spec.name.span.start;
    let (l, c) = line_index(db, loc.file).line_col(offset);
    Some(format!("{}:{l}:{c}", loc.file.path(db)))
}

/// What the error list needs of one function's check: its errors and late errors
/// (relative to its declaration) and the packages it uses. A query of its own, so that
/// a body edit that changes none of these re-executes no package-level query.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct BodyReport {
    diagnostics: Vec<crate::CheckError>,
    late: Vec<(u32, String)>,
    packages: BTreeSet<String>,
}

#[salsa::tracked(returns(ref))]
fn body_report<'db>(db: &'db dyn Db, func: Func<'db>) -> BodyReport {
    let res = infer(db, func);
    BodyReport {
        diagnostics: res.diagnostics.clone(),
        late: res.late_diagnostics.clone(),
        packages: used_packages_of(res).collect(),
    }
}

/// The errors in the order gc reports them, and whether they are syntax errors (gc then
/// reports nothing else).
#[salsa::tracked(returns(ref))]
fn reported_errors(db: &dyn Db, package: Package) -> (Vec<Reported>, bool) {
    let files = package.files(db);
    let file_ix = |f: SourceFile| files.iter().position(|&g| g == f).unwrap_or(0);
    // Errors of the parse phase come first.
    let mut syntax: Vec<Reported> = Vec::new();
    for &file in files {
        for e in syntax_errors(db, file) {
            syntax.push(Reported::new(file, At::Abs(e.offset), e.message.clone()));
        }
    }
    // A syntax error stops gc before type checking; other errors of the parse phase
    // (misplaced `break`, undefined labels, `newline in string`) come first and type
    // checking goes on.
    if syntax.iter().any(|d| d.message.starts_with("syntax error")) {
        return (syntax, true);
    }

    let mut reported: Vec<Reported> = syntax;
    let clause_errors = package_clause_errors(db, files);
    // types2 leaves a file of another package out of the package; golift still checks
    // it, so what is found in it is dropped below (known gap: an error it causes in a file
    // of the package, such as a redeclaration of one of its names, is kept).
    let foreign: Vec<SourceFile> = clause_errors.iter().map(|r| r.file).collect();
    reported.extend(clause_errors);
    let mut late: Vec<Reported> = Vec::new();
    // types2's collectObjects, before any declaration is checked: names declared twice
    // at package level, `init` and `main` that are not funcs.
    let items = package_items(db, package);
    for &file in files {
        let tree = item_tree(db, file);
        for imp in &tree.imports {
            if let Some(n) = imp.name.as_ref().filter(|n| n.text == "init") {
                reported.push(Reported::new(
                    file,
                    At::Abs(n.span.start),
                    "cannot import package as init - init must be a func".to_string(),
                ));
            }
        }
        for (di, decl) in tree.decls.iter().enumerate() {
            let at = |offset| At::Decl(di as u32, offset);
            let is_func = matches!(decl.kind, DeclKind::Func(_));
            let names: Vec<&golift_syntax::ast::Name> = match &decl.kind {
                DeclKind::Func(f) if f.recv.is_none() => vec![&f.name],
                DeclKind::Var(s) | DeclKind::Const(s) => s.iter().flat_map(|s| &s.names).collect(),
                DeclKind::Type(s) => s.iter().map(|s| &s.name).collect(),
                _ => Vec::new(),
            };
            // types2's collectObjects: `init` (and `main` in package main) take nothing
            // and return nothing.
            if let DeclKind::Func(f) = &decl.kind {
                let in_main = tree.package.as_deref() == Some("main");
                let special = f.name.text == "init" || (f.name.text == "main" && in_main);
                if special
                    && f.recv.is_none()
                    && (!f.sig.params.is_empty() || !f.sig.results.is_empty())
                {
                    reported.push(Reported::new(
                        file,
                        at(f.name.span.start),
                        format!(
                            "func {} must have no arguments and no return values",
                            f.name.text
                        ),
                    ));
                }
            }
            // types2's declarePkgObj: `init` (and `main` in package main) must be funcs.
            if !is_func {
                let in_main = tree.package.as_deref() == Some("main");
                for n in &names {
                    if n.text == "init" || (n.text == "main" && in_main) {
                        reported.push(Reported::new(
                            file,
                            at(n.span.start),
                            format!("cannot declare {} - must be func", n.text),
                        ));
                    }
                }
            }
            for n in names {
                if n.text == "_" || n.text == "init" || n.text == "main" && !is_func {
                    continue;
                }
                let Some(loc) = items.items.get(&n.text) else {
                    continue;
                };
                if loc.file == file && loc.decl as usize == di {
                    continue;
                }
                let mut r = Reported::new(
                    file,
                    at(n.span.start),
                    format!("{} redeclared in this block", n.text),
                );
                let other = item_tree(db, loc.file)
                    .decls
                    .get(loc.decl as usize)
                    .and_then(|d| crate::pkg_env::find_name_pos(d, &n.text));
                if let Some(offset) = other {
                    r.notes.push((
                        loc.file,
                        At::Decl(loc.decl, offset),
                        format!("other declaration of {}", n.text),
                    ));
                }
                reported.push(r);
            }
        }
    }
    reported.extend(package_env(db, package).diagnostics.iter().map(|d| {
        Reported {
            cycle: d.cycle.clone(),
            notes: d
                .notes
                .iter()
                .map(|(o, m)| (d.file, At::Decl(d.decl, *o), m.clone()))
                .collect(),
            ..Reported::new(d.file, At::Decl(d.decl, d.offset), d.message.clone())
        }
    }));
    // types2's collectMethods.
    for m in crate::methods::method_decl_errors(db, package) {
        let mut r = Reported::new(m.file, At::Decl(m.decl, m.offset), m.message);
        if let Some((f, d, o, text)) = m.note {
            r.notes.push((f, At::Decl(d, o), text));
        }
        reported.push(r);
    }
    // Function bodies.
    let mut used_packages: BTreeSet<(usize, String)> = BTreeSet::new();
    for (fi, &file) in files.iter().enumerate() {
        let tree = item_tree(db, file);
        for (di, decl) in tree.decls.iter().enumerate() {
            let at = |offset| At::Decl(di as u32, offset);
            if let DeclKind::Func(f) = &decl.kind {
                let here = |l: &&crate::ItemLoc| l.file == file && l.decl as usize == di;
                let name = match &f.recv {
                    _ if f.name.text == "_" => {
                        match items.blank_funcs.iter().position(|l| here(&l)) {
                            Some(i) => crate::blank_func_name(i),
                            None => continue,
                        }
                    }
                    Some(recv) => {
                        format!(
                            "{}.{}",
                            crate::items::receiver_base(decl, recv),
                            f.name.text
                        )
                    }
                    None if f.name.text == "init" => {
                        match items.init_funcs.iter().position(|l| here(&l)) {
                            Some(i) => crate::init_func_name(i),
                            None => continue,
                        }
                    }
                    None => f.name.text.clone(),
                };
                let Some(loc) = items.items.get(&name) else {
                    continue;
                };
                if loc.file != file || loc.decl as usize != di {
                    continue;
                }
                let report = body_report(db, Func::new(db, package, name));
                used_packages.extend(report.packages.iter().map(|p| (fi, p.clone())));
                for e in &report.diagnostics {
                    reported.push(Reported::checked(file, di as u32, e));
                }
                for (off, msg) in &report.late {
                    late.push(Reported::new(file, at(*off), msg.clone()));
                }
            }
        }
    }
    used_packages.extend(package_env(db, package).used_packages.iter().cloned());
    for d in &package_env(db, package).late_diagnostics {
        late.push(Reported::new(
            d.file,
            At::Decl(d.decl, d.offset),
            d.message.clone(),
        ));
    }
    let init = package_init(db, package);
    for g in &init.inits {
        let fi = file_ix(g.file);
        used_packages.extend(used_packages_of(&g.inference).map(|p| (fi, p)));
    }
    // types2's initOrder, after every body is checked.
    for cycle in &init.cycles {
        let place = |o: &crate::InitCycleObj| {
            let (fi, decl, offset) = o.order;
            files.get(fi).map(|&f| (f, At::Decl(decl, offset)))
        };
        let (Some(first), Some((file, at))) = (cycle.first(), cycle.first().and_then(place)) else {
            continue;
        };
        let mut r = Reported::new(file, at, format!("initialization loop for {}", first.name));
        for (i, o) in cycle.iter().enumerate() {
            let text = if i + 1 == cycle.len() {
                o.name.clone()
            } else {
                format!("{} refers to", o.name)
            };
            if let Some((f, a)) = place(o) {
                r.notes.push((f, a, text));
            }
        }
        reported.push(r);
    }
    // Unused imports.
    for (fi, &file) in files.iter().enumerate() {
        for imp in &item_tree(db, file).imports {
            let name = match &imp.name {
                Some(n) => n.text.clone(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            };
            // `_` imports nothing; `init` is reported above and declares nothing.
            if name == "_" || name == "init" {
                continue;
            }
            // gc reports at the import's name when it has one.
            let at = At::Abs(imp.name.as_ref().map_or(imp.span.start, |n| n.span.start));
            if !crate::universe::known_package(&imp.path) {
                let what = format!("import of package {:?}", imp.path);
                reported.push(Reported::new(file, at, not_supported(&what)));
                continue;
            }
            if !used_packages.contains(&(fi, imp.path.clone())) {
                let message = match &imp.name {
                    Some(n)
                        if n.text != "." && n.text != imp.path.rsplit('/').next().unwrap_or("") =>
                    {
                        format!("imported and not used: {:?} as {}", imp.path, n.text)
                    }
                    _ => format!("imported and not used: {:?}", imp.path),
                };
                reported.push(Reported::new(file, at, message));
            }
        }
    }
    // A program with errors in Go's terms gets only those, as gc would print them; what
    // golift cannot compile yet is reported once the program is valid Go otherwise.
    if reported.iter().all(Reported::is_not_supported) {
        reported.extend(late);
    }
    if reported.iter().any(|d| !d.is_not_supported()) {
        reported.retain(|d| !d.is_not_supported());
    }
    reported.retain(|d| !foreign.contains(&d.file) || d.at == At::Abs(0));
    (reported, false)
}

/// The packages `res` refers to.
fn used_packages_of(res: &InferenceResult) -> impl Iterator<Item = String> + '_ {
    res.resolutions.values().filter_map(|r| match r {
        Res::Package(p) | Res::Imported { package: p, .. } => Some(p.clone()),
        _ => None,
    })
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
