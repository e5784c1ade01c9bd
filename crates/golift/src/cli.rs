//! The command line, as ../shared/DESIGN.md fixes it:
//!
//! ```text
//! golift build [-o OUT] [--target TRIPLE] [-m]... [-l] [-e] FILE.go...
//! golift run   FILE.go [ARGS...]
//! golift asm   [--target TRIPLE] [--func NAME] FILE.go...
//! golift clif  [--target TRIPLE] [--func NAME] FILE.go...
//! golift ir    [--func NAME] FILE.go...
//! ```
//!
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
    /// Compile a package (one or more files of package main) to an executable.
    Build {
        /// Output file (default: the first file's name without `.go`).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        target: TargetArg,
        /// Print escape-analysis decisions like `go build -gcflags=-m`; twice (or
        /// `-m=2`) adds gc's flow explanations.
        #[arg(short = 'm', action = ArgAction::Count)]
        escape_level: u8,
        /// Disable inlining (accepted for gc compatibility: golift never inlines).
        #[arg(short = 'l')]
        no_inline: bool,
        /// Report all errors, not only the first ten (gc's `-e`).
        #[arg(short = 'e')]
        all_errors: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Compile and run a program; its stdout, stderr and exit code pass through.
    Run {
        #[command(flatten)]
        target: TargetArg,
        file: PathBuf,
        /// Arguments for the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<OsString>,
    },
    /// Disassemble the generated machine code under its Go source lines.
    Asm {
        #[command(flatten)]
        target: TargetArg,
        /// Only this function (`main`, `fib`, `T.M`).
        #[arg(long = "func")]
        func: Option<String>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the typed body of each function, with escape decisions on its allocation
    /// sites and locals.
    Ir {
        /// Only this function (`main`, `fib`; `init` for the package initialiser).
        #[arg(long = "func")]
        func: Option<String>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the Cranelift IR of each function.
    Clif {
        #[command(flatten)]
        target: TargetArg,
        #[arg(long = "func")]
        func: Option<String>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(clap::Args, Debug, Clone)]
pub struct TargetArg {
    /// Target triple: x86_64-unknown-linux-gnu (default) or aarch64-unknown-linux-gnu.
    #[arg(long = "target")]
    pub target: Option<String>,
}

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
