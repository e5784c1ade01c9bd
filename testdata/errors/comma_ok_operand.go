package main

func f(x any, c chan int) {
	var s string = x.(int)
	var t string = (<-c)
	_ = x.(int) + "a"
	_, _ = s, t
}

func main() {}
