package main

import "fmt"

type T struct{ a, b int }
type P struct{ p *int }
type E interface{}

func get(e interface{}) (int, bool) {
	v, ok := e.(int)
	return v, ok
}

func main() {
	var e interface{} = 42
	fmt.Println(e.(int))
	fmt.Println(get(e))
	fmt.Println(get("x"))
	var t interface{} = T{1, 2}
	x := t.(T)
	fmt.Println(x.a+x.b, t.(T).b)
	n := 3
	var p interface{} = P{&n}
	fmt.Println(*p.(P).p)
	var s interface{} = "str"
	str, ok := s.(string)
	fmt.Println(str, ok)
	var bad T
	bad, ok = s.(T)
	fmt.Println(bad, ok)
	var ee E = 1.5
	f, ok2 := ee.(float64)
	fmt.Println(f, ok2)
	var any2 interface{}
	ai, ok3 := any2.(interface{})
	fmt.Println(ai, ok3)
	ai, ok3 = e.(interface{})
	fmt.Println(ai, ok3)
	_, ok = e.(string)
	fmt.Println(ok)
	var sl interface{} = []int{1, 2, 3}
	fmt.Println(len(sl.([]int)), sl.([]int)[2])
	fmt.Println(s.(int))
}
