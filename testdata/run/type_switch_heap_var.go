package main

import "fmt"

var gi *int
var gs *string

func f(x interface{}) {
	switch v := x.(type) {
	case int:
		gi = &v
		v++
	case string:
		gs = &v
		v += "!"
	}
}

func main() {
	f(1)
	f("a")
	fmt.Println(*gi, *gs)
	for i := 0; i < 3; i++ {
		f(i)
	}
	fmt.Println(*gi)
}
