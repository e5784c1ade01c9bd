package main

import "fmt"

type E interface{}

func check(x E) {
	switch v := x.(type) {
	case nil:
		fmt.Println("nil operand")
	case int:
		if v > 2 {
			panic("too big")
		}
		fmt.Println("int", v)
	case *int:
		fmt.Println("deref", *v)
	}
}

func main() {
	check(nil)
	check(1)
	n := 2
	check(&n)
	check(3)
	check(n)
}
