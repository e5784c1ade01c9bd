// errorcheck -0 -m -l

package main

var sink interface{}

var fsink func() int

type big struct {
	a [40]int
}

// A closure that does not escape: captured variables stay on the stack.
func local() int {
	x := 1
	f := func() int { return x + 1 } // ERROR "func literal does not escape$"
	return f()
}

// A returned closure: it and its captured variable escape.
func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

// Stored in a global.
func stored(p *int) { // ERROR "leaking param: p$"
	fsink = func() int { return *p } // ERROR "func literal escapes to heap$"
}

// A directly called closure may return a pointer to an outer variable.
func calledDirectly() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR "func literal does not escape$"
	return u
}

// A closure called through a variable never reassigned: the call is static.
func viaVariable() int {
	v := 3 // ERROR "moved to heap: v$"
	get := func(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$" "func literal does not escape$"
	return *get(&v)
}

// A closure passed to an unknown function value.
func passed(run func(func())) { // ERROR "run does not escape$"
	x := 0 // ERROR "moved to heap: x$"
	run(func() { x++ }) // ERROR "func literal escapes to heap$"
}

// Captured by reference: too big, address taken, reassigned after capture.
func byRef() int {
	var b big
	y := 1
	z := 2
	p := &z
	f := func() int { return b.a[0] + y + z } // ERROR "func literal does not escape$"
	y = 3
	return f() + *p
}

// Nested closures.
func nested() func() int {
	a := 1
	return func() int { // ERROR "func literal escapes to heap$"
		b := 2
		g := func() int { return a + b } // ERROR "func literal does not escape$"
		return g()
	}
}

// A closure in a loop.
func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		f := func() { s += i } // ERROR "func literal does not escape$"
		f()
	}
	return s
}

// Parameters of a closure leak like any function's.
func params() {
	f := func(p *int, q *int) *int { // ERROR "leaking param: p$" "leaking param: q to result ~r0 level=0$" "func literal does not escape$"
		sink = p
		return q
	}
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	_ = f(&a, &b)
}

// Function values of declared functions.
func add(a, b int) int { return a + b }

func funcValue() int {
	f := add
	g := func(h func(int, int) int) int { return h(1, 2) } // ERROR "h does not escape$" "func literal does not escape$"
	return f(1, 2) + g(add)
}

func main() {
	_ = local()
	_ = counter()
	stored(new(int)) // ERROR "new\(int\) escapes to heap$"
	_ = calledDirectly()
	_ = viaVariable()
	passed(func(f func()) { f() }) // ERROR "f does not escape$" "func literal does not escape$"
	_ = byRef()
	_ = nested()
	_ = loop(3)
	params()
	_ = funcValue()
}
