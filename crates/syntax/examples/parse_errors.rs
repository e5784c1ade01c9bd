//! Prints the syntax errors of each file given as `path:line:col: msg`, sorted by
//! position and capped at 10 per file like gc (then `too many errors`), for comparing
//! with `go tool compile`. Usage: `parse_errors [--dump] FILE...` (`--dump` prints
//! the tree instead).

fn main() {
    let mut dump = false;
    for path in std::env::args().skip(1) {
        if path == "--dump" {
            dump = true;
            continue;
        }
        let Ok(src) = std::fs::read(&path) else {
            continue;
        };
        let f = golift_syntax::parse_bytes(&src);
        if dump {
            print!("{}", golift_syntax::dump::dump(&f));
            continue;
        }
        let idx = golift_syntax::LineIndex::from_bytes(&src);
        for line in golift_syntax::gc_error_lines(&path, &idx, &f.errors) {
            println!("{line}");
        }
    }
}
