//! The command line, as ../shared/DESIGN.md fixes it:
//!
//! ```text
//! golift build [-o OUT] [--target TRIPLE] [-m]... [-l] [-e] [FILE.go... | DIR...]
//! golift run   [--target TRIPLE] (FILE.go... | DIR) [ARGS...]
//! golift asm   [--target TRIPLE] [--func NAME] [FILE.go... | DIR]
//! golift clif  [--target TRIPLE] [--func NAME] [FILE.go... | DIR]
//! golift ir    [--func NAME] [FILE.go... | DIR]
//! ```
//!
//! What FILE.go... or DIR means is the go command's rule ([`golift::package_args`]).
//! gc spells the verbosity of `-m` as a repeated flag or as `-m=N`; [`normalize_args`]
//! rewrites `-m=N` into N copies of `-m` before clap sees the arguments.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{ArgAction, Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "golift",
    version,
    about = "A Go compiler whose escape analysis you can see"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compile a package to an executable, as `go build` does: the named `.go` files, or
    /// the package in DIR (default: the current directory), its non-test files that
    /// build constraints allow for the target. Several DIRs are each compiled and
    /// checked; their executables are written only with `-o DIR`.
    Build {
        /// Output file, or a directory (existing, or ending in `/`) to write the
        /// default name into. Default: DIR's name (the last element of the module path
        /// when a go.mod is above it), or the first file's name without `.go`.
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        target: TargetArg,
        /// Print escape-analysis decisions like `go build -gcflags=-m`; twice (or
        /// `-m=2`) adds gc's flow explanations. `-m=3` and higher are refused: there gc
        /// traces its own IR, which golift does not have.
        #[arg(short = 'm', action = ArgAction::Count)]
        escape_level: u8,
        /// Disable inlining (accepted for gc compatibility: golift never inlines).
        #[arg(short = 'l')]
        no_inline: bool,
        /// Report all errors, not only the first ten (gc's `-e`).
        #[arg(short = 'e')]
        all_errors: bool,
        /// `.go` files of one directory, or package directories.
        #[arg(value_name = "FILE.go... | DIR...")]
        files: Vec<PathBuf>,
    },
    /// Compile and run a program, as `go run` does: the leading arguments that end in
    /// `.go` are the files (otherwise the first argument is the package directory);
    /// everything after them, `--` and `-h` included, goes to the program. A failing
    /// program is reported as `exit status N` (or `signal: ...`), and golift exits 1.
    Run {
        #[command(flatten)]
        target: TargetArg,
        /// FILE.go... or DIR, then the program's arguments.
        #[arg(
            value_name = "FILE.go... | DIR] [ARGS",
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        args: Vec<OsString>,
    },
    /// Disassemble the generated machine code under its Go source lines.
    Asm {
        #[command(flatten)]
        target: TargetArg,
        /// Only this function (`main`, `fib`, `T.M`; `init` for the package initialiser).
        #[arg(long = "func")]
        func: Option<String>,
        /// `.go` files of one directory, or one package directory.
        #[arg(value_name = "FILE.go... | DIR")]
        files: Vec<PathBuf>,
    },
    /// Print the typed body of each function, with escape decisions on its allocation
    /// sites and locals.
    Ir {
        /// Only this function (`main`, `fib`; `init` for the package initialiser).
        #[arg(long = "func")]
        func: Option<String>,
        /// `.go` files of one directory, or one package directory.
        #[arg(value_name = "FILE.go... | DIR")]
        files: Vec<PathBuf>,
    },
    /// Print the Cranelift IR of each function under its Go source lines (`;` comments).
    Clif {
        #[command(flatten)]
        target: TargetArg,
        /// Only this function (`main`, `fib`, `T.M`; `init` for the package initialiser).
        #[arg(long = "func")]
        func: Option<String>,
        /// `.go` files of one directory, or one package directory.
        #[arg(value_name = "FILE.go... | DIR")]
        files: Vec<PathBuf>,
    },
}

#[derive(clap::Args, Debug, Clone)]
pub struct TargetArg {
    /// Target triple: x86_64-unknown-linux-gnu (default) or aarch64-unknown-linux-gnu.
    #[arg(long = "target")]
    pub target: Option<String>,
}

/// The highest `-m` level golift prints: gc's `-m=3` and above trace the statements of
/// gc's own IR as its escape analysis walks them (`appendLocal stmt: var s []int`).
pub const MAX_ESCAPE_LEVEL: u8 = 2;

/// Rewrites gc's `-m=N` spelling into `N` copies of `-m`.
pub fn normalize_args(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    let mut out = Vec::new();
    for arg in args {
        let level = arg
            .to_str()
            .and_then(|s| s.strip_prefix("-m="))
            .and_then(|n| n.parse::<u8>().ok());
        match level {
            Some(n) => out.extend((0..n).map(|_| OsString::from("-m"))),
            None => out.push(arg),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn m_equals_two_is_two_flags() {
        let args = normalize_args(["golift", "build", "-m=2", "x.go"].map(OsString::from));
        let cli = Cli::try_parse_from(args).expect("parses");
        match cli.command {
            Command::Build { escape_level, .. } => assert_eq!(escape_level, 2),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn run_passes_everything_after_the_files() {
        let cli = Cli::try_parse_from(["golift", "run", "a.go", "b.go", "--", "-h", "x.go"])
            .expect("parses");
        match cli.command {
            Command::Run { args, .. } => {
                assert_eq!(
                    args,
                    ["a.go", "b.go", "--", "-h", "x.go"].map(OsString::from)
                )
            }
            other => panic!("unexpected {other:?}"),
        }
        let cli = Cli::try_parse_from([
            "golift",
            "run",
            "--target",
            "x86_64-unknown-linux-gnu",
            ".",
            "-m",
        ])
        .expect("parses");
        match cli.command {
            Command::Run { args, target } => {
                assert_eq!(args, [".", "-m"].map(OsString::from));
                assert!(target.target.is_some());
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn repeated_m_counts() {
        let cli =
            Cli::try_parse_from(["golift", "build", "-m", "-m", "-l", "x.go"]).expect("parses");
        match cli.command {
            Command::Build {
                escape_level,
                no_inline,
                ..
            } => assert_eq!((escape_level, no_inline), (2, true)),
            other => panic!("unexpected {other:?}"),
        }
    }
}
