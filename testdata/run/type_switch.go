package main

import "fmt"

type MyInt int

type Point struct {
	X, Y int
	Name *string
}

type Any interface{}

func describe(x interface{}) {
	switch v := x.(type) {
	case nil:
		fmt.Println("nil")
	case int:
		fmt.Println("int", v+1)
	case MyInt:
		fmt.Println("MyInt", int(v)*2)
	case string, bool:
		_ = v
		fmt.Println("string or bool")
	case *int:
		*v += 10
		fmt.Println("*int", *v)
	case []int:
		v[0] = 99
		fmt.Println("[]int", len(v), cap(v))
	case Point:
		fmt.Println("Point", v.X, v.Y, *v.Name)
	case *Point:
		v.X = 7
		fmt.Println("*Point", v.X)
	case [3]byte:
		fmt.Println("[3]byte", v[0], v[2])
	case uint8:
		fmt.Println("uint8", v)
	default:
		fmt.Println("other")
	}
}

func defaultFirst(x Any) int {
	switch x.(type) {
	default:
		return 0
	case int8, int16:
		return 1
	case interface{}:
		return 2
	}
}

func defaultMiddle(x interface{}) int {
	switch y := 3; z := x.(type) {
	case int:
		return z + y
	default:
		_ = z
		return -y
	case string:
		return len(z)
	}
}

func noVar(x interface{}) string {
	s := "start"
	switch x.(type) {
	case int:
		s += " int"
	case string:
		s += " string"
	}
	return s
}

func shadow(x interface{}) int {
	v := 100
	switch x := x.(type) {
	case int:
		v += x
	case string:
		v := len(x)
		return v
	}
	return v
}

func loops(xs []interface{}) int {
	n := 0
outer:
	for i, x := range xs {
		switch v := x.(type) {
		case int:
			if v < 0 {
				break outer
			}
			if v == 0 {
				break
			}
			n += v
			continue
		case string:
			if v == "skip" {
				continue outer
			}
		}
		n += 1000 * (i + 1)
	}
	return n
}

func labeled(x interface{}) int {
	r := 0
sw:
	switch v := x.(type) {
	case int:
		for i := 0; i < 10; i++ {
			if i == v {
				break sw
			}
			r += i
		}
		r = -1
	}
	return r
}

func firstMatch(x interface{}) string {
	switch x.(type) {
	case interface{}:
		return "any"
	case int:
		return "int"
	}
	return "none"
}

func nested(x, y interface{}) int {
	switch a := x.(type) {
	case int:
		switch b := y.(type) {
		case int:
			return a + b
		case string:
			return a + len(b)
		}
	}
	return -1
}

func multiNil(x interface{}) bool {
	switch v := x.(type) {
	case nil, int:
		return v == nil
	}
	return false
}

func anyVar(x interface{}) interface{} {
	switch v := x.(type) {
	case interface{}:
		return v
	}
	return "was nil"
}

func main() {
	name := "pt"
	n := 5
	s := []int{1, 2, 3}
	var si interface{} = s
	values := []interface{}{nil, 1, MyInt(3), "hi", true, &n, si, Point{1, 2, &name}, &Point{Name: &name}, [3]byte{1, 2, 3}, byte(9), 2.5, int64(4)}
	for _, v := range values {
		describe(v)
	}
	fmt.Println(n, s[0])
	var a Any = int8(1)
	fmt.Println(defaultFirst(a), defaultFirst(nil), defaultFirst("x"), defaultFirst(int16(2)))
	fmt.Println(defaultMiddle(1), defaultMiddle(nil), defaultMiddle("str"))
	fmt.Println(noVar(1), noVar("a"), noVar(nil))
	fmt.Println(shadow(1), shadow("abc"), shadow(nil))
	fmt.Println(loops([]interface{}{1, 0, "skip", "x", 2, -1, 5}))
	fmt.Println(labeled(3), labeled(20), labeled("x"))
	fmt.Println(firstMatch(1), firstMatch(nil))
	fmt.Println(nested(1, 2), nested(1, "ab"), nested("b", 1))
	fmt.Println(multiNil(nil), multiNil(1), multiNil("x"))
	fmt.Println(anyVar(7), anyVar(nil))
}
