//! Temporary files that go away even when golift is stopped by a signal (Ctrl-C during a
//! build, `kill`): the link step registers its directory and the names of the files it
//! puts there, and a handler for SIGINT, SIGTERM and SIGHUP removes them, then lets the
//! signal end golift as it would have. The handler does only what is allowed in one
//! (`unlink`, `rmdir`, `signal`, `raise`). A signal golift was started with ignored
//! (`nohup`) stays ignored. Not here: removing the files on the normal path (their
//! owner's `Drop` does that) and what `golift run` does while its program runs
//! ([`crate::child`]).

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Once;

/// A registered directory and the files in it, as C strings ready for the handler.
struct Entry {
    dir: CString,
    files: Vec<CString>,
}

/// Room for the directories alive at once (golift links once per command).
static SLOTS: [AtomicPtr<Entry>; 8] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 8];

/// The registration of one directory; dropping it unregisters the directory (which its
/// owner then removes).
pub struct Registration(Option<usize>);

impl Drop for Registration {
    fn drop(&mut self) {
        if let Some(slot) = self.0 {
            // The entry is leaked, not freed: a handler running on another thread may
            // still be reading it.
            SLOTS[slot].store(std::ptr::null_mut(), Ordering::SeqCst);
        }
    }
}

/// Registers `dir` and the names of the files that will be created in it. Best effort:
/// when every slot is taken, nothing is registered.
pub fn register(dir: &Path, files: &[&str]) -> Registration {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(install);
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).ok();
    let (Some(dir_c), Some(files)) = (
        c(dir),
        files
            .iter()
            .map(|f| c(&dir.join(f)))
            .collect::<Option<Vec<_>>>(),
    ) else {
        return Registration(None);
    };
    let entry = Box::into_raw(Box::new(Entry { dir: dir_c, files }));
    for (i, slot) in SLOTS.iter().enumerate() {
        if slot
            .compare_exchange(
                std::ptr::null_mut(),
                entry,
                Ordering::SeqCst,
                Ordering::SeqCst,
            )
            .is_ok()
        {
            return Registration(Some(i));
        }
    }
    // SAFETY: `entry` came from `Box::into_raw` above and was stored nowhere.
    drop(unsafe { Box::from_raw(entry) });
    Registration(None)
}

extern "C" fn on_signal(signal: libc::c_int) {
    for slot in &SLOTS {
        let entry = slot.load(Ordering::SeqCst);
        if entry.is_null() {
            continue;
        }
        // SAFETY: registered entries are never freed; the C strings are NUL-terminated.
        unsafe {
            for file in &(*entry).files {
                libc::unlink(file.as_ptr());
            }
            libc::rmdir((*entry).dir.as_ptr());
        }
    }
    // SAFETY: async-signal-safe calls; the default action then ends golift as the signal
    // would have.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

fn install() {
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: a zeroed `sigaction` is valid once its handler and mask are set; the
        // previous disposition is read first so that an ignored signal stays ignored.
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(signal, std::ptr::null(), &mut old) != 0
                || old.sa_sigaction == libc::SIG_IGN
            {
                continue;
            }
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}
