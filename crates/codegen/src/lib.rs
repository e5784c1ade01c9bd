//! golift-codegen (being written).
