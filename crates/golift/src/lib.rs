//! The golift compiler as a library: the pieces the `golift` command is made of, usable
//! from tests. What a command line names, as the go command resolves it
//! ([`package_args`], with [`constraint`] for build constraints and [`gomod`] for the
//! module path), loading files ([`session`]), the stages every command shares
//! ([`pipeline`]), rendering diagnostics as gc does ([`report`]), printing typed bodies
//! ([`ir`]), choosing the target ([`target`]), linking ([`link`], its temporary files
//! removed even on a signal by [`cleanup`]), placing the
//! executable ([`output`]), running it as `go run` does ([`child`]) and I/O errors in
//! go's words ([`ioerr`]), a failed command's message and status ([`failure`]), and compiling functions on all cores ([`parallel`]). The command line itself is in `main.rs`.

pub mod child;
pub mod cleanup;
pub mod constraint;
pub mod failure;
pub mod gomod;
pub mod ioerr;
pub mod ir;
pub mod link;
pub mod output;
pub mod package_args;
pub mod parallel;
pub mod pipeline;
pub mod report;
pub mod session;
pub mod target;

/// The stack the compiler runs on. Go programs can nest expressions without limit (a
/// chain `x+x+...+x` is a tree as deep as it is long), and every stage walks trees
/// recursively; a large stack, reserved but touched only as deep as the input goes, keeps
/// such inputs from crashing the compiler. Codegen's worker threads get the same.
pub const COMPILER_STACK: usize = 4 << 30;
