//! golift-runtime: the runtime linked into every program golift compiles.
//!
//! It is built as a staticlib for each target and embedded in the `golift` binary.
//! The contract with compiled code (symbol names, argument lists, layouts, messages) is
//! `docs/runtime-abi.md`; every entry point here is `extern "C"` and exported under gc's
//! name (`runtime.newobject`, `fmt.Println`, ...).
//!
//! The runtime never uses Rust's panic machinery on its paths: every failure is a Go panic
//! or fatal error printed in gc's words, followed by `_exit`.

pub mod alloc;
pub mod complex;
pub mod defer;
#[cfg(not(test))]
pub mod entry;
pub mod errors;
pub mod fmt_float;
pub mod fmt_format;
mod fmt_isprint_table;
mod fmt_map;
mod fmt_methods;
pub mod fmt_printf;
pub mod fmt_quote;
pub mod fmt_value;
pub mod gc;
pub mod gomath;
pub mod gomath_entry;
mod gomath_exp;
mod gomath_float;
mod gomath_fuse;
mod gomath_hyper;
mod gomath_inverse;
mod gomath_lgamma;
mod gomath_log;
mod gomath_pow;
mod gomath_special;
mod gomath_trig;
pub mod goruntime;
pub mod heap;
pub mod iface_eq;
pub mod map;
pub mod mark;
pub mod methods;
pub mod os;
pub mod pageheap;
pub mod pagemap;
pub mod panic;
pub mod panicwrap;
pub mod print;
pub mod print_float;
pub mod rterror;
pub mod signal;
pub mod sizeclass;
pub mod span;
pub mod strings;
pub mod sys;
pub mod traceback;
pub mod type_assert;
pub mod types;
