package main

var sink string

func main() {
	a, b, c := "ab", "cd", "ef"
	n := 0
	for i := 0; i < 3; i++ {
		s := a + b + c
		n += len(s)
	}
	sink = a + b + c
	one := "" + a + ""
	println(n, sink, one)
}
