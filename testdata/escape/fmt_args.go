// errorcheck -0 -m -l

package main

import "fmt"

type Point struct {
	X, Y int
}

func constants() {
	fmt.Println(1, "hello", true) // ERROR "\.\.\. argument does not escape$" "1 escapes to heap$" ".hello. escapes to heap$" "true escapes to heap$"
}

func idents(a int, s string, b bool) { // ERROR "leaking param: s$"
	fmt.Println(a, s, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "s escapes to heap$" "b escapes to heap$"
}

func fields(p Point, q *Point) { // ERROR "q does not escape$"
	fmt.Println(p.X, q.Y, p) // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$" "q\.Y escapes to heap$" "p escapes to heap$"
}

func derefs(p *int, q *Point) { // ERROR "p does not escape$" "q does not escape$"
	fmt.Println(*p, *q) // ERROR "\.\.\. argument does not escape$" "\*p escapes to heap$" "\*q escapes to heap$"
}

func indexes(s []int, a [3]string, i int) { // ERROR "leaking param: s$" "leaking param: a$"
	fmt.Println(s[i], a[1], s[1:2]) // ERROR "\.\.\. argument does not escape$" "s\[i\] escapes to heap$" "a\[1\] escapes to heap$" "s\[1:2\] escapes to heap$"
}

func twice(x int) int {
	return x * 2
}

func calls(x int) {
	fmt.Println(twice(x), len("abc"), twice(twice(x))) // ERROR "\.\.\. argument does not escape$" "twice\(x\) escapes to heap$" "len\(.abc.\) escapes to heap$" "twice\(twice\(x\)\) escapes to heap$"
}

func binary(c int, s string) { // ERROR "s does not escape$"
	fmt.Println(c*9/5+32, c+1, c-c*2, s+"!", c == 3, -c, c%7 != 0 && c > 1) // ERROR "\.\.\. argument does not escape$" "c \* 9 / 5 \+ 32 escapes to heap$" "c \+ 1 escapes to heap$" "c - c \* 2 escapes to heap$" "s \+ .!. escapes to heap$" "c == 3 escapes to heap$" "-c escapes to heap$" "c % 7 != 0 && c > 1 escapes to heap$"
}

func pointers(p *Point) { // ERROR "leaking param: p$"
	fmt.Println(p, &Point{1, 2}) // ERROR "\.\.\. argument does not escape$" "&Point\{\.\.\.\} escapes to heap$"
}

func conversions(x int) {
	fmt.Println(int32(x), uint8(x+1), int64(x)<<2) // ERROR "\.\.\. argument does not escape$" "int32\(x\) escapes to heap$" "uint8\(x \+ 1\) escapes to heap$" "int64\(x\) << 2 escapes to heap$"
}

func main() {
	x := 5
	constants()
	idents(1, "s", false)
	fields(Point{1, 2}, &Point{3, 4}) // ERROR "&Point\{\.\.\.\} does not escape$"
	derefs(&x, &Point{5, 6}) // ERROR "&Point\{\.\.\.\} does not escape$"
	indexes([]int{1, 2, 3}, [3]string{"a", "b", "c"}, 1) // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	calls(x)
	binary(100, "s")
	pointers(&Point{7, 8}) // ERROR "&Point\{\.\.\.\} escapes to heap$"
	conversions(x)
}
