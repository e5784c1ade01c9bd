package main

import "fmt"

// Two local types with one name, each with a method promoted from an embedded
// interface, in interfaces: distinct descriptors, itabs and wrappers.

type I interface{ M() int }

type T int

func (t T) M() int { return int(t) }

func a() I {
	type L struct{ I }
	return L{T(1)}
}

func b() I {
	type L struct {
		n int
		I
	}
	return L{5, T(2)}
}

func c(x interface{}) bool {
	type L struct{ I }
	_, ok := x.(L)
	return ok
}

func main() {
	ia, ib := a(), b()
	fmt.Println(ia.M(), ib.M())
	fmt.Println(c(a()), c(b()))
	var x interface{} = a()
	_, ok := x.(I)
	fmt.Println(ok)
}
