//! The `go.mod` that governs a directory, read only for what the go command takes from
//! it when it builds one package: the module path, which names the package
//! (`example.com/m/cmd/tool`) and its default executable (`tool`). golift resolves no
//! imports through modules; requirements and the rest of the file are not read.

use std::path::{Path, PathBuf};

/// The module whose root holds the nearest `go.mod` above a directory.
#[derive(Debug, PartialEq)]
pub struct Module {
    pub root: PathBuf,
    pub path: String,
}

/// The module governing `dir` (absolute, normalized): the nearest `go.mod` in it or
/// above it. `Err` when that file cannot be read or declares no module.
pub fn find(dir: &Path) -> Result<Option<Module>, String> {
    for root in dir.ancestors() {
        let file = root.join("go.mod");
        if !file.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&file).map_err(|e| {
            format!(
                "golift: error reading {}: {}",
                file.display(),
                crate::ioerr::reason(&e)
            )
        })?;
        return match module_path(&text) {
            Some(path) => Ok(Some(Module {
                root: root.to_path_buf(),
                path,
            })),
            None => Err(format!(
                "golift: error reading {}: missing module declaration",
                file.display()
            )),
        };
    }
    Ok(None)
}

/// The path of the `module` directive (`module example.com/m`, quoted or in a block).
fn module_path(text: &str) -> Option<String> {
    let mut in_block = false;
    for raw in text.lines() {
        let line = raw.split("//").next().unwrap_or("").trim();
        let arg = if in_block {
            if line == ")" {
                in_block = false;
                continue;
            }
            line
        } else {
            match line.strip_prefix("module") {
                Some(rest) if rest.starts_with([' ', '\t', '(', '"']) => {
                    let rest = rest.trim();
                    if let Some(inner) = rest.strip_prefix('(') {
                        in_block = true;
                        inner.trim()
                    } else {
                        rest
                    }
                }
                _ => continue,
            }
        };
        let path = arg.trim_matches(|c| c == '"' || c == '`');
        if !path.is_empty() {
            return Some(path.to_string());
        }
    }
    None
}

impl Module {
    /// The import path of the package in `dir`, a directory inside the module.
    pub fn import_path(&self, dir: &Path) -> String {
        match dir.strip_prefix(&self.root) {
            Ok(rel) if rel.as_os_str().is_empty() => self.path.clone(),
            Ok(rel) => {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                format!("{}/{}", self.path, parts.join("/"))
            }
            Err(_) => self.path.clone(),
        }
    }
}

/// The go command's default executable name for a package (`DefaultExecName`): the
/// last element of its import path; in module mode a major-version suffix (`/v2`) is
/// skipped for the element before it.
pub fn default_exec_name(import_path: &str, modules: bool) -> String {
    let mut parts = import_path.rsplit('/');
    let last = parts.next().unwrap_or(import_path);
    if modules && last != import_path && is_version_element(last) {
        if let Some(before) = parts.next() {
            return before.to_string();
        }
    }
    last.to_string()
}

/// `v2`, `v3`, ... (not `v0`, `v1` or `v01`).
fn is_version_element(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 2 || b[0] != b'v' || b[1] == b'0' || (b[1] == b'1' && b.len() == 2) {
        return false;
    }
    b[1..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_directive_forms() {
        assert_eq!(
            module_path("module example.com/m\n\ngo 1.19\n"),
            Some("example.com/m".into())
        );
        assert_eq!(
            module_path("// comment\nmodule \"example.com/q\" // trailing\n"),
            Some("example.com/q".into())
        );
        assert_eq!(
            module_path("module (\n\texample.com/b\n)\n"),
            Some("example.com/b".into())
        );
        assert_eq!(module_path("go 1.19\n"), None);
        assert_eq!(module_path("modulex foo\n"), None);
    }

    #[test]
    fn exec_names_as_the_go_command_picks_them() {
        assert_eq!(default_exec_name("example.com/foo/bar", true), "bar");
        assert_eq!(default_exec_name("example.com/foo/v2", true), "foo");
        assert_eq!(default_exec_name("example.com/foo/v1", true), "v1");
        assert_eq!(default_exec_name("example.com/foo/v2", false), "v2");
        assert_eq!(default_exec_name("_/tmp/x/hello", false), "hello");
        assert_eq!(default_exec_name("hello", true), "hello");
    }

    #[test]
    fn import_paths_below_the_root() {
        let m = Module {
            root: PathBuf::from("/a/m"),
            path: "example.com/m".into(),
        };
        assert_eq!(m.import_path(Path::new("/a/m")), "example.com/m");
        assert_eq!(
            m.import_path(Path::new("/a/m/cmd/tool")),
            "example.com/m/cmd/tool"
        );
    }
}
