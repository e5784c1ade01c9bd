// errorcheck -0 -m -l

package main

var sink *int

func ping(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return pong(p, n-1)
}

func pong(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return ping(p, n-1)
}

func even(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		return *p == 0
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return false
	}
	return even(p, n-1)
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	y := 2 // ERROR "moved to heap: y$"
	println(*ping(&x, 3), even(&y, 4))
}
