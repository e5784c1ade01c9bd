package main

import "fmt"

type Celsius int
type Fahrenheit int
type ID uint16
type Name string
type Names []Name
type Grid [2][2]Celsius
type A struct{ x, y int }
type B A
type PA *A

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }


func main() {
	c := Celsius(100)
	fmt.Println(c, toF(c), toF(-40))
	var id ID = 65535
	id++
	fmt.Println(id, ID(7000), uint16(id)+1)
	n := Name("bob")
	ns := Names{n, "alice"}
	ns = append(ns, Name("carol"))
	fmt.Println(ns, len(ns), string(ns[0])+"!", ns[1] < ns[0])
	var g Grid
	g[1][0] = 37
	fmt.Println(g)
	a := A{1, 2}
	b := B(a)
	b.x = 10
	fmt.Println(a, b, A(b) == a)
	var pa PA = &a
	pa.y = 20
	fmt.Println(a, *pa)
	var cs []Celsius
	for i := 0; i < 3; i++ {
		cs = append(cs, Celsius(i*10))
	}
	fmt.Println(cs)
}
