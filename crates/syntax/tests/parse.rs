//! Structure tests (via the `dump` form), a zero-error sample file, gc-identical
//! error messages for broken inputs, and robustness against deep nesting and mutations.

use golift_syntax::ast::{ExprKind, StmtKind};
use golift_syntax::{dump::dump, parse, parse_bytes, LineIndex};

/// The dump of `src`'s declarations, with `package p` prepended to the source.
fn tree(src: &str) -> String {
    let f = parse(&format!("package p\n{src}"));
    assert!(f.errors.is_empty(), "unexpected errors: {:?}", f.errors);
    dump(&f).trim_start_matches("package p\n").to_string()
}

fn body(stmts: &str) -> String {
    tree(&format!("func f() {{\n{stmts}\n}}"))
}

#[test]
fn const_iota_groups() {
    let t = tree("const (\n\tA = iota * 2\n\tB\n\tC int = 5\n\tD\n)\nconst E = iota");
    assert_eq!(
        t,
        "const A iota=0\n  Binary *\n    Name iota\n    Int 2\n\
         const B iota=1 implicit\n  Binary *\n    Name iota\n    Int 2\n\
         const C iota=2\n  type\n    Name int\n  Int 5\n\
         const D iota=3 implicit\n  type\n    Name int\n  Int 5\n\
         const E iota=0\n  Name iota\n"
    );
    // The implicit spec shares the expression ids of the spec it repeats.
    let f = parse("package p\nconst (\n\tA = iota\n\tB\n)");
    let golift_syntax::ast::DeclKind::Const(specs) = &f.decls[0].kind else {
        panic!()
    };
    assert_eq!(specs[0].values, specs[1].values);
}

#[test]
fn generics() {
    let t = tree("type Num interface{ ~int | ~float64 }\nfunc Sum[T Num, U any](xs ...T) T { return Map[T, U](xs) }\ntype L[T any] []T");
    assert_eq!(
        t,
        "type Num\n  InterfaceType\n    embed\n      Binary |\n        Unary Tilde\n          Name int\n        Unary Tilde\n          Name float64\n\
         func Sum\n  tparams\n    field T\n      Name Num\n    field U\n      Name any\n  params\n    field xs ...\n      Name T\n  results\n    field\n      Name T\n\
         \x20 Block\n    Return\n      Call\n        Index\n          Name Map\n          Name T\n          Name U\n        Name xs\n\
         type L\n  tparams\n    field T\n      Name any\n  SliceType\n    Name T\n"
    );
    // `type A [N]int` is an array, `type G[P *C] ...` a generic type only if forced.
    assert!(tree("type A [N]int").contains("ArrayType\n    Name N"));
    assert!(tree("type G[P *C,] struct{}").contains("tparams\n    field P\n      Star"));
    assert!(tree("type G[P *C] struct{}").contains("ArrayType\n    Binary *"));
    assert!(tree("type G[P *[]C] struct{}").contains("tparams"));
}

#[test]
fn composite_literal_ambiguity() {
    // In a header, `T{` starts the block; parenthesised it is a literal.
    let t = body("if x == T {\n}");
    assert!(
        t.contains("cond\n        Binary ==\n          Name x\n          Name T\n      Block"),
        "{t}"
    );
    let t = body("if x == (T{}) {\n}");
    assert!(
        t.contains("Paren\n            CompositeLit\n              Name T"),
        "{t}"
    );
    // Slice types are always literal types, even in a header.
    let t = body("for _ = range []int{1} {\n}");
    assert!(t.contains("CompositeLit\n        SliceType"), "{t}");
    // Inside parentheses or calls in a header, literals are allowed again.
    let t = body("if f(T{}) {\n}");
    assert!(
        t.contains("Call\n          Name f\n          CompositeLit"),
        "{t}"
    );
    let e = parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}").errors;
    assert!(!e.is_empty());
}

#[test]
fn type_switch() {
    let t = body("switch y := 1; v := x.(type) {\ncase int, string:\ndefault:\n}");
    assert_eq!(
        t,
        "func f\n  Block\n    TypeSwitch v :=\n      init\n        Assign :=\n          Name y\n          rhs\n            Int 1\n      Name x\n      case\n          Name int\n          Name string\n      default\n"
    );
    assert!(body("switch x.(type) {\n}").contains("TypeSwitch\n      Name x"));
}

#[test]
fn select_stmt() {
    let t = body("select {\ncase v, ok := <-c:\ncase c <- 1:\ncase <-c:\ndefault:\n}");
    assert_eq!(
        t,
        "func f\n  Block\n    Select\n      case\n        Assign :=\n          Name v\n          Name ok\n          rhs\n            Unary Recv\n              Name c\n\
         \x20     case\n        Send\n          Name c\n          Int 1\n      case\n        ExprStmt\n          Unary Recv\n            Name c\n      default\n"
    );
}

#[test]
fn labels_and_branches() {
    let t = body("L:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto M\nM:\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t}");
    assert_eq!(
        t,
        "func f\n  Block\n    Labeled L\n      For\n        Block\n          Break L\n    Goto M\n    Labeled M\n      Switch\n        case\n            Name true\n          Fallthrough\n        default\n"
    );
}

#[test]
fn slices() {
    let t = body("_ = a[1:2:3]\n_ = a[:]\n_ = a[i]\n_ = a[:j]");
    assert!(t.contains("Slice3\n          Name a\n          lo\n            Int 1\n          hi\n            Int 2\n          max\n            Int 3"), "{t}");
    assert!(t.contains("Slice\n          Name a\n    Assign"), "{t}");
    assert!(
        t.contains("Index\n          Name a\n          Name i"),
        "{t}"
    );
    assert!(
        t.contains("Slice\n          Name a\n          hi\n            Name j"),
        "{t}"
    );
}

#[test]
fn method_decl() {
    let t = tree("func (p *T[K]) M(a, b int, c ...string) (x int, err error)");
    assert_eq!(
        t,
        "func M\n  recv\n    field p\n      Star\n        Index\n          Name T\n          Name K\n\
         \x20 params\n    field a, b\n      Name int\n    field c ...\n      Name string\n\
         \x20 results\n    field x\n      Name int\n    field err\n      Name error\n"
    );
}

#[test]
fn func_lit_and_pragma() {
    let t = tree("//go:noinline\nfunc g() { f := func(x int) int { return x }; _ = f }");
    assert_eq!(
        t,
        "go:noinline func g\n  Block\n    Assign :=\n      Name f\n      rhs\n        FuncLit\n          params\n            field x\n              Name int\n          results\n            field\n              Name int\n          Block\n            Return\n              Name x\n\
         \x20   Assign =\n      Name _\n      rhs\n        Name f\n"
    );
}

#[test]
fn precedence() {
    let t = body("_ = a || b && c == d + e * -f");
    assert_eq!(
        t,
        "func f\n  Block\n    Assign =\n      Name _\n      rhs\n        Binary ||\n          Name a\n          Binary &&\n            Name b\n            Binary ==\n              Name c\n              Binary +\n                Name d\n                Binary *\n                  Name e\n                  Unary Neg\n                    Name f\n"
    );
    let t = body("_ = a - b - c << 1");
    assert!(t.contains("Binary -\n          Binary -\n            Name a\n            Name b\n          Binary <<"), "{t}");
}

#[test]
fn channel_types() {
    let t = body("var c <-chan chan<- int\n_ = <-chan int(nil)\n_ = <-c");
    assert!(
        t.contains("ChanType Recv\n            ChanType Send\n              Name int"),
        "{t}"
    );
    // `<-chan int(c)` receives from `chan int(c)`, as the spec says.
    assert!(
        t.contains("Unary Recv\n          Call\n            ChanType Both"),
        "{t}"
    );
    assert!(t.contains("Unary Recv\n          Name c"), "{t}");
}

#[test]
fn spans_are_relative_and_precise() {
    let src = "package p\n\nfunc f() {}\n\nvar x = a + bc\n";
    let f = parse(src);
    assert_eq!(f.decl_offsets, vec![11, 24]);
    let d = &f.decls[1];
    assert_eq!(d.span.start, 0);
    assert_eq!(d.span.end as usize, "var x = a + bc".len());
    let golift_syntax::ast::DeclKind::Var(specs) = &d.kind else {
        panic!()
    };
    let e = &d.exprs[specs[0].values[0]];
    assert_eq!((e.span.start, e.span.end), (8, 14));
    let golift_syntax::ast::ExprKind::Binary { op_pos, .. } = e.kind else {
        panic!()
    };
    assert_eq!(op_pos, 10);
}

#[test]
fn comments_kept() {
    let f = parse("package p // c1\n/* c2 */ var x int\n");
    let texts: Vec<&str> = f.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["// c1", "/* c2 */"]);
    assert_eq!(f.comments[1].span.start, 16);
}

#[test]
fn sample_file_has_no_errors() {
    let src = include_str!("data/tricky.go");
    let f = parse(src);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    assert_eq!(f.imports.len(), 5);
    assert!(f.decls.len() > 10);
}

/// Formats errors as gc prints them for one file: found order, at most one syntax
/// error per line (done by the parser), cut at 10, sorted.
fn gc_format(name: &str, src: &[u8]) -> String {
    let f = parse_bytes(src);
    // Offsets are byte offsets into `src`; index lines on the bytes, not a lossy copy.
    let idx = LineIndex::from_bytes(src);
    golift_syntax::gc_error_lines(name, &idx, &f.errors).join("\n")
}

#[test]
fn error_messages_match_gc() {
    // Each tests/data/errors/NAME.go has NAME.out: `go tool compile` output for it.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/errors");
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let src = std::fs::read(&p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let expected = std::fs::read_to_string(p.with_extension("out")).unwrap();
        assert_eq!(gc_format(&name, &src), expected.trim_end(), "{name}");
        n += 1;
    }
    assert!(n >= 5);
}

#[test]
fn nesting_gc_compiles_parses() {
    // gc 1.19 compiles 100,000 nested parentheses (and crashes at a million).
    let n = 100_000;
    let src = format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    let errs = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || parse(&src).errors)
        .unwrap()
        .join()
        .unwrap();
    assert!(errs.is_empty(), "{errs:?}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for (open, close) in [
        ("(", ")"),
        ("[]", ""),
        ("*", ""),
        ("-", ""),
        ("{", "}"),
        ("func(){", "}"),
        ("a || a && a == a + a * (", ")"),
        ("struct{ a ", "}"),
        ("interface{ ", "}"),
        ("T{", "}"),
        ("a[", "]"),
        ("map[int]", ""),
        ("<-chan ", ""),
    ] {
        let src = format!(
            "package p\nvar x = {}1{}\n",
            open.repeat(1_000_000),
            close.repeat(1_000_000)
        );
        let f = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || parse(&src).errors)
            .unwrap()
            .join()
            .unwrap();
        assert!(!f.is_empty(), "{open}");
    }
    let src = format!(
        "package p\nfunc f() {{ {} }}\n",
        "if x {".repeat(500_000) + &"}".repeat(500_000)
    );
    let errs = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || parse(&src).errors)
        .unwrap()
        .join()
        .unwrap();
    assert!(!errs.is_empty());
}

#[test]
fn mutations_never_panic() {
    let base = include_bytes!("data/tricky.go");
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let interesting = b"(){}[];,.:=<-\"'`/*\n\x00\xff_0xe+i~|&";
    for _ in 0..400 {
        let mut src = base.to_vec();
        for _ in 0..(1 + rnd() % 8) {
            let i = (rnd() as usize) % src.len();
            match rnd() % 3 {
                0 => src[i] = interesting[(rnd() as usize) % interesting.len()],
                1 => {
                    src.remove(i);
                }
                _ => src.insert(i, interesting[(rnd() as usize) % interesting.len()]),
            }
        }
        let _ = parse_bytes(&src);
        let cut = (rnd() as usize) % src.len();
        let _ = parse_bytes(&src[..cut]);
    }
}

#[test]
fn a_third_range_variable_is_kept_for_the_checker() {
    // types2 reports it (unless ranging over a channel), not the parser.
    let f = parse("package p\nfunc f() {\n\tfor a, b, c := range x {\n\t}\n}\n");
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    let third = f.decls.iter().find_map(|d| {
        d.stmts.iter().find_map(|(_, s)| match &s.kind {
            StmtKind::Range { extra: Some(e), .. } => Some(&d.exprs[*e].kind),
            _ => None,
        })
    });
    assert_eq!(third, Some(&ExprKind::Name("c".into())));
}

#[test]
fn call_and_literal_positions() {
    use golift_syntax::ast::{DeclKind, ExprKind};
    let src = "package p\nvar v = f(a, T{1})\n";
    let f = parse(src);
    let d = &f.decls[0];
    let DeclKind::Var(specs) = &d.kind else {
        panic!()
    };
    let call = &d.exprs[specs[0].values[0]];
    let ExprKind::Call {
        fun, args, rparen, ..
    } = &call.kind
    else {
        panic!()
    };
    // Relative offsets inside `var v = f(a, T{1})`.
    assert_eq!(d.exprs[*fun].span.end, 9, "`(` follows the callee");
    assert_eq!(*rparen, 17);
    assert_eq!((call.span.start, call.span.end), (8, 18));
    let ExprKind::CompositeLit { rbrace, .. } = &d.exprs[args[1]].kind else {
        panic!()
    };
    assert_eq!(*rbrace, 16);
    assert_eq!(f.imports.len(), 0);
}

#[test]
fn imports_and_pragmas() {
    let f = parse("package p\n\nimport (\n\tf \"fmt\"\n\t. \"a/b\"\n)\n\n//go:nosplit\n//go:noinline\nfunc g()\n\n// doc\nfunc h() {}\n");
    let imps: Vec<(Option<&str>, &str, u32)> = f
        .imports
        .iter()
        .map(|i| {
            (
                i.name.as_ref().map(|n| n.text.as_str()),
                i.path.as_str(),
                i.span.start,
            )
        })
        .collect();
    assert_eq!(imps, [(Some("f"), "fmt", 23), (Some("."), "a/b", 32)]);
    let golift_syntax::ast::DeclKind::Func(g) = &f.decls[0].kind else {
        panic!()
    };
    assert_eq!(g.pragmas, ["go:nosplit", "go:noinline"]);
    assert!(g.body.is_none());
    let golift_syntax::ast::DeclKind::Func(h) = &f.decls[1].kind else {
        panic!()
    };
    assert!(h.pragmas.is_empty());
}
