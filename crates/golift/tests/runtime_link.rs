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
    let err = golift::link::link(b"", &triple)
        .err()
        .expect("riscv64 is not supported");
    assert!(err.contains("unsupported target"), "{err}");
}

/// No raw linker output reaches the user: one `golift:` line, however much `cc` said.
#[test]
fn linker_errors_are_one_golift_line() {
    let triple: target_lexicon::Triple = "x86_64-unknown-linux-gnu".parse().expect("triple");
    let err = golift::link::link(b"not an object", &triple)
        .err()
        .expect("garbage object");
    assert!(err.starts_with("golift: linking with "), "{err}");
    assert!(err.contains(" failed (exit status 1)"), "{err}");
    assert!(!err.contains('\n'), "{err}");
}

#[test]
fn installing_to_dev_null_keeps_it() {
    let exe = std::env::temp_dir().join(format!("golift-devnull-{}", std::process::id()));
    std::fs::write(&exe, b"\x7fELF stand-in").expect("writes a stand-in executable");
    let dev_null = std::path::Path::new("/dev/null");
    let installed = golift::output::install(&exe, dev_null, "command-line-arguments");
    let _ = std::fs::remove_file(&exe);
    installed.unwrap_or_else(|f| panic!("{}", f.message));
    let meta = std::fs::metadata(dev_null).expect("/dev/null still exists");
    assert!(!meta.is_file(), "/dev/null was replaced by a regular file");
}
