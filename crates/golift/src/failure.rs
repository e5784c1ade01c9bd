//! What a command ends with when it fails: a message already rendered for the user and
//! the exit status to use. Every stage returns it; only `main.rs` prints it.

/// A failure already rendered for the user, with the exit status to use.
pub struct Failure {
    pub message: String,
    pub status: i32,
}

impl Failure {
    /// A compile error: gc's status 2.
    pub fn compile(message: String) -> Failure {
        Failure { message, status: 2 }
    }
}
