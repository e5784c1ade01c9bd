package main

func main() {
	n := -1
	s := make([]int, 0, 2)
	println(len(s))
	s = make([]int, n)
	println(len(s))
}
