//! Heap allocations made at run time follow escape analysis: a program's count under
//! `GOLIFT_ALLOCSTATS=1` is the number of allocations gc's `-m` says escape. For
//! testdata/run/body_pointer_iface.go gc reports `&T{...} escapes to heap` in a loop of
//! three iterations and `... argument does not escape`: three allocations, and no box
//! for the pointer converted to an interface (it is the interface's data word).

mod common;

use common::*;

/// The stderr of testdata/run's `name` built for the target and run with
/// `GOLIFT_ALLOCSTATS=1` (its last line is `allocs=N bytes=M`).
fn allocstats(name: &str) -> String {
    let scratch = std::env::temp_dir().join(format!("golift-allocs-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let exe =
        build_for_target(&testdata("run").join(name), &scratch).unwrap_or_else(|e| panic!("{e}"));
    let out = run_exe(&exe)
        .env("GOLIFT_ALLOCSTATS", "1")
        .output()
        .expect("runs the program");
    let _ = std::fs::remove_dir_all(&scratch);
    text(&out.stderr)
}

#[test]
fn pointer_to_interface_is_not_boxed() {
    let stderr = allocstats("body_pointer_iface.go");
    assert!(
        stderr.contains("allocs=3 bytes=48"),
        "want 3 allocations of 16 bytes, got: {stderr}"
    );
}

/// testdata/run/concat_buffers.go: gc's `-m` says the loop's `a + b + c` does not escape
/// (a 32-byte stack buffer, as gc's walk gives it) and `sink = a + b + c` does (one
/// 6-byte string, the three parts copied once by `runtime.concatstrings`); `"" + a + ""`
/// is `a` itself.
#[test]
fn concatenation_uses_stack_buffers() {
    let stderr = allocstats("concat_buffers.go");
    assert!(
        stderr.contains("allocs=1 bytes=6"),
        "want 1 allocation of 6 bytes, got: {stderr}"
    );
}

/// testdata/run/conv_buffers.go: the loop's `string(b)`, `string(r)` and
/// `string(rune(...))` do not escape (gc's stack buffers: no allocation); of the escaping
/// ones, `string(b)` copies its 12 bytes, `string(b[:1])` needs no allocation (one-byte
/// strings are static, as gc's), and `string(r)` takes its 6 encoded bytes plus gc's 3
/// spare ones.
#[test]
fn string_conversions_use_stack_buffers() {
    let stderr = allocstats("conv_buffers.go");
    assert!(
        stderr.contains("allocs=2 bytes=21"),
        "want 2 allocations of 21 bytes, got: {stderr}"
    );
}
