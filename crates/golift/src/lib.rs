//! The golift compiler as a library: the pieces the `golift` command is made of, usable
//! from tests. Loading files ([`session`]), the stages every command shares
//! ([`pipeline`]), rendering diagnostics as gc does ([`report`]), printing typed bodies ([`ir`]), choosing the target
//! ([`target`]), compiling functions on all cores ([`parallel`]) and linking ([`link`]). The command line itself is in `main.rs`.

pub mod ir;
pub mod link;
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
