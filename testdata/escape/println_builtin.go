// errorcheck -0 -m -l

package main

type T struct {
	A int
}

func printAll(p *int, s []int, t *T, str string) { // ERROR "p does not escape$" "s does not escape$" "t does not escape$" "str does not escape$"
	println(*p, len(s), t.A, str)
	print(p == nil, "\n")
}

func main() {
	x := 1
	s := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	t := &T{A: 3} // ERROR "&T\{\.\.\.\} does not escape$"
	printAll(&x, s, t, "hi")
}
