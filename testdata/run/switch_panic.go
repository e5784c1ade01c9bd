package main

import "fmt"

func pick(xs []int, i int) int {
	switch xs[i] {
	case 1:
		return 10
	default:
		return 0
	}
}

func main() {
	fmt.Println(pick([]int{1, 2}, 0))
	fmt.Println(pick([]int{1, 2}, 1))
	for i := 0; i < 3; i++ {
		switch i {
		case 2:
			var p *int
			fmt.Println("about to panic")
			fmt.Println(*p)
		default:
			fmt.Println("case", i, pick([]int{1, 2}, i))
		}
	}
}
