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
        let mut lines: Vec<((u32, u32), String)> = Vec::new();
        let mut too_many = None;
        for e in &f.errors {
            let (l, c) = idx.line_col(e.offset);
            lines.push((
                (l, c.min(255)),
                format!(
                    "{}: {}",
                    golift_syntax::format_pos(&path, l, c),
                    golift_syntax::render_message(&e.message, &path, &idx)
                ),
            ));
            if lines.len() >= 10 {
                too_many = Some(format!(
                    "{}: too many errors",
                    golift_syntax::format_pos(&path, l, c)
                ));
                break;
            }
        }
        lines.sort_by_key(|(p, _)| *p);
        lines.dedup_by(|a, b| a.1 == b.1);
        for (_, l) in &lines {
            println!("{l}");
        }
        if let Some(t) = too_many {
            println!("{t}");
        }
    }
}
