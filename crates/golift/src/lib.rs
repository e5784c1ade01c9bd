//! The golift compiler as a library: the pieces the `golift` command is made of, usable
//! from tests.

pub mod link;
