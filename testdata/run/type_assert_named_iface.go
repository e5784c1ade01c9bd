package main

type E interface{}

type T struct{ s string }

func main() {
	var e E = T{"a"}
	println(e.(T).s)
	_ = e.(*T)
}
