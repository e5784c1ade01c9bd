package main

func main() {
	x := 1
	_ = x.(int)
	var e interface{} = 1
	_ = e.(type)
	_ = e.(undefinedT)
	var y, z, w = e.(int)
	_, _, _ = y, z, w
}
