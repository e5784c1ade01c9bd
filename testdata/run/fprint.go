package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Fprintln(os.Stdout, "hello", 1, 2.5)
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout, "a", 1, 2, "b\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%d-%s\n", 42, "x")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 3)
	fmt.Fprintf(os.Stderr, "%v|%5d|\n", true, 7)
	fmt.Fprint(os.Stderr, "end", "\n")
	fmt.Printf("%T %T\n", os.Stdout, os.Stderr)
	fmt.Println(os.Stdout == os.Stderr, os.Stdout == os.Stdout, os.Stdout != nil)
	w := os.Stderr
	fmt.Fprintln(w, "via variable")
	args := []any{"spread", 9}
	fmt.Fprintln(os.Stdout, args...)
	fmt.Fprintf(os.Stdout, "%d %d\n", []any{1, 2}...)
}
