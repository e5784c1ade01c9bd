// errorcheck -0 -m -l

// Values converted to a channel's interface element as they are sent (also in
// select cases), and string concatenations printed as gc's OADDSTR.

package main

type T struct{ a, b int }

func f(c chan any, d chan error, s string, t T, p *T, b []byte, x int) { // ERROR "c does not escape$" "d does not escape$" "leaking param: s$" "leaking param: p$" "leaking param: b$"
	c <- 1 // ERROR "1 escapes to heap$"
	c <- "lit" // ERROR ".lit. escapes to heap$"
	c <- s // ERROR "s escapes to heap$"
	c <- s + s // ERROR "s \+ s escapes to heap$"
	c <- t // ERROR "t escapes to heap$"
	c <- T{1, 2} // ERROR "T\{\.\.\.\} escapes to heap$"
	c <- p
	c <- b // ERROR "b escapes to heap$"
	c <- string(b) // ERROR "string\(b\) escapes to heap$"
	c <- x + 1 // ERROR "x \+ 1 escapes to heap$"
	c <- (x) // ERROR "x escapes to heap$"
	c <- [2]int{x, x} // ERROR "\[2\]int\{\.\.\.\} escapes to heap$"
	c <- nil
	d <- nil
	select {
	case c <- x: // ERROR "x escapes to heap$"
	case c <- T{x, x}: // ERROR "T\{\.\.\.\} escapes to heap$"
	case c <- "s": // ERROR ".s. escapes to heap$"
	}
	var e chan interface{ M() }
	_ = e
}

func main() {}
