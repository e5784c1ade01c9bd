//! What a `build` or `run` command line names, resolved as the go command resolves it:
//! either `.go` files (`go build a.go b.go`: exactly those files, build constraints not
//! applied, package `command-line-arguments`, executable named after the first file) or
//! one package directory (`go build`, `go build ./cmd/tool`: its non-test `.go` files that
//! build constraints allow for the target, named by the `go.mod` above it or, without
//! one, as GOPATH mode's `_/abs/dir`). Errors are go's, in the words of module mode when
//! a `go.mod` governs the directory and of `GO111MODULE=off` otherwise; where go names
//! itself (`go: ...`, `go build PKG: ...`) golift says `golift`.
//!
//! cgo is out of scope: a chosen file that imports "C" is refused at its import, C, C++,
//! Objective-C and Fortran files in go's words (`C source files not allowed when not using
//! cgo or SWIG`), assembly files in golift's.
//!
//! Not here: reading and compiling the files ([`crate::session`]), where the executable
//! goes ([`crate::output`]). golift resolves no import paths: a directory argument is a
//! directory, with or without `./` in front.

use std::path::{Component, Path, PathBuf};

use crate::constraint::Platform;
use crate::failure::Failure;
use crate::gomod;
use crate::ioerr;

/// Which command is resolving: `go run` words some failures differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Build,
    Run,
}

/// The package a command line names.
#[derive(Debug)]
pub struct Named {
    /// The files to compile, in go's order (as given, or sorted by name in a directory).
    pub files: Vec<PathBuf>,
    /// The package's import path as go prints it in messages.
    pub import_path: String,
    /// The executable `go build` would write without `-o`.
    pub exec_name: String,
    /// For a directory: the argument as given (`.` when none), for go's messages.
    pub dir_arg: Option<String>,
    /// Whether a `go.mod` governs the package (module mode's messages).
    pub modules: bool,
}

impl Named {
    /// go's refusal to run a package that is not `main`.
    pub fn not_a_main_package(&self) -> Failure {
        match &self.dir_arg {
            Some(arg) if !self.modules => fail(format!("golift: no packages loaded from {arg}")),
            _ => fail(format!(
                "package {} is not a main package",
                self.import_path
            )),
        }
    }
}

fn fail(message: String) -> Failure {
    Failure {
        message: message + "\n",
        status: 1,
    }
}

/// Whether a command-line argument names a Go file rather than a package.
pub fn is_go_file(arg: &std::ffi::OsStr) -> bool {
    arg.to_string_lossy().ends_with(".go")
}

/// Resolves arguments naming one package: `.go` files, or at most one directory (none
/// means `.`). For `asm`, `clif`, `ir` and the package part of `run`.
pub fn resolve(args: &[PathBuf], platform: Platform, verb: Verb) -> Result<Named, Failure> {
    let mut packages = resolve_many(args, platform, verb)?;
    match packages.len() {
        1 => Ok(packages.remove(0)),
        _ => Err(Failure {
            message: format!(
                "golift: one package at a time (have {} and {})\n",
                packages[0].import_path, packages[1].import_path
            ),
            status: 2,
        }),
    }
}

/// Resolves `build`'s arguments: `.go` files (one package), or directories (none means
/// `.`), each a package, a package named twice counted once, as go counts them.
pub fn resolve_many(
    args: &[PathBuf],
    platform: Platform,
    verb: Verb,
) -> Result<Vec<Named>, Failure> {
    if args.iter().any(|a| is_go_file(a.as_os_str())) {
        return Ok(vec![named_files(args)?]);
    }
    if args.is_empty() {
        return Ok(vec![package_dir(Path::new("."), platform, verb)?]);
    }
    let mut packages: Vec<Named> = Vec::new();
    for dir in args {
        let named = package_dir(dir, platform, verb)?;
        if !packages.iter().any(|p| p.import_path == named.import_path) {
            packages.push(named);
        }
    }
    Ok(packages)
}

/// `go build a.go b.go`: the named files, which must be `.go` files of one directory.
fn named_files(args: &[PathBuf]) -> Result<Named, Failure> {
    if let Some(other) = args.iter().find(|a| !is_go_file(a.as_os_str())) {
        return Err(fail(format!(
            "named files must be .go files: {}",
            other.display()
        )));
    }
    let mut dir: Option<String> = None;
    for file in args {
        let meta = std::fs::metadata(file)
            .map_err(|e| fail(format!("stat {}: {}", file.display(), ioerr::reason(&e))))?;
        if meta.is_dir() {
            return Err(fail(format!(
                "{} is a directory, should be a Go file",
                file.display()
            )));
        }
        let dir1 = go_dir(file);
        match &dir {
            None => dir = Some(dir1),
            Some(d) if *d != dir1 => {
                return Err(fail(format!(
                    "named files must all be in one directory; have {d} and {dir1}"
                )))
            }
            Some(_) => {}
        }
    }
    reject_cgo(args)?;
    let clauses: Vec<(String, Option<String>)> = args
        .iter()
        .map(|f| {
            let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
            let package = std::fs::read(f)
                .ok()
                .and_then(|bytes| golift_syntax::parse_bytes(&bytes).package.map(|n| n.text));
            (name.unwrap_or_default(), package)
        })
        .collect();
    let abs = crate::session::absolute_path(Path::new(dir.as_deref().unwrap_or(".")));
    check_one_package(&clauses, &abs.display().to_string())?;
    let exec_name = args
        .first()
        .and_then(|f| f.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Named {
        files: args.to_vec(),
        import_path: "command-line-arguments".to_string(),
        exec_name,
        dir_arg: None,
        modules: false,
    })
}

/// Go's `filepath.Dir`: the lexically cleaned directory part, `.` for none.
fn go_dir(file: &Path) -> String {
    let parent = file.parent().unwrap_or(Path::new(""));
    let parts: Vec<String> = parent
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        ".".to_string()
    } else if parent.is_absolute() {
        format!("/{}", parts[1..].join("/"))
    } else {
        parts.join("/")
    }
}

/// How the files of a directory sort out.
#[derive(Default)]
struct Listing {
    /// Non-test `.go` files the constraints allow: (file name, package name).
    go_files: Vec<(String, Option<String>)>,
    test_files: usize,
    /// Files constraints excluded, not counting `_x.go` and `.x.go`.
    ignored: usize,
    /// Assembly files the constraints allow.
    asm_files: Vec<String>,
    /// Files in other languages the constraints allow, by language (see [`FOREIGN`]).
    foreign: Vec<Vec<String>>,
}

/// Source files of other languages go takes only with cgo or SWIG, which golift does not
/// do: each language's extensions and go's name for it, in go's order of complaint.
const FOREIGN: &[(&[&str], &str)] = &[
    (&["c"], "C"),
    (&["cc", "cpp", "cxx"], "C++"),
    (&["m"], "Objective-C"),
    (&["f", "F", "for", "f90"], "Fortran"),
];

/// `go build DIR`: the package in a directory.
fn package_dir(arg: &Path, platform: Platform, verb: Verb) -> Result<Named, Failure> {
    let arg_text = arg.display().to_string();
    let abs = crate::session::absolute_path(arg);
    let module = gomod::find(&abs).map_err(fail)?;
    let modules = module.is_some();
    let import_path = match &module {
        Some(m) => m.import_path(&abs),
        None => format!("_{}", abs.display()),
    };
    let abs_text = abs.display().to_string();
    let entries = match std::fs::read_dir(&abs) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound || abs.is_file() => {
            return Err(fail(if modules {
                format!("stat {abs_text}: directory not found")
            } else {
                format!("cannot find package \".\" in:\n\t{abs_text}")
            }))
        }
        Err(e) => return Err(fail(format!("open {abs_text}: {}", ioerr::reason(&e)))),
    };
    let mut names: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| fail(format!("open {abs_text}: {}", ioerr::reason(&e))))?;
        let is_file = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file());
        if is_file {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    let listing = list_files(arg, &abs, &names, platform)?;
    let no_packages = || fail(format!("golift: no packages loaded from {arg_text}"));
    if listing.go_files.is_empty() {
        if listing.test_files > 0 {
            return Err(fail(format!(
                "golift build {import_path}: no non-test Go files in {abs_text}"
            )));
        }
        if verb == Verb::Run && (!modules || listing.ignored == 0) {
            return Err(no_packages());
        }
        return Err(fail(match (listing.ignored > 0, modules) {
            (true, true) => format!(
                "package {import_path}: build constraints exclude all Go files in {abs_text}"
            ),
            (true, false) => {
                format!("package {arg_text}: build constraints exclude all Go files in {abs_text}")
            }
            (false, true) => format!("no Go files in {abs_text}"),
            (false, false) => format!("package {arg_text}: no Go files in {abs_text}"),
        }));
    }
    check_one_package(&listing.go_files, &abs_text)?;
    let package = if modules { &import_path } else { &arg_text };
    for ((_, language), files) in FOREIGN.iter().zip(&listing.foreign) {
        if !files.is_empty() {
            return Err(fail(format!(
                "package {package}: {language} source files not allowed when not using cgo or SWIG: {}",
                files.join(" ")
            )));
        }
    }
    if let Some(asm) = listing.asm_files.first() {
        return Err(fail(format!(
            "golift: {}: assembly files are not supported",
            shown(arg, asm)
        )));
    }
    let files: Vec<PathBuf> = listing
        .go_files
        .iter()
        .map(|(name, _)| arg.join(name))
        .collect();
    reject_cgo(&files)?;
    let exec_name = gomod::default_exec_name(&import_path, modules);
    Ok(Named {
        files,
        import_path,
        exec_name,
        dir_arg: Some(arg_text),
        modules,
    })
}

/// A file of the directory as go names it in messages (`a.go`, `sub/a.go`).
fn shown(arg: &Path, name: &str) -> String {
    let dir = go_dir(&arg.join("x"));
    if dir == "." {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// go/build's sorting of a directory's files: `_x.go` and `.x.go` do not exist for it,
/// constraints (file name first, then header) decide the rest, `_test.go` files are
/// tests.
fn list_files(
    arg: &Path,
    abs: &Path,
    names: &[String],
    platform: Platform,
) -> Result<Listing, Failure> {
    let mut listing = Listing {
        foreign: vec![Vec::new(); FOREIGN.len()],
        ..Listing::default()
    };
    for name in names {
        let ext = name.rsplit_once('.').map_or("", |(_, ext)| ext);
        let is_go = ext == "go";
        let is_asm = ext == "s" || ext == "S";
        let foreign = FOREIGN.iter().position(|(exts, _)| exts.contains(&ext));
        if !(is_go || is_asm || foreign.is_some()) || name.starts_with('_') || name.starts_with('.')
        {
            continue;
        }
        let content = std::fs::read(abs.join(name)).map_err(|e| {
            fail(format!(
                "open {}: {}",
                abs.join(name).display(),
                ioerr::reason(&e)
            ))
        })?;
        let allowed = platform.file_name_matches(name)
            && platform
                .header_matches(&content)
                .map_err(|e| fail(format!("{}: {e}", shown(arg, name))))?;
        if !allowed {
            if is_go {
                listing.ignored += 1;
            }
            continue;
        }
        if let Some(language) = foreign {
            listing.foreign[language].push(name.clone());
        } else if is_asm {
            listing.asm_files.push(name.clone());
        } else if name.ends_with("_test.go") {
            listing.test_files += 1;
        } else {
            let package = golift_syntax::parse_bytes(&content).package.map(|n| n.text);
            if package.as_deref() == Some("documentation") {
                listing.ignored += 1;
                continue;
            }
            listing.go_files.push((name.clone(), package));
        }
    }
    Ok(listing)
}

/// go/build's `found packages main (a.go) and other (b.go) in DIR`. A file whose package
/// clause cannot be read is left to the compiler, which reports its syntax errors.
fn check_one_package(files: &[(String, Option<String>)], abs: &str) -> Result<(), Failure> {
    let mut first: Option<(&str, &str)> = None;
    for (name, package) in files {
        let Some(package) = package else { continue };
        match first {
            None => first = Some((package, name)),
            Some((p0, f0)) if p0 != package => {
                return Err(fail(format!(
                    "found packages {p0} ({f0}) and {package} ({name}) in {abs}"
                )))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// cgo is out of golift's scope: a file that imports "C" is refused, at the import.
fn reject_cgo(files: &[PathBuf]) -> Result<(), Failure> {
    for file in files {
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        };
        let tree = golift_syntax::parse_bytes(&bytes);
        if let Some(import) = tree.imports.iter().find(|i| i.path == "C") {
            let index = golift_syntax::LineIndex::from_bytes(&bytes);
            let (line, col) = index.line_col(import.span.start);
            let shown = crate::session::display_path(file);
            return Err(fail(format!(
                "{}: cgo is not supported by golift (import \"C\")",
                golift_syntax::format_pos(&shown, line, col)
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_dirs_as_filepath_dir_cleans_them() {
        assert_eq!(go_dir(Path::new("main.go")), ".");
        assert_eq!(go_dir(Path::new("./main.go")), ".");
        assert_eq!(go_dir(Path::new("sub/m2.go")), "sub");
        assert_eq!(go_dir(Path::new("./sub/./m2.go")), "sub");
        assert_eq!(go_dir(Path::new("../x/a.go")), "../x");
        assert_eq!(go_dir(Path::new("/tmp/x/a.go")), "/tmp/x");
    }
}
