package main

func walk(xs []int) int {
	i := 0
	total := 0
next:
	switch xs[i] {
	case 0:
		return total
	default:
		total += xs[i]
	}
	i++
	goto next
}

func main() {
	println(walk([]int{1, 2, 0}))
	println(walk([]int{1, 2, 3}))
}
