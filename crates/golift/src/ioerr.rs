//! I/O errors in the go command's words: Go prints a system error as the C library's
//! text in lower case (`no such file or directory`, `permission denied`), with no
//! `(os error N)` suffix as Rust's `Display` adds. Which operation and path go in front
//! (`open x.go: `, `stat x.go: `) is the caller's choice, made where go makes it.

/// The reason text of `e` as Go prints it.
pub fn reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match (e.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(i)) => text[..i].to_string(),
        _ => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_read_as_go_prints_them() {
        let e = std::fs::read("/nonexistent/golift/x.go").expect_err("no such file");
        assert_eq!(reason(&e), "no such file or directory");
        let e = std::io::Error::from_raw_os_error(13);
        assert_eq!(reason(&e), "permission denied");
        let e = std::io::Error::from_raw_os_error(21);
        assert_eq!(reason(&e), "is a directory");
    }
}
