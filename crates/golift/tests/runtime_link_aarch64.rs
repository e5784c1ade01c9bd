//! As runtime_link.rs, for aarch64: linked with aarch64-linux-gnu-gcc and run under
//! qemu-aarch64 (on a non-aarch64 host). Without those tools the test is skipped with a
//! line saying so, and fails under `GOLIFT_REQUIRE_ALL=1` (see `tools`).

mod runtime_link_support;
mod tools;

use tools::{have, require};

#[test]
fn aarch64_program_behaves_as_gc() {
    const TEST: &str = "runtime_link_aarch64";
    if !require(
        TEST,
        "aarch64-linux-gnu-gcc",
        have("aarch64-linux-gnu-gcc"),
        "apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross",
    ) {
        return;
    }
    let qemu = cfg!(target_arch = "aarch64") || have("qemu-aarch64");
    if !require(TEST, "qemu-aarch64", qemu, "apt-get install qemu-user") {
        return;
    }
    let b = runtime_link_support::build("aarch64-unknown-linux-gnu", "aarch64-linux-gnu-gcc");
    runtime_link_support::check_all(&b);
}
