//! Loading the files named on the command line into a salsa database.
//!
//! Paths are stored as gc prints them: relative to the current directory, with `./` in
//! front when the file is in it (`./x.go`, `sub/x.go`, `../y/x.go`).

use std::path::{Component, Path, PathBuf};

use golift_hir::{Package, RootDatabase, SourceFile};

pub struct Session {
    pub db: RootDatabase,
    pub package: Package,
    /// Report every error instead of stopping after ten (gc's `-e`).
    pub all_errors: bool,
}

impl Session {
    /// Reads every file; an unreadable file is an error message in go's words.
    pub fn load(files: &[PathBuf]) -> Result<Session, String> {
        Session::load_reporting(files, false)
    }

    /// [`Session::load`], reporting every error (gc's `-e`) when `all_errors`.
    pub fn load_reporting(files: &[PathBuf], all_errors: bool) -> Result<Session, String> {
        let mut sources = Vec::new();
        for path in files {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("open {}: {}", path.display(), io_reason(&e)))?;
            sources.push((display_path(path), bytes));
        }
        Session::from_bytes(sources, all_errors)
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

/// gc's errors for a file that is not valid UTF-8, from parsing its bytes.
fn invalid_utf8_errors(shown: &str, bytes: &[u8], all_errors: bool) -> Option<String> {
    let tree = golift_syntax::parse_bytes(bytes);
    let index = golift_syntax::LineIndex::from_bytes(bytes);
    let max = (!all_errors).then_some(10);
    let lines = golift_syntax::gc_error_lines_max(shown, &index, &tree.errors, max);
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        _ => e.to_string(),
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
