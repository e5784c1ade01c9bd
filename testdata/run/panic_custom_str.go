package main

func f(d int) {
	if d == 3 {
		panic("depth " + string(rune('0'+d)) + " reached")
	}
	f(d + 1)
}

func main() {
	f(0)
}
