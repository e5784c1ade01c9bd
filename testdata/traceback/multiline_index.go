package main

func make3() []int {
	return make([]int, 3)
}

func at(i int) int {
	return make3(
	)[i]
}

func main() {
	println(at(1))
	println(at(3))
}
