//! Choosing the target: a `target_lexicon::Triple` from `--target`, the host by default.
//! Only the two Linux triples golift has a runtime for are accepted.

use std::str::FromStr;

use target_lexicon::{Architecture, Triple};

use crate::constraint::Platform;
use crate::failure::Failure;

pub fn parse_target(arg: Option<&str>) -> Result<Triple, Failure> {
    let text = arg.unwrap_or("x86_64-unknown-linux-gnu");
    let triple = Triple::from_str(text).map_err(|e| Failure {
        message: format!("golift: invalid --target {text}: {e}\n"),
        status: 2,
    })?;
    match triple.architecture {
        Architecture::X86_64 | Architecture::Aarch64(_) => Ok(triple),
        _ => Err(Failure {
            message: format!(
                "golift: unsupported target {text} (supported: x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu)\n"
            ),
            status: 2,
        }),
    }
}

/// The GOOS/GOARCH whose files a directory build picks for `triple` (one of
/// [`parse_target`]'s).
pub fn platform(triple: &Triple) -> Platform {
    Platform {
        goos: "linux",
        goarch: goarch(triple).name(),
    }
}

/// Go's name for `triple`'s architecture (one of [`parse_target`]'s).
pub fn goarch(triple: &Triple) -> golift_hir::GoArch {
    golift_codegen::goarch_of(triple)
}
