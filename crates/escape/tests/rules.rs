//! One test per rule, each a tiny Go program with gc 1.19.8's `-m -l` output
//! (produced by running gc on exactly this text, never written by hand).
//! The whole-program corpus (testdata/escape and testdata/run against gc's `.m`/`.m2`
//! files) is checked byte for byte through the command line in
//! `crates/golift/tests/escape_notes.rs`.

use golift_hir::{Package, RootDatabase, SourceFile};

fn check(name: &str, src: &str, gc: &str) {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, format!("./{name}.go"), src.to_string());
    let pkg = Package::new(&db, vec![file]);
    let got = golift_escape::package_diagnostics(&db, pkg, 1);
    let want: Vec<&str> = gc.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(got, want, "{name}");
}

#[test]
fn new_stays() {
    check(
        "new_stays",
        r#"package main

func f() int { p := new(int); *p = 1; return *p }

func main() {}
"#,
        r#"./new_stays.go:3:24: new(int) does not escape
"#,
    );
}

#[test]
fn addr_returned() {
    check(
        "addr_returned",
        r#"package main

func f() *int { x := 1; return &x }

func main() {}
"#,
        r#"./addr_returned.go:3:17: moved to heap: x
"#,
    );
}

#[test]
fn make_8192_stays() {
    check(
        "make_8192_stays",
        r#"package main

func f() int { s := make([]int, 8192); return len(s) }

func main() {}
"#,
        r#"./make_8192_stays.go:3:25: make([]int, 8192) does not escape
"#,
    );
}

#[test]
fn make_8193_heap() {
    check(
        "make_8193_heap",
        r#"package main

func f() int { s := make([]int, 8193); return len(s) }

func main() {}
"#,
        r#"./make_8193_heap.go:3:25: make([]int, 8193) escapes to heap
"#,
    );
}

#[test]
fn make_nonconst() {
    check(
        "make_nonconst",
        r#"package main

func f(n int) int { s := make([]int, n); return len(s) }

func main() {}
"#,
        r#"./make_nonconst.go:3:30: make([]int, n) escapes to heap
"#,
    );
}

#[test]
fn param_to_result() {
    check(
        "param_to_result",
        r#"package main

func f(p *int) *int { return p }

func main() {}
"#,
        r#"./param_to_result.go:3:8: leaking param: p to result ~r0 level=0
"#,
    );
}

#[test]
fn param_content() {
    check(
        "param_content",
        r#"package main

var sink *int
func f(pp **int) { sink = *pp }

func main() {}
"#,
        r#"./param_content.go:4:8: leaking param content: pp
"#,
    );
}

#[test]
fn param_leak() {
    check(
        "param_leak",
        r#"package main

var sink *int
func f(p *int) { sink = p }

func main() {}
"#,
        r#"./param_leak.go:4:8: leaking param: p
"#,
    );
}

#[test]
fn loop_outlives() {
    check(
        "loop_outlives",
        r#"package main

func f(n int) *int { var l *int; for i := 0; i < n; i++ { v := i; l = &v }; return l }

func main() {}
"#,
        r#"./loop_outlives.go:3:59: moved to heap: v
"#,
    );
}

#[test]
fn closure_capture() {
    check(
        "closure_capture",
        r#"package main

func f() func() int { x := 1; return func() int { x++; return x } }

func main() {}
"#,
        r#"./closure_capture.go:3:23: moved to heap: x
./closure_capture.go:3:38: func literal escapes to heap
"#,
    );
}

#[test]
fn iface_conv() {
    check(
        "iface_conv",
        r#"package main

var sink interface{}
func f(x int) { sink = x }

func main() {}
"#,
        r#"./iface_conv.go:4:17: x escapes to heap
"#,
    );
}
