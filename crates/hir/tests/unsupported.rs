//! Valid Go that golift cannot compile yet is reported as such, with nothing else: the
//! consequences of an unsupported construct (a generic function's uses, variables and
//! imports used only inside it, the arguments of an unsupported builtin) must not show
//! as type errors, or the user is told that a valid program is wrong. (Invalid Go gets
//! gc's errors: `gc_errors.rs`.)

use golift_hir::{line_index, package_diagnostics, Package, RootDatabase, SourceFile};

fn diagnostics(text: &str) -> Vec<String> {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, "a.go".to_string(), text.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    package_diagnostics(&db, package)
        .iter()
        .map(|d| {
            let (l, c) = line_index(&db, d.file).line_col(d.offset);
            format!("{l}:{c}: {}", d.message)
        })
        .collect()
}

#[test]
fn generic_functions_and_their_uses() {
    let src = r#"package main

import "fmt"

func Map[T any](s []T, f func(T) T) []T {
	fmt.Println(len(s))
	return s
}

func main() {
	n := 2
	_ = Map[int]([]int{n}, nil)
	_ = Map([]string{"a"}, nil)
}
"#;
    assert_eq!(
        diagnostics(src),
        ["5:10: generic functions not supported yet"]
    );
}

#[test]
fn arguments_of_unsupported_operations_are_used() {
    let src = r#"package main

import "strconv"

type T []int

func main() {
	length := 3
	k := 1
	_ = strconv.Itoa(k)
	_ = make(chan int, length)
}
"#;
    let got = diagnostics(src);
    assert!(
        got.iter().all(|d| d.ends_with("not supported yet")),
        "{got:?}"
    );
    assert!(!got.is_empty());
}
