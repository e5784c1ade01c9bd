//! golift-runtime (being written).
