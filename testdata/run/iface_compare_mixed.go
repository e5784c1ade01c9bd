package main

func t(args ...interface{}) bool {
	x := true
	return x == args[0]
}

func main() {
	var e interface{} = 3
	n := 3
	println(e == n, n == e, e != n, t(true), t(false), t(1))
	var s interface{} = "hi"
	println(s == "hi", "ho" == s)
}
