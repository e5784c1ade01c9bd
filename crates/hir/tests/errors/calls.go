package main

func f(x int) int { return x }

func main() {
	f("a")
	f(1, 2)
	f()
	var s []int
	s = append(s, "x")
	s = append(s, s...)
	s = append(s, 1, s...)
	n := copy(s, s)
	var b []byte
	b = append(b, "xy"...)
	_ = len(b) + cap(b) + n
	var z = nil
	var k int = "a" + "b"
	if x := 1; x {
	}
	for i := 0; i; i++ {
	}
}
