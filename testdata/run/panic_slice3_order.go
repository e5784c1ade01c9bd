package main

func main() {
	s := make([]int, 10)
	i, j, k := 1, 5, 4
	println(cap(s[i:j:k]))
}
