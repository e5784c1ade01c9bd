package main

import "fmt"

// Function literals, captures by value and by reference, function values in
// variables, struct fields, slices, returned closures,
// recursion through a variable, immediately called literals.

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func gen(words []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(words) {
			return "", false
		}
		w := words[i]
		i++
		return w, true
	}
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func add(a, b int) int { return a + b }

func twice(f func(int, int) int, a, b int) int { return f(f(a, b), b) }

type op struct {
	name string
	f    func(float64, float64) float64
}

type big struct {
	a [20]int
}

func adder() (func(int), func() int) {
	sum := 0
	return func(x int) { sum += x }, func() int { return sum }
}

func sumBig(b big) func() int {
	return func() int {
		s := 0
		for _, v := range b.a {
			s += v
		}
		return s
	}
}

func variadic(prefix string) func(...int) string {
	return func(xs ...int) string {
		return fmt.Sprint(prefix, len(xs), xs)
	}
}

func named() (r int) {
	set := func(v int) { r = v }
	set(42)
	return
}

func main() {
	c := counter()
	d := counter()
	fmt.Println(c(), c(), c(), d())

	next := gen([]string{"a", "b", "c"})
	for w, ok := next(); ok; w, ok = next() {
		fmt.Print(w, " ")
	}
	fmt.Println()

	k := 3
	fmt.Println(apply(func(x int) int { return x * k }, []int{1, 2, 3}))
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	is, si := compose(inc, sq), compose(sq, inc)
	fmt.Println(is(5), si(5))

	f := add
	fmt.Println(f(2, 3), twice(add, 1, 10), twice(func(a, b int) int { return a * b }, 2, 3))

	ops := []op{
		{"+", func(a, b float64) float64 { return a + b }},
		{"*", func(a, b float64) float64 { return a * b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.f(1.5, 4))
	}

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(25))

	// Go 1.19: one variable per loop.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return v })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Per-iteration copies made by hand.
	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i * 10 })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	x := 1
	bump := func() { x *= 2 }
	bump()
	bump()
	fmt.Println("x =", x)

	y := 5
	show := func() int { return y }
	y = 6
	fmt.Println("y =", show())

	add1, total := adder()
	for i := 1; i <= 4; i++ {
		add1(i)
	}
	fmt.Println("total", total())

	var b big
	for i := range b.a {
		b.a[i] = i
	}
	s := sumBig(b)
	b.a[0] = 1000
	fmt.Println("big", s())

	fmt.Println(func(a, b int) int { return a - b }(10, 4))
	func() {
		fmt.Println("immediately called")
	}()
	msg := "outer"
	func() {
		func() {
			msg += " nested"
		}()
	}()
	fmt.Println(msg)

	v1, v2 := variadic("n="), variadic("none")
	fmt.Println(v1(1, 2, 3), v2())
	fmt.Println(named())

	var nf func()
	var nf2 func(int) int = nil
	fmt.Println(nf == nil, nf2 == nil, f != nil, c != nil)
	nf = func() {}
	fmt.Println(nf == nil)

	pt := &struct{ n int }{1}
	setter := func(v int) { pt.n = v }
	setter(9)
	fmt.Println(pt.n)
}
