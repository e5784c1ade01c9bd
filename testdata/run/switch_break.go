package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	r, c := -1, -1
search:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v == want:
				r, c = i, j
				break search
			case v < 0:
				continue search
			}
		}
	}
	return r, c
}

func main() {
	// break leaves the switch, not the loop.
	for i := 0; i < 5; i++ {
		switch i {
		case 1:
			fmt.Println("one, break")
			break
		case 3:
			if i == 3 {
				fmt.Println("three, break early")
				break
			}
			fmt.Println("not reached")
		default:
			fmt.Println(i)
		}
		fmt.Println("after switch", i)
	}
	// Labeled break of the switch itself from a loop inside it.
	count := 0
sw:
	switch {
	case true:
		for {
			count++
			if count == 3 {
				break sw
			}
		}
	}
	fmt.Println("count", count)
	// Labeled continue and break of an enclosing loop from inside a switch.
	grid := [][]int{{1, 2}, {-1, 7}, {3, 4}, {5, 6}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 7))
	fmt.Println(find(grid, 9))
	// Unlabeled continue inside a switch continues the loop.
	sum := 0
	for i := 0; i < 10; i++ {
		switch i % 3 {
		case 0:
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)
}
