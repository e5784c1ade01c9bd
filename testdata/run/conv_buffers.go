package main

var sink, sink1, sinkR string

func main() {
	b := []byte("hello, world")
	r := []rune("héllo")
	n := 0
	for i := 0; i < 3; i++ {
		s := string(b)
		t := string(r)
		u := string(rune(65 + i))
		n += len(s) + len(t) + len(u)
		println(s, t, u)
	}
	sink = string(b)
	sink1 = string(b[:1])
	sinkR = string(r)
	println(n, sink, sink1, sinkR)
}
