// The values append converts to interfaces are converted where gc's noder stopped
// translating the arguments; a package-level alias denotes its type in bodies; a
// function named _ is analysed as any other.
package main

type point struct{ x, y int }

type alias = point

var sink []interface{}

func appends(xs []interface{}, c point, n int) []interface{} { // ERROR "leaking param content: xs$" "leaking param: xs to result ~r0 level=0$"
	xs = append(xs, c) // ERROR "c escapes to heap$"
	xs = append(xs, c, n, "s") // ERROR "c escapes to heap$" "n escapes to heap$" ".s. escapes to heap$"
	xs = append(xs, point{1, 2}, c) // ERROR "point\{\.\.\.\} escapes to heap$" "c escapes to heap$"
	xs = append(xs, c, 7) // ERROR "c escapes to heap$" "7 escapes to heap$"
	xs = append(xs, 7) // ERROR "7 escapes to heap$"
	ys := append([]interface{}{}, n) // ERROR "\[\]interface \{\}\{\} does not escape$" "n escapes to heap$"
	sink = append(sink, struct{}{}, [0]int{}, struct{ a int }{1}) // ERROR "struct \{\}\{\} escapes to heap$" "\[0\]int\{\} escapes to heap$" "struct \{ a int \}\{\.\.\.\} escapes to heap$"
	_ = ys
	return xs
}

func aliases() *alias {
	p := &alias{} // ERROR "&point\{\} escapes to heap$"
	q := alias{1, 2}
	var r alias
	r.x = q.y
	sink = append(sink, r, &alias{3, 4}) // ERROR "r escapes to heap$" "&point\{\.\.\.\} escapes to heap$"
	return p
}

func _() {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	sink = append(sink, p)
}

func (p point) _() *int { // ERROR "moved to heap: p$"
	return &p.x
}

func main() {
	appends(nil, point{}, 1)
	println(aliases().x)
}
