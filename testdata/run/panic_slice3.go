package main

func main() {
	var a [10]int
	i, j, k := 1, 5, 11
	println(len(a[i:j:10]))
	println(len(a[i:j:k]))
}
