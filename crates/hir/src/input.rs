//! The inputs of every computation: source files and the package they form.

/// One Go source file as the user named it on the command line (`./x.go` style paths are
/// kept verbatim: gc prints diagnostics with the path as given).
#[salsa::input(debug)]
pub struct SourceFile {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub text: String,
}

/// The package being compiled: its import path (`main` for a command), its files, in
/// command-line order, and the architecture it is compiled for (`runtime.GOARCH` is a
/// constant of it). Symbols are named from the path (see [`crate::symbols`]).
#[salsa::input(debug)]
pub struct Package {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub files: Vec<SourceFile>,
    /// Set by whoever compiles for a target (`set_goarch`); codegen checks that it is
    /// the target's.
    #[default]
    #[returns(copy)]
    pub goarch: GoArch,
    /// Whether functions without a body are implemented elsewhere (assembly), so that
    /// gc's `missing function body` is not an error: gc without `-complete`, as Go's
    /// errorcheck tests compile. The go command passes `-complete` for a package of Go
    /// files only, so `golift build` leaves this `false`.
    #[default]
    #[returns(copy)]
    pub bodies_elsewhere: bool,
}

/// The architectures golift compiles for, as Go names them (`GOARCH`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GoArch {
    /// x86-64, golift's host (the default).
    #[default]
    Amd64,
    Arm64,
}

impl GoArch {
    /// Go's name: `runtime.GOARCH`'s value.
    pub fn name(self) -> &'static str {
        match self {
            GoArch::Amd64 => "amd64",
            GoArch::Arm64 => "arm64",
        }
    }
}
