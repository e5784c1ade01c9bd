//! Build constraints, as the go command applies them when it lists a directory's files
//! (go/build's `shouldBuild` and `goodOSArchFile`): `//go:build` expressions, legacy
//! `// +build` lines, and `_GOOS` / `_GOARCH` file-name suffixes, evaluated for one
//! GOOS/GOARCH. Which files a directory holds, and what happens to the chosen ones, is
//! [`crate::package_args`]'s business.
//!
//! The tags that hold are the target's GOOS and GOARCH, `unix` (for unix GOOS values),
//! `gc`, and the release tags `go1.1` ... `go1.19` (gc 1.19.8's). `cgo` does not hold:
//! golift does not support cgo, so files are chosen as `CGO_ENABLED=0 go build` chooses
//! them.

/// GOOS values go knows (go/build's knownOS), for file-name matching.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "windows",
    "zos",
];

/// GOOS values the `unix` tag matches.
const UNIX_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "linux",
    "netbsd",
    "openbsd",
    "solaris",
];

/// GOARCH values go knows (go/build's knownArch), for file-name matching.
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// The newest release tag: gc 1.19 satisfies `go1.1` through `go1.19`.
const LAST_RELEASE_MINOR: u32 = 19;

/// The platform files are chosen for.
#[derive(Clone, Copy, Debug)]
pub struct Platform {
    pub goos: &'static str,
    pub goarch: &'static str,
}

impl Platform {
    /// Whether the tag `name` holds (go/build's `matchTag`).
    pub fn has_tag(&self, name: &str) -> bool {
        if name == self.goos || name == self.goarch || name == "gc" {
            return true;
        }
        if name == "unix" && UNIX_OS.contains(&self.goos) {
            return true;
        }
        name.strip_prefix("go1.")
            .and_then(|minor| minor.parse::<u32>().ok())
            .is_some_and(|minor| {
                (1..=LAST_RELEASE_MINOR).contains(&minor) && name == format!("go1.{minor}")
            })
    }

    /// Whether a file's name allows it on this platform: `x_linux.go`, `x_amd64.go`,
    /// `x_linux_amd64.go` (and the same before `_test`) name their platform; a name
    /// without an `_` before such a suffix (`linux.go`) names none.
    pub fn file_name_matches(&self, name: &str) -> bool {
        let stem = name.split('.').next().unwrap_or(name);
        let Some(i) = stem.find('_') else {
            return true;
        };
        let mut parts: Vec<&str> = stem[i..].split('_').collect();
        if parts.last() == Some(&"test") {
            parts.pop();
        }
        let n = parts.len();
        if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
            return self.has_tag(parts[n - 1]) && self.has_tag(parts[n - 2]);
        }
        if n >= 1 && (KNOWN_OS.contains(&parts[n - 1]) || KNOWN_ARCH.contains(&parts[n - 1])) {
            return self.has_tag(parts[n - 1]);
        }
        true
    }

    /// Whether the constraints in the header of `content` allow the file. `Err` is go's
    /// complaint about the header (`parsing //go:build line: ...`,
    /// `multiple //go:build comments`), to be prefixed with the file's name.
    pub fn header_matches(&self, content: &[u8]) -> Result<bool, String> {
        let header = scan_header(content)?;
        if let Some(line) = header.go_build {
            let expr =
                parse_go_build(&line).map_err(|e| format!("parsing //go:build line: {e}"))?;
            return Ok(expr.eval(self));
        }
        // Every `// +build` line must hold; an unparsable one is ignored, as go does.
        Ok(header
            .plus_build
            .iter()
            .all(|line| parse_plus_build(line).eval(self)))
    }
}

/// The constraint lines of a file's header.
struct Header {
    go_build: Option<String>,
    /// `// +build` lines that precede the blank line before the first non-comment line.
    plus_build: Vec<String>,
}

/// go/build's `parseFileHeader`: the leading run of `//` comments and blank lines (`/* */`
/// comments end it but are skipped while looking for `//go:build`).
fn scan_header(content: &[u8]) -> Result<Header, String> {
    let text = String::from_utf8_lossy(content);
    let mut go_build = None;
    let mut candidates = Vec::new();
    let mut plus_build = Vec::new();
    let mut ended = false;
    let mut in_slash_star = false;
    'lines: for raw in text.split('\n') {
        let line = raw.trim();
        if line.is_empty() && !ended {
            // A blank line: the `// +build` lines seen so far count.
            plus_build.append(&mut candidates);
            continue;
        }
        if !line.starts_with("//") {
            ended = true;
        }
        if !in_slash_star && is_go_build_comment(line) {
            if go_build.is_some() {
                return Err("multiple //go:build comments".to_string());
            }
            go_build = Some(line.to_string());
        }
        if !ended {
            candidates.push(line.to_string());
        }
        let mut rest = line;
        while !rest.is_empty() {
            if in_slash_star {
                match rest.find("*/") {
                    Some(i) => {
                        in_slash_star = false;
                        rest = rest[i + 2..].trim();
                        continue;
                    }
                    None => continue 'lines,
                }
            }
            if rest.starts_with("//") {
                continue 'lines;
            }
            if let Some(after) = rest.strip_prefix("/*") {
                in_slash_star = true;
                rest = after.trim();
                continue;
            }
            break 'lines;
        }
    }
    plus_build.retain(|l| is_plus_build(l));
    Ok(Header {
        go_build,
        plus_build,
    })
}

fn is_go_build_comment(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("//go:build") else {
        return false;
    };
    rest.is_empty() || rest.trim_start().len() < rest.len()
}

/// go/build/constraint's `IsPlusBuild`.
fn is_plus_build(line: &str) -> bool {
    line.strip_prefix("//")
        .map(str::trim_start)
        .and_then(|l| l.strip_prefix("+build"))
        .is_some_and(|rest| rest.is_empty() || rest.trim_start().len() < rest.len())
}

/// A constraint expression.
#[derive(Debug, PartialEq)]
enum Expr {
    Tag(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

impl Expr {
    fn eval(&self, p: &Platform) -> bool {
        match self {
            Expr::Tag(t) => p.has_tag(t),
            Expr::Not(x) => !x.eval(p),
            Expr::And(a, b) => a.eval(p) && b.eval(p),
            Expr::Or(a, b) => a.eval(p) || b.eval(p),
        }
    }
}

fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.'
}

/// A `// +build` line: space-separated alternatives of comma-separated terms, each a tag
/// or `!tag`. A malformed term (`!!x`, `a-b`) stands for the tag `ignore`, and a line
/// with no terms for `ignore` too, as go/build/constraint reads them.
fn parse_plus_build(line: &str) -> Expr {
    let rest = line
        .strip_prefix("//")
        .map(str::trim_start)
        .and_then(|l| l.strip_prefix("+build"))
        .unwrap_or("");
    let ignore = || Expr::Tag("ignore".to_string());
    let mut result: Option<Expr> = None;
    for alternative in rest.split_whitespace() {
        let mut conj: Option<Expr> = None;
        for lit in alternative.split(',') {
            let z = if lit.starts_with("!!") || lit == "!" {
                ignore()
            } else {
                let (negated, tag) = match lit.strip_prefix('!') {
                    Some(t) => (true, t),
                    None => (false, lit),
                };
                let x = if is_valid_tag(tag) {
                    Expr::Tag(tag.to_string())
                } else {
                    ignore()
                };
                if negated {
                    Expr::Not(Box::new(x))
                } else {
                    x
                }
            };
            conj = Some(match conj {
                None => z,
                Some(c) => Expr::And(Box::new(c), Box::new(z)),
            });
        }
        if let Some(conj) = conj {
            result = Some(match result {
                None => conj,
                Some(r) => Expr::Or(Box::new(r), Box::new(conj)),
            });
        }
    }
    result.unwrap_or_else(ignore)
}

fn is_valid_tag(word: &str) -> bool {
    !word.is_empty() && word.chars().all(is_tag_char)
}

/// A `//go:build` line, with go/build/constraint's error texts.
fn parse_go_build(line: &str) -> Result<Expr, String> {
    let text = line.trim().strip_prefix("//go:build").unwrap_or("").trim();
    let mut p = ExprParser {
        s: text.chars().collect(),
        i: 0,
        tok: String::new(),
        is_tag: false,
    };
    let x = p.or()?;
    if !p.tok.is_empty() {
        return Err(format!("unexpected token {}", p.tok));
    }
    Ok(x)
}

/// go/build/constraint's expression parser: `||`, `&&`, `!`, parentheses and tags, one
/// token of lookahead in `tok`.
struct ExprParser {
    s: Vec<char>,
    i: usize,
    tok: String,
    is_tag: bool,
}

impl ExprParser {
    fn lex(&mut self) -> Result<(), String> {
        self.is_tag = false;
        while self.s.get(self.i).is_some_and(|&c| c == ' ' || c == '\t') {
            self.i += 1;
        }
        let Some(&c) = self.s.get(self.i) else {
            self.tok.clear();
            return Ok(());
        };
        match c {
            '(' | ')' | '!' => {
                self.i += 1;
                self.tok = c.to_string();
                return Ok(());
            }
            '&' | '|' => {
                if self.s.get(self.i + 1) != Some(&c) {
                    return Err(format!("invalid syntax at {c}"));
                }
                self.i += 2;
                self.tok = format!("{c}{c}");
                return Ok(());
            }
            _ => {}
        }
        let start = self.i;
        while self.s.get(self.i).is_some_and(|&c| is_tag_char(c)) {
            self.i += 1;
        }
        if self.i == start {
            return Err(format!("invalid syntax at {c}"));
        }
        self.tok = self.s[start..self.i].iter().collect();
        self.is_tag = true;
        Ok(())
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut x = self.and()?;
        while self.tok == "||" {
            let y = self.and()?;
            x = Expr::Or(Box::new(x), Box::new(y));
        }
        Ok(x)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut x = self.not()?;
        while self.tok == "&&" {
            let y = self.not()?;
            x = Expr::And(Box::new(x), Box::new(y));
        }
        Ok(x)
    }

    fn not(&mut self) -> Result<Expr, String> {
        self.lex()?;
        if self.tok == "!" {
            self.lex()?;
            if self.tok == "!" {
                return Err("double negation not allowed".to_string());
            }
            return Ok(Expr::Not(Box::new(self.atom()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Expr, String> {
        if self.tok == "(" {
            let x = self.or().map_err(|e| {
                if e == "unexpected end of expression" {
                    "missing close paren".to_string()
                } else {
                    e
                }
            })?;
            if self.tok != ")" {
                return Err("missing close paren".to_string());
            }
            self.lex()?;
            return Ok(x);
        }
        if !self.is_tag {
            if self.tok.is_empty() {
                return Err("unexpected end of expression".to_string());
            }
            return Err(format!("unexpected token {}", self.tok));
        }
        let x = Expr::Tag(std::mem::take(&mut self.tok));
        self.lex()?;
        Ok(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINUX_AMD64: Platform = Platform {
        goos: "linux",
        goarch: "amd64",
    };
    const LINUX_ARM64: Platform = Platform {
        goos: "linux",
        goarch: "arm64",
    };

    #[test]
    fn file_name_suffixes() {
        let p = LINUX_AMD64;
        assert!(p.file_name_matches("x.go"));
        assert!(p.file_name_matches("linux.go"));
        assert!(p.file_name_matches("windows.go"));
        assert!(p.file_name_matches("x_linux.go"));
        assert!(p.file_name_matches("x_amd64.go"));
        assert!(p.file_name_matches("x_linux_amd64.go"));
        assert!(p.file_name_matches("x_linux_test.go"));
        assert!(!p.file_name_matches("x_windows.go"));
        assert!(!p.file_name_matches("x_arm64.go"));
        assert!(!p.file_name_matches("x_linux_arm64.go"));
        assert!(!p.file_name_matches("x_windows_test.go"));
        assert!(
            p.file_name_matches("x_unix.go"),
            "unix is no file-name suffix"
        );
        assert!(LINUX_ARM64.file_name_matches("x_arm64.go"));
        assert!(!LINUX_ARM64.file_name_matches("x_amd64.go"));
    }

    fn header(src: &str) -> Result<bool, String> {
        LINUX_AMD64.header_matches(src.as_bytes())
    }

    #[test]
    fn go_build_expressions() {
        assert_eq!(header("//go:build linux\n\npackage main\n"), Ok(true));
        assert_eq!(header("//go:build ignore\n\npackage main\n"), Ok(false));
        assert_eq!(
            header("// Copyright\n\n//go:build (linux || darwin) && !arm64\n\npackage main\n"),
            Ok(true)
        );
        assert_eq!(
            header("//go:build unix && go1.18 && gc\npackage main\n"),
            Ok(true)
        );
        assert_eq!(header("//go:build go1.20\npackage main\n"), Ok(false));
        assert_eq!(header("//go:build cgo\npackage main\n"), Ok(false));
        assert_eq!(header("//go:build !cgo\npackage main\n"), Ok(true));
        // A //go:build line after the package clause is not a constraint.
        assert_eq!(header("package main\n//go:build ignore\n"), Ok(true));
        // Inside a /* */ comment it is not one either.
        assert_eq!(
            header("/*\n//go:build ignore\n*/\npackage main\n"),
            Ok(true)
        );
    }

    #[test]
    fn go_build_errors_in_go_words() {
        assert_eq!(
            header("//go:build linux &&\n\npackage main\n"),
            Err("parsing //go:build line: unexpected end of expression".into())
        );
        assert_eq!(
            header("//go:build linux\n//go:build amd64\n\npackage main\n"),
            Err("multiple //go:build comments".into())
        );
        assert_eq!(
            header("//go:build (linux\npackage main\n"),
            Err("parsing //go:build line: missing close paren".into())
        );
    }

    #[test]
    fn plus_build_lines() {
        assert_eq!(header("// +build ignore\n\npackage main\n"), Ok(false));
        assert_eq!(header("// +build linux darwin\n\npackage main\n"), Ok(true));
        assert_eq!(header("// +build linux,arm64\n\npackage main\n"), Ok(false));
        assert_eq!(header("// +build !windows\n\npackage main\n"), Ok(true));
        // Two lines: both must hold.
        assert_eq!(
            header("// +build linux\n// +build arm64\n\npackage main\n"),
            Ok(false)
        );
        // Not followed by a blank line: not a constraint.
        assert_eq!(header("// +build ignore\npackage main\n"), Ok(true));
        // A //go:build line decides over +build lines.
        assert_eq!(
            header("//go:build linux\n// +build ignore\n\npackage main\n"),
            Ok(true)
        );
    }
}
