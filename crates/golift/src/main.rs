//! The golift command line.
fn main() {}
