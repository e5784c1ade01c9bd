//! gc's `runtime.panicwrap`: the panic of a `(*T).M` wrapper of value method `T.M`
//! called with a nil `*T`, `value method main.T.M called using nil *T pointer`. The
//! method is named from the wrapper's own name, as gc does (its `funcname` of the
//! caller); the nil check is in the wrapper (codegen's `wrapper.rs`).

use crate::panic::{fatal, panic_with, TraceFrom, RUNTIME_ERROR_FRAMES};

/// The panic message for wrapper `name` (`main.(*T).M`): package, type and method, or
/// `None` when the name is not a pointer wrapper's.
fn message(name: &[u8]) -> Option<Vec<u8>> {
    let i = name.iter().position(|&c| c == b'(')?;
    if i == 0 || name.get(i - 1..i + 2) != Some(b".(*") {
        return None;
    }
    let pkg = &name[..i - 1];
    let rest = &name[i + 2..];
    let j = rest.iter().position(|&c| c == b')')?;
    if rest.get(j..j + 2) != Some(b").") || j + 2 >= rest.len() {
        return None;
    }
    let (typ, meth) = (&rest[..j], &rest[j + 2..]);
    Some(
        [
            b"value method ",
            pkg,
            b".",
            typ,
            b".",
            meth,
            b" called using nil *",
            typ,
            b" pointer",
        ]
        .concat(),
    )
}

/// The wrapper named `name` (`name_len` bytes) was called with a nil receiver.
///
/// # Safety
/// `name_ptr` points at `name_len` readable bytes.
#[export_name = "runtime.panicwrap"]
pub unsafe extern "C" fn panicwrap(name_ptr: *const u8, name_len: i64) -> ! {
    // SAFETY: guaranteed by the caller.
    let name = unsafe { crate::types::bytes(name_ptr, name_len) };
    match message(name) {
        Some(msg) => panic_with(
            crate::rterror::ErrType::Plain,
            &[&msg],
            None,
            TraceFrom::Here(RUNTIME_ERROR_FRAMES),
        ),
        None => fatal(b"panicwrap: unexpected string after package name"),
    }
}

#[cfg(test)]
mod tests {
    use super::message;

    #[test]
    fn names_the_value_method() {
        assert_eq!(
            message(b"main.(*T).M").as_deref(),
            Some(&b"value method main.T.M called using nil *T pointer"[..])
        );
        assert_eq!(message(b"main.T.M"), None);
        assert_eq!(message(b"main.(*T)"), None);
    }
}
