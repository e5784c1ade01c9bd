// errorcheck -0 -m -l

package main

func unnamedOne(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func unnamedTwo(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}

func unnamedSecond(p *int) (int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return 0, p
}

func namedOne(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func namedTwo(p, q *int) (a int, b *int) { // ERROR "p does not escape$" "leaking param: q to result b level=0$"
	a = *p
	b = q
	return
}

func namedMoved() (r *int) {
	x := 1 // ERROR "moved to heap: x$"
	r = &x
	return
}

func sliceResult(s []int) ([]int, int) { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[:1], len(s)
}

func main() {
	x, y := 1, 2
	a, b := unnamedTwo(&x, &y)
	_, c := unnamedSecond(&x)
	d, e := namedTwo(&x, &y)
	s, n := sliceResult([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	println(*unnamedOne(&x), *a, *b, *c, *namedOne(&y), d, *e, *namedMoved(), len(s), n)
}
