package main

type T struct{ a int }

func main() {
	var p *int
	var t *T
	var s []int
	var b []byte
	println(p, t, s == nil)
	println(s, b)
	print(p, " ", s, "\n")
	var arr *[3]int
	n := 0
	for i := range arr {
		n += i
	}
	println(n, len(arr), cap(arr))
	println(1<<63-1, -1<<63, uint64(1<<64-1))
}
