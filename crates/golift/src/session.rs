//! Loading the files named on the command line into a salsa database.
//!
//! Paths are stored as gc prints them: relative to the current directory, with `./` in
//! front when the file is in it (`./x.go`, `sub/x.go`, `../y/x.go`).

use std::path::{Component, Path, PathBuf};

use golift_hir::{Package, RootDatabase, SourceFile};

use crate::failure::Failure;

pub struct Session {
    pub db: RootDatabase,
    pub package: Package,
    /// Report every error instead of stopping after ten (gc's `-e`).
    pub all_errors: bool,
}

impl Session {
    /// Reads every file. An unreadable file is go's `open /abs/x.go: permission denied`
    /// (status 1); a file that is not UTF-8 gets gc's errors (status 2: all of them when
    /// `all_errors`, gc's `-e`, else the first ten).
    pub fn load(files: &[PathBuf], all_errors: bool) -> Result<Session, Failure> {
        let mut sources = Vec::new();
        for path in files {
            let bytes = std::fs::read(path).map_err(|e| Failure {
                message: format!(
                    "open {}: {}\n",
                    absolute_path(path).display(),
                    crate::ioerr::reason(&e)
                ),
                status: 1,
            })?;
            sources.push((display_path(path), bytes));
        }
        Session::from_bytes(sources, all_errors).map_err(|errors| Failure::compile(errors + "\n"))
    }

    /// A session over in-memory files as bytes: `(path as printed, contents)` pairs.
    /// Source files are text in the database; a file that is not UTF-8 gets the lexer's
    /// errors on its raw bytes (`invalid UTF-8 encoding`), as gc, as the `Err` (all of
    /// them when `all_errors`, gc's `-e`, else the first ten).
    pub fn from_bytes(
        sources: Vec<(String, Vec<u8>)>,
        all_errors: bool,
    ) -> Result<Session, String> {
        let mut texts = Vec::new();
        for (shown, bytes) in sources {
            let text = match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => match invalid_utf8_errors(&shown, e.as_bytes(), all_errors) {
                    Some(errors) => return Err(errors),
                    None => String::from_utf8_lossy(e.as_bytes()).into_owned(),
                },
            };
            texts.push((shown, text));
        }
        let mut session = Session::from_sources(texts);
        session.all_errors = all_errors;
        Ok(session)
    }

    /// A session over in-memory files: `(path as printed, text)` pairs.
    pub fn from_sources(sources: Vec<(String, String)>) -> Session {
        let db = RootDatabase::default();
        let inputs = sources
            .into_iter()
            .map(|(path, text)| SourceFile::new(&db, path, text))
            .collect();
        let package = Package::new(&db, "main".into(), inputs);
        Session {
            db,
            package,
            all_errors: false,
        }
    }
}

impl Session {
    /// Compiles the package for `triple`: `runtime.GOARCH` is its architecture.
    pub fn set_target(&mut self, triple: &target_lexicon::Triple) {
        use salsa::Setter as _;
        let arch = crate::target::goarch(triple);
        self.package.set_goarch(&mut self.db).to(arch);
    }

    /// Compiles as gc without `-complete` (Go's errorcheck tests): a function without
    /// body is implemented elsewhere, not an error.
    pub fn set_bodies_elsewhere(&mut self) {
        use salsa::Setter as _;
        self.package.set_bodies_elsewhere(&mut self.db).to(true);
    }

    /// The package's files, in order, as gc's tracebacks name them: absolute, from the
    /// working directory as Go's `os.Getwd` gives it (`$PWD` when that names the current
    /// directory, so a path through a symbolic link stays as the user sees it).
    pub fn trace_paths(&self) -> Vec<String> {
        let cwd = go_getwd();
        self.package
            .files(&self.db)
            .iter()
            .map(|f| {
                let path = Path::new(f.path(&self.db));
                match &cwd {
                    Some(cwd) => normalize(&cwd.join(path)).display().to_string(),
                    None => path.display().to_string(),
                }
            })
            .collect()
    }
}

/// Go's `os.Getwd`: `$PWD` if it is absolute and is the current directory, else the
/// current directory as the system gives it.
fn go_getwd() -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let dot = std::fs::metadata(".").ok()?;
    if let Some(pwd) = std::env::var_os("PWD").map(PathBuf::from) {
        let same =
            std::fs::metadata(&pwd).is_ok_and(|m| (m.dev(), m.ino()) == (dot.dev(), dot.ino()));
        if pwd.is_absolute() && same {
            return Some(pwd);
        }
    }
    std::env::current_dir().ok()
}

/// gc's errors for a file that is not valid UTF-8, from parsing its bytes.
fn invalid_utf8_errors(shown: &str, bytes: &[u8], all_errors: bool) -> Option<String> {
    let tree = golift_syntax::parse_bytes(bytes);
    let index = golift_syntax::LineIndex::from_bytes(bytes);
    let max = (!all_errors).then_some(10);
    let lines = golift_syntax::gc_error_lines_max(shown, &index, &tree.errors, max);
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// `path` made absolute against the current directory, `.` and `..` resolved lexically.
pub fn absolute_path(path: &Path) -> PathBuf {
    match std::env::current_dir() {
        Ok(cwd) => normalize(&cwd.join(path)),
        Err(_) => normalize(path),
    }
}

/// The path as gc prints it in diagnostics.
pub fn display_path(path: &Path) -> String {
    let Ok(cwd) = std::env::current_dir() else {
        return path.display().to_string();
    };
    let absolute = normalize(&cwd.join(path));
    let rel = relative_to(&absolute, &normalize(&cwd));
    let text = rel.display().to_string();
    if rel.components().count() == 1 {
        format!("./{text}")
    } else {
        text
    }
}

/// Removes `.` and resolves `..` lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<_> = path.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_as_gc_prints_them() {
        let base = Path::new("/tmp/gp/sub");
        assert_eq!(
            relative_to(Path::new("/tmp/gp/sub/a.go"), base),
            PathBuf::from("a.go")
        );
        assert_eq!(
            relative_to(Path::new("/tmp/gp/x/a.go"), base),
            PathBuf::from("../x/a.go")
        );
        assert_eq!(
            normalize(Path::new("/tmp/gp/sub/../sub/./a.go")),
            PathBuf::from("/tmp/gp/sub/a.go")
        );
    }
}
