package main

import "fmt"

// `f(g())` evaluates g's results into temporaries first; a multi-valued `return g()`
// assigns the results, then returns; `x++` is `x += 1`; `&T{...}` and `new` get
// allocation sites, a pointer converted to an interface does not.

type T struct{ a, b int }

func pair() (int, string) {
	return 1, "one"
}

func both() (int, string) {
	return pair()
}

func main() {
	fmt.Println(pair())
	n := 0
	n++
	p := new(int)
	t := &T{n, *p}
	fmt.Println(t, n+len("x"+fmt.Sprint(n)))
	_, s := both()
	println(s)
}
