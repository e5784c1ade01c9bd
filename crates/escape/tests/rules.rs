//! One test per rule, each a tiny Go program with gc 1.19.8's `-m -l` output
//! (produced by running gc on exactly this text, never written by hand).
//! The whole-program corpus (testdata/escape and testdata/run against gc's `.m`/`.m2`
//! files) is checked byte for byte through the command line in
//! `crates/golift/tests/escape_notes.rs`.

use golift_hir::{Package, RootDatabase, SourceFile};

fn check(name: &str, src: &str, gc: &str) {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, format!("./{name}.go"), src.to_string());
    let pkg = Package::new(&db, "main".into(), vec![file]);
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

#[test]
fn call_arg_conv_pos() {
    check(
        "call_arg_conv_pos",
        r#"package main

import "fmt"

type P struct{ X, Y int }

func f(a int, p P, q *P) {
	fmt.Println(a, p.X, q.Y, p, a)
}

func main() {}
"#,
        r#"./call_arg_conv_pos.go:7:20: q does not escape
./call_arg_conv_pos.go:8:13: ... argument does not escape
./call_arg_conv_pos.go:8:13: a escapes to heap
./call_arg_conv_pos.go:8:18: p.X escapes to heap
./call_arg_conv_pos.go:8:23: q.Y escapes to heap
./call_arg_conv_pos.go:8:23: p escapes to heap
./call_arg_conv_pos.go:8:23: a escapes to heap
"#,
    );
}

#[test]
fn const_source_text() {
    check(
        "const_source_text",
        r#"package main

import "fmt"

const K = 7

func f(x int) {
	fmt.Println(len("abc"), K, 7&3, -7/2, "a"+"b", (1 + 2), x<<2, float64(3))
}

func main() {}
"#,
        r#"./const_source_text.go:8:13: ... argument does not escape
./const_source_text.go:8:17: len("abc") escapes to heap
./const_source_text.go:8:26: K escapes to heap
./const_source_text.go:8:30: 7 & 3 escapes to heap
./const_source_text.go:8:36: -7 / 2 escapes to heap
./const_source_text.go:8:43: "a" + "b" escapes to heap
./const_source_text.go:8:52: 1 + 2 escapes to heap
./const_source_text.go:8:59: x << 2 escapes to heap
./const_source_text.go:8:71: float64(3) escapes to heap
"#,
    );
}

#[test]
fn empty_composite_lit() {
    check(
        "empty_composite_lit",
        r#"package main

import "fmt"

func f() {
	fmt.Println([]int{}, [0]int{}, [][]int{{1}, {}}, [...]int{1, 2})
}

func main() {}
"#,
        r#"./empty_composite_lit.go:6:13: ... argument does not escape
./empty_composite_lit.go:6:19: []int{} escapes to heap
./empty_composite_lit.go:6:19: []int{} escapes to heap
./empty_composite_lit.go:6:29: [0]int{} escapes to heap
./empty_composite_lit.go:6:40: [][]int{...} escapes to heap
./empty_composite_lit.go:6:40: [][]int{...} escapes to heap
./empty_composite_lit.go:6:41: []int{...} escapes to heap
./empty_composite_lit.go:6:46: []int{} escapes to heap
./empty_composite_lit.go:6:59: [2]int{...} escapes to heap
"#,
    );
}

#[test]
fn global_init_dynamic() {
    check(
        "global_init_dynamic",
        r#"package main

type T struct{ p *int }

var greeting = "hello"
var a = &T{}
var b = &T{p: new(int)}
var c = []*int{new(int), nil}
var e = greeting + "!"
var f interface{} = 5

func main() {}
"#,
        r#"./global_init_dynamic.go:7:18: new(int) escapes to heap
./global_init_dynamic.go:8:19: new(int) escapes to heap
./global_init_dynamic.go:9:18: greeting + "!" escapes to heap
"#,
    );
}

#[test]
fn multi_value_arg_temps() {
    check(
        "multi_value_arg_temps",
        r#"package main

import "fmt"

func two() (int, string) { return 1, "a" }

func f(p int) {
	var z interface{}
	z, _ = two()
	q := 1
	fmt.Println(two())
	_, _ = z, q
}

func main() {}
"#,
        r#"./multi_value_arg_temps.go:9:2: .autotmp_2 does not escape
./multi_value_arg_temps.go:11:13: ... argument does not escape
./multi_value_arg_temps.go:11:13: .autotmp_5 escapes to heap
./multi_value_arg_temps.go:11:13: .autotmp_6 escapes to heap
"#,
    );
}

#[test]
fn panic_arg_pos() {
    check(
        "panic_arg_pos",
        r#"package main

import "fmt"

type P struct{ X int }

func g(x int) int { return x }

func f1(x int)       { panic(x) }
func f2(p P)         { panic(p.X) }
func f3(x int)       { panic(g(x)) }
func f4(x int)       { panic(int64(x)) }
func f5(s []int, i int) { panic(s[i]) }
func f6(x int)       { panic(fmt.Sprint(x)) }
func f7(x int)       { panic(-x) }
func f8(x, y int)    { panic(x + y*2) }
func f9(p *P)        { panic(p.X + 1) }
func f10(x int)      { panic(P{x}) }

func main() {}
"#,
        r#"./panic_arg_pos.go:9:30: x escapes to heap
./panic_arg_pos.go:10:30: p.X escapes to heap
./panic_arg_pos.go:11:31: g(x) escapes to heap
./panic_arg_pos.go:12:36: int64(x) escapes to heap
./panic_arg_pos.go:13:9: s does not escape
./panic_arg_pos.go:13:35: s[i] escapes to heap
./panic_arg_pos.go:14:40: fmt.Sprint(... argument...) escapes to heap
./panic_arg_pos.go:14:40: ... argument does not escape
./panic_arg_pos.go:14:40: x escapes to heap
./panic_arg_pos.go:15:31: -x escapes to heap
./panic_arg_pos.go:16:34: x + y * 2 escapes to heap
./panic_arg_pos.go:17:9: p does not escape
./panic_arg_pos.go:17:30: p.X + 1 escapes to heap
./panic_arg_pos.go:18:32: P{...} escapes to heap
"#,
    );
}

#[test]
fn self_assign_note() {
    check(
        "self_assign_note",
        r#"package main

type T struct{ a []int; p, q *int }

func f(t *T, a []int, i, j int) {
	a[i], a[j] = a[j], a[i]
	t.p = t.q
	a[i] = a[g()]
}

func g() int { return 0 }

func main() {}
"#,
        r#"./self_assign_note.go:6:13: f ignoring self-assignment in a[i], a[j] = a[j], a[i]
./self_assign_note.go:6:13: f ignoring self-assignment in a[i], a[j] = a[j], a[i]
./self_assign_note.go:7:6: f ignoring self-assignment in t.p = t.q
./self_assign_note.go:5:8: t does not escape
./self_assign_note.go:5:14: a does not escape
"#,
    );
}
