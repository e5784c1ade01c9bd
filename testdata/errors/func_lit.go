package main

func main() {
	f := func(a int) int {
		unused := 1
		if a > 0 {
			return a
		}
	}
	g := func() (int, string) {
		return 1
	}
	x := 3
	k := func() {
		x := "shadow"
	}
	var m func() int = func() int {
		return "s"
	}
	l := func(a, a int) {}
	n := func() { y := 1; _ = func() { y = 2 } }
	_, _, _, _, _, _ = f, g, k, m, l, n
	_ = x
}
