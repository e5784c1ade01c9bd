// errorcheck -0 -m -l

package main

var gi *int
var gs *string
var ge *interface{}

func f(x interface{}) { // ERROR "leaking param: x$"
	switch v := x.(type) {
	case int: // ERROR "moved to heap: v$"
		gi = &v
	case string: // ERROR "moved to heap: v$"
		gs = &v
	default: // ERROR "moved to heap: v$"
		ge = &v
	}
}

func main() { f(1) } // ERROR "1 escapes to heap$"
