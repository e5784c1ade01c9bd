package main

import "fmt"

type T struct{ a, b int }

func main() {
	var xs = []interface{}{T{1, 2}, (*T)(nil)}
	for _, x := range xs {
		switch v := x.(type) {
		case T:
			fmt.Println("T", v.a, v.b)
		case *T:
			fmt.Println("*T", v.b)
		}
	}
}
