//! The runtime and the linker end to end, without the compiler: a C stand-in for compiled
//! Go code is linked with the embedded x86-64 runtime and run; its output, panics and exit
//! codes must be gc's.

mod runtime_link_support;

#[test]
fn x86_64_program_behaves_as_gc() {
    let b = runtime_link_support::build("x86_64-unknown-linux-gnu", "cc");
    runtime_link_support::check_all(&b);
}

#[test]
fn unsupported_target_is_an_error() {
    let triple: target_lexicon::Triple = "riscv64gc-unknown-linux-gnu".parse().expect("triple");
    let err = golift::link::link(b"", &triple, std::path::Path::new("/nonexistent/x"))
        .expect_err("riscv64 is not supported");
    assert!(err.contains("unsupported target"), "{err}");
}

#[test]
fn linker_errors_are_reported() {
    let triple: target_lexicon::Triple = "x86_64-unknown-linux-gnu".parse().expect("triple");
    let out = std::env::temp_dir().join(format!("golift-badlink-{}", std::process::id()));
    let err = golift::link::link(b"not an object", &triple, &out).expect_err("garbage object");
    assert!(!err.is_empty());
    let _ = std::fs::remove_file(&out);
}

#[test]
fn linking_to_dev_null_keeps_it() {
    let triple: target_lexicon::Triple = "x86_64-unknown-linux-gnu".parse().expect("triple");
    let dev_null = std::path::Path::new("/dev/null");
    let _ = golift::link::link(b"not an object", &triple, dev_null);
    let meta = std::fs::metadata(dev_null).expect("/dev/null still exists");
    assert!(!meta.is_file(), "/dev/null was replaced by a regular file");
}
