package main

func main() {
	var e interface{}
	println(e == nil)
	_ = e.([]int)
}
