//! Fuzz target: any bytes, as Go source, through the parser. The parser must return
//! (no panic, no hang, no stack overflow) and every error must lie inside the text.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let file = golift_syntax::parse(&text);
    for e in &file.errors {
        assert!(e.offset as usize <= text.len(), "error offset outside the text");
    }
});
