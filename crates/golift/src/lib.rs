//! The golift compiler as a library: the pieces the `golift` command is made of, usable
//! from tests. Loading files ([`session`]), the stages every command shares
//! ([`pipeline`]), rendering diagnostics as gc does ([`report`]), printing typed bodies ([`ir`]), choosing the target
//! ([`target`]) and linking ([`link`]). The command line itself is in `main.rs`.

pub mod ir;
pub mod link;
pub mod pipeline;
pub mod report;
pub mod session;
pub mod target;
