// An embedded field renamed by an alias makes a distinct struct type: `struct{ int }`
// and `struct{ Int }` (with `type Int = int`) differ, though gc prints both as
// `struct { int }`; so do two local `struct{ C }` with different aliases C.
package main

import "fmt"

type Int = int

type A = struct{ int }
type B = struct{ Int }

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Printf("%T %T %v\n", x, y, x == y)
	var z interface{} = struct{ int }{}
	fmt.Println(x == z, y == z)
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	fmt.Printf("%T %T %v\n", x, y, x == y)
	switch y.(type) {
	case struct{ uint32 }:
		fmt.Println("uint32 field named uint32")
	default:
		fmt.Println("field named C")
	}
}
