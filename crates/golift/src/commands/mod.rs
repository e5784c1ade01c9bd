//! One module per subcommand; each turns parsed arguments into output and an exit status.

pub mod asm;
pub mod build;
pub mod clif;
pub mod ir;
pub mod run;
