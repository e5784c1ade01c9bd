//! As runtime_link.rs, for aarch64: linked with aarch64-linux-gnu-gcc and run under
//! qemu-aarch64 (on a non-aarch64 host). Missing tools fail the test, never skip it.

mod runtime_link_support;

use runtime_link_support::have;

#[test]
fn aarch64_program_behaves_as_gc() {
    assert!(
        have("aarch64-linux-gnu-gcc"),
        "aarch64-linux-gnu-gcc not found: apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross"
    );
    if !cfg!(target_arch = "aarch64") {
        assert!(
            have("qemu-aarch64"),
            "qemu-aarch64 not found: apt-get install qemu-user"
        );
    }
    let b = runtime_link_support::build("aarch64-unknown-linux-gnu", "aarch64-linux-gnu-gcc");
    runtime_link_support::check_all(&b);
}
