//! Running the program `golift run` built, the way `go run` runs it: while it runs,
//! the interrupt and quit signals a terminal sends to the whole foreground process group
//! are the program's business (golift catches them and does nothing, as the go command
//! does), so golift lives to report how the program ended, in go's words: nothing for
//! success, else `exit status N` or `signal: interrupt`; golift then exits with the
//! program's code (see [`passed_through_code`]).
//! Building the program and removing it are [`crate::commands`]' concern.

use std::process::ExitStatus;

extern "C" fn do_nothing(_: libc::c_int) {}

/// From now on SIGINT and SIGQUIT do not stop golift. A handler, not `SIG_IGN`: handlers
/// are reset by `exec`, so the program still gets the default action.
pub fn survive_terminal_signals() {
    for signal in [libc::SIGINT, libc::SIGQUIT] {
        // SAFETY: a zeroed `sigaction` is valid once its handler and mask are set; the
        // handler is an `extern "C"` function that touches nothing.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = do_nothing as extern "C" fn(libc::c_int) as usize;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

/// How the program ended as `go run` reports it (`os.ProcessState.String`); `None` for
/// success.
pub fn describe(status: ExitStatus) -> Option<String> {
    use std::os::unix::process::ExitStatusExt;
    if status.success() {
        return None;
    }
    let mut text = match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit status {code}"),
        (None, Some(signal)) => format!("signal: {}", signal_name(signal)),
        (None, None) => format!("{status}"),
    };
    if status.core_dumped() {
        text.push_str(" (core dumped)");
    }
    Some(text)
}

/// The exit code `golift run` ends with: the program's own, or 128 + N when signal N
/// killed it (a shell's convention).
pub fn passed_through_code(status: ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => code,
        (None, Some(signal)) => 128 + signal,
        (None, None) => 1,
    }
}

/// Go's names of the Linux signals (`syscall.Signal.String`).
fn signal_name(signal: i32) -> String {
    const NAMES: [&str; 31] = [
        "hangup",
        "interrupt",
        "quit",
        "illegal instruction",
        "trace/breakpoint trap",
        "aborted",
        "bus error",
        "floating point exception",
        "killed",
        "user defined signal 1",
        "segmentation fault",
        "user defined signal 2",
        "broken pipe",
        "alarm clock",
        "terminated",
        "stack fault",
        "child exited",
        "continued",
        "stopped (signal)",
        "stopped",
        "stopped (tty input)",
        "stopped (tty output)",
        "urgent I/O condition",
        "CPU time limit exceeded",
        "file size limit exceeded",
        "virtual timer expired",
        "profiling timer expired",
        "window changed",
        "I/O possible",
        "power failure",
        "bad system call",
    ];
    usize::try_from(signal)
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| NAMES.get(i))
        .map_or_else(|| format!("signal {signal}"), |s| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::process::ExitStatusExt;

    #[test]
    fn statuses_in_go_words() {
        assert_eq!(describe(ExitStatus::from_raw(0)), None);
        assert_eq!(
            describe(ExitStatus::from_raw(3 << 8)).as_deref(),
            Some("exit status 3")
        );
        assert_eq!(
            describe(ExitStatus::from_raw(libc::SIGINT)).as_deref(),
            Some("signal: interrupt")
        );
        assert_eq!(
            describe(ExitStatus::from_raw(libc::SIGTERM)).as_deref(),
            Some("signal: terminated")
        );
        assert_eq!(
            describe(ExitStatus::from_raw(libc::SIGABRT | 0x80)).as_deref(),
            Some("signal: aborted (core dumped)")
        );
    }
}
