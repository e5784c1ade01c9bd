//! gc's handling of `//go:` directives while parsing (its noder's pragma handler):
//! the errors it reports (misplaced directives, directives reserved for the runtime,
//! cgo-generated code or the standard library, malformed `linkname`/`cgo_*`) and the
//! flags that later decide whether an unused directive was misplaced. Directives
//! that only fail after type checking (`go:embed` imports, `linkname` targets,
//! unused directives on non-function declarations) are not checked here.

use crate::ast::SyntaxError;

/// Checks directive `text` (without `//`) at `pos`, written on a line of its own if
/// `blank`; records it in `pragmas`/`flags` for the next declaration.
pub(crate) fn check(
    errors: &mut Vec<SyntaxError>,
    pragmas: &mut Vec<String>,
    flags: &mut Vec<(u32, u32)>,
    std: bool,
    pos: u32,
    blank: bool,
    text: &str,
) {
    let mut err = |message: String| {
        errors.push(SyntaxError {
            offset: pos,
            message,
        })
    };
    if !blank {
        err("misplaced compiler directive".into());
        return;
    }
    pragmas.push(text.trim_end().to_string());
    if text.starts_with("go:linkname ") {
        let n = text.split_whitespace().count();
        if !(2..=3).contains(&n) {
            err("usage: //go:linkname localname [linkname]".into());
        }
        return;
    }
    if text == "go:embed" || text.starts_with("go:embed ") {
        return;
    }
    if text.starts_with("go:cgo_import_dynamic ") {
        let f = fields(text);
        if f.len() >= 4 {
            let lib = f[3].trim_matches('"');
            if !lib.is_empty() && !safe_arg(lib) {
                err(format!(
                    "invalid library name {lib:?} in cgo_import_dynamic directive"
                ));
            }
            cgo_usage(&mut err, text);
            return;
        }
    }
    if text.starts_with("go:cgo_") {
        if !std {
            err(format!("//{text} only allowed in cgo-generated code"));
        }
        cgo_usage(&mut err, text);
    }
    let verb = text.split(' ').next().unwrap_or(text);
    let flag = pragma_flag(verb);
    if !std && flag & (SYSTEMSTACK | NOWRITEBARRIER | NOWRITEBARRIERREC | YESWRITEBARRIERREC) != 0 {
        err(format!("//{verb} only allowed in runtime"));
    }
    if flag == 0 && std && !ALLOWED_STD.contains(&verb) {
        err(format!("//{verb} is not allowed in the standard library"));
    }
    if flag == UINTPTRKEEPALIVE && !std {
        err(format!("//{verb} is only allowed in the standard library"));
    }
    flags.push((flag, pos));
}

/// gc's `pragcgo` argument checks.
fn cgo_usage(err: &mut impl FnMut(String), text: &str) {
    let f = fields(text);
    let verb = f.first().map_or("", |v| v.strip_prefix("go:").unwrap_or(v));
    let q = |i: usize| f.get(i).is_some_and(|s| is_quoted(s));
    let ok = match verb {
        "cgo_export_static" | "cgo_export_dynamic" => {
            (f.len() == 2 && !q(1)) || (f.len() == 3 && !q(1) && !q(2))
        }
        "cgo_import_dynamic" => {
            (f.len() == 2 && !q(1))
                || (f.len() == 3 && !q(1) && !q(2))
                || (f.len() == 4 && !q(1) && !q(2) && q(3))
        }
        "cgo_import_static" => f.len() == 2 && !q(1),
        "cgo_dynamic_linker" | "cgo_ldflag" => f.len() == 2 && q(1),
        _ => true,
    };
    if ok {
        return;
    }
    err(match verb {
        "cgo_export_static" | "cgo_export_dynamic" => format!("usage: //go:{verb} local [remote]"),
        "cgo_import_dynamic" => {
            r#"usage: //go:cgo_import_dynamic local [remote ["library"]]"#.into()
        }
        "cgo_import_static" => "usage: //go:cgo_import_static local".into(),
        "cgo_dynamic_linker" => r#"usage: //go:cgo_dynamic_linker "path""#.into(),
        _ => r#"usage: //go:cgo_ldflag "arg""#.into(),
    });
}

fn is_quoted(s: &str) -> bool {
    s.len() >= 2 && s.starts_with('"') && s.ends_with('"')
}

fn safe_arg(name: &str) -> bool {
    name.bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'/') || c >= 0x80)
}

/// gc's `pragmaFields`: space-separated fields, double-quoted strings kept whole.
fn fields(s: &str) -> Vec<&str> {
    let mut a = Vec::new();
    let mut in_quote = false;
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c == '"' {
            if in_quote {
                in_quote = false;
                if let Some(st) = start {
                    a.push(&s[st..=i]);
                }
                start = None;
            } else {
                in_quote = true;
                if let Some(st) = start {
                    a.push(&s[st..i]);
                }
                start = Some(i);
            }
        } else if !in_quote && matches!(c, ' ' | '\t' | '\n' | '\r') {
            if let Some(st) = start.take() {
                a.push(&s[st..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let (false, Some(st)) = (in_quote, start) {
        a.push(&s[st..]);
    }
    a
}

/// Directives without flags that the standard library may use.
const ALLOWED_STD: [&str; 8] = [
    "go:cgo_export_static",
    "go:cgo_export_dynamic",
    "go:cgo_import_static",
    "go:cgo_import_dynamic",
    "go:cgo_ldflag",
    "go:cgo_dynamic_linker",
    "go:embed",
    "go:generate",
];

/// gc's `pragmaFlag`: the flags a directive verb sets (0 for unknown verbs).
fn pragma_flag(verb: &str) -> u32 {
    match verb {
        "go:build" => GOBUILD,
        "go:noescape" => NOESCAPE,
        "go:norace" => NORACE,
        "go:nosplit" => NOSPLIT | NOCHECKPTR,
        "go:noinline" => NOINLINE,
        "go:nocheckptr" => NOCHECKPTR,
        "go:systemstack" => SYSTEMSTACK,
        "go:nowritebarrier" => NOWRITEBARRIER,
        "go:nowritebarrierrec" => NOWRITEBARRIERREC | NOWRITEBARRIER,
        "go:yeswritebarrierrec" => YESWRITEBARRIERREC,
        "go:cgo_unsafe_args" => CGOUNSAFEARGS | NOCHECKPTR,
        "go:uintptrkeepalive" => UINTPTRKEEPALIVE,
        "go:uintptrescapes" => UINTPTRESCAPES | UINTPTRKEEPALIVE,
        "go:registerparams" => REGISTERPARAMS,
        "go:notinheap" => NOTINHEAP,
        _ => 0,
    }
}

const GOBUILD: u32 = 1;
const NOESCAPE: u32 = 1 << 1;
const NORACE: u32 = 1 << 2;
const NOSPLIT: u32 = 1 << 3;
const NOINLINE: u32 = 1 << 4;
const NOCHECKPTR: u32 = 1 << 5;
const SYSTEMSTACK: u32 = 1 << 6;
const NOWRITEBARRIER: u32 = 1 << 7;
const NOWRITEBARRIERREC: u32 = 1 << 8;
const YESWRITEBARRIERREC: u32 = 1 << 9;
const CGOUNSAFEARGS: u32 = 1 << 10;
const UINTPTRKEEPALIVE: u32 = 1 << 11;
const UINTPTRESCAPES: u32 = 1 << 12;
const REGISTERPARAMS: u32 = 1 << 13;
const NOTINHEAP: u32 = 1 << 14;
