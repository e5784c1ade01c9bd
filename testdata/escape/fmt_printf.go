// errorcheck -0 -m -l

package main

import "fmt"

type Point struct {
	X, Y int
}

var sinkS string

func printfArgs(x int, s string, p *Point, q Point) { // ERROR "leaking param: s$" "leaking param: p$"
	fmt.Printf("%d %s %v %v\n", x, s, p, q) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$" "q escapes to heap$"
}

func printfConst() {
	fmt.Printf("%d %s %v\n", 1, "a", true) // ERROR "\.\.\. argument does not escape$" "1 escapes to heap$" ".a. escapes to heap$" "true escapes to heap$"
	fmt.Printf("no operands\n")
}

func sprintfResult(x int) string {
	return fmt.Sprintf("%05d", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func sprintfLocal(x int) int {
	s := fmt.Sprintf("%d", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
	return len(s)
}

func sprintfSink(a, b string) { // ERROR "leaking param: a$" "leaking param: b$"
	sinkS = fmt.Sprintf("%s-%s", a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func sprintArgs(p *Point, xs []int) string { // ERROR "leaking param: p$" "leaking param: xs$"
	return fmt.Sprint(p, xs, *p) // ERROR "\.\.\. argument does not escape$" "xs escapes to heap$" "\*p escapes to heap$"
}

func sprintlnArgs(a string, b []byte) string { // ERROR "leaking param: a$" "leaking param: b$"
	return fmt.Sprintln(a, b, len(b)) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$" "len\(b\) escapes to heap$"
}

func spread(args []interface{}) { // ERROR "leaking param content: args$"
	fmt.Printf("%v %v\n", args...)
	sinkS = fmt.Sprint(args...)
}

func addrs(x int) { // ERROR "moved to heap: x$"
	fmt.Printf("%p %v\n", &x, &x) // ERROR "\.\.\. argument does not escape$"
}

func results() (int, error) {
	return fmt.Printf("%d\n", 1) // ERROR "\.\.\. argument does not escape$" "1 escapes to heap$"
}

func formatVar(f string, x int) { // ERROR "f does not escape$"
	fmt.Printf(f, x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func main() {
	printfArgs(1, "s", &Point{1, 2}, Point{3, 4}) // ERROR "&Point\{\.\.\.\} escapes to heap$"
	printfConst()
	_ = sprintfResult(3)
	_ = sprintfLocal(4)
	sprintfSink("a", "b")
	_ = sprintArgs(&Point{}, []int{1}) // ERROR "&Point\{\} escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$"
	_ = sprintlnArgs("x", []byte("y")) // ERROR "\(\[\]byte\)\(.y.\) escapes to heap$"
	spread([]interface{}{1, "a"}) // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "1 escapes to heap$" ".a. escapes to heap$"
	addrs(5)
	_, _ = results()
	formatVar("%d\n", 6)
}
