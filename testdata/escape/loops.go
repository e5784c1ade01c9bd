// errorcheck -0 -m -l

package main

var sink *int

func addrInLoop(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		p := &x
		*p += i
	}
	return x
}

func addrInLoopEscapes(n int) {
	x := 0 // ERROR "moved to heap: x$"
	for i := 0; i < n; i++ {
		if i == 3 {
			sink = &x
		}
	}
}

func loopVarAddr(n int) {
	for i := 0; i < n; i++ { // ERROR "moved to heap: i$"
		if i == 2 {
			sink = &i
		}
	}
}

func loopLocalAddr(n int) *int {
	var last *int
	for i := 0; i < n; i++ {
		v := i * i // ERROR "moved to heap: v$"
		last = &v
	}
	return last
}

func loopLocalNoEscape(n int) int {
	var last *int
	t := 0
	for i := 0; i < n; i++ {
		v := i // ERROR "moved to heap: v$"
		last = &v
		t += *last
	}
	return t
}

func rangeAddr(s []int) *int { // ERROR "leaking param content: s$"
	for i, v := range s { // ERROR "moved to heap: v$"
		if i == 1 {
			return &v
		}
	}
	return nil
}

func newInLoop(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		t += *p
	}
	return t
}

func main() {
	addrInLoopEscapes(5)
	loopVarAddr(4)
	println(addrInLoop(3), *loopLocalAddr(3), loopLocalNoEscape(4), *rangeAddr([]int{1, 2}), newInLoop(3)) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
