package main

type T struct {
	n int
}

func get(t *T) int {
	return t.n
}

func main() {
	println("before")
	var t *T
	println(get(t))
}
