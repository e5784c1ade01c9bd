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

/// The package being compiled: its import path (`main` for a command) and its files, in
/// command-line order. Symbols are named from the path (see [`crate::symbols`]).
#[salsa::input(debug)]
pub struct Package {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub files: Vec<SourceFile>,
}
