// asmcheck

package main

// gc devirtualizes a call through an interface whose receiver's static value is a
// conversion of a concrete value: the method is called directly, on both targets.

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

func direct(n int) int {
	var s Shape = Square{n}
	// x86_64:"call main\.Square\.Area" aarch64:"bl main\.Square\.Area"
	return s.Area()
}

func dynamic(s Shape) int { // x86_64:func:-"call main\.Square\.Area" aarch64:func:-"bl main\.Square\.Area"
	return s.Area()
}

func main() {
	println(direct(3), dynamic(Square{2}))
}
