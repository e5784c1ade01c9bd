//! golift-escape (being written).
