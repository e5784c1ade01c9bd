// errorcheck -0 -m -l

package main

type T struct{ p *int }

type E interface{}

var sink interface{}
var gp *int

func pointerCase(e interface{}) *int { // ERROR "leaking param: e to result ~r0 level=0$"
	switch v := e.(type) {
	case *int:
		return v
	}
	return nil
}

func structCase(e interface{}) *int { // ERROR "leaking param: e to result ~r0 level=0$"
	switch v := e.(type) {
	case T:
		return v.p
	case int:
		return nil
	}
	return nil
}

func ifaceVar(e E) { // ERROR "leaking param: e$"
	switch v := e.(type) {
	case int, string:
		sink = v
	case nil:
	}
}

func defaultLeaks(e interface{}) { // ERROR "leaking param: e$"
	switch v := e.(type) {
	case int:
		println(v)
	default:
		sink = v
	}
}

func noVar(e interface{}) int { // ERROR "e does not escape$"
	switch e.(type) {
	case int:
		return 1
	}
	return 0
}

func scalars(e interface{}) int { // ERROR "e does not escape$"
	switch v := e.(type) {
	case int:
		return v
	case bool:
		if v {
			return 1
		}
	}
	return 0
}

func heapVar(e interface{}) { // ERROR "leaking param: e$"
	switch v := e.(type) {
	case *int:
		gp = v
	case []int:
		println(len(v))
	}
}

func boxedString(e interface{}) { // ERROR "leaking param content: e$"
	switch v := e.(type) {
	case string:
		sink = v // ERROR "v escapes to heap$"
	}
}

func local() {
	n := 1 // ERROR "moved to heap: n$"
	var e interface{} = &n
	switch v := e.(type) {
	case *int:
		gp = v
	}
	s := make([]int, 2) // ERROR "make\(\[\]int, 2\) does not escape$"
	var f interface{} = s // ERROR "s does not escape$"
	switch w := f.(type) {
	case []int:
		w[0] = 1
	}
}

func inLoop(es []interface{}) { // ERROR "leaking param content: es$"
	for _, e := range es {
		switch v := e.(type) {
		case *int:
			gp = v
		}
	}
}

func main() {
	pointerCase(nil)
	structCase(nil)
	ifaceVar(nil)
	defaultLeaks(nil)
	noVar(nil)
	scalars(nil)
	heapVar(nil)
	boxedString(nil)
	local()
	inLoop(nil)
}
