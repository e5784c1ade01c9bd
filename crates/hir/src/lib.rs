//! golift-hir (being written).
