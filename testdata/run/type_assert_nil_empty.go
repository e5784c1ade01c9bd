package main

type E interface{}

func main() {
	var x E = 1
	var y interface{} = x.(interface{})
	println(y != nil)
	var e E
	_ = e.(interface{})
}
