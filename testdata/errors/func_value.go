package main

func add(a, b int) int { return a + b }

func main() {
	var z int
	z()
	f := add
	f(1)
	h := func() int { return 1 }
	if h == nil || h != nil {
	}
	func() int { return 1 }
}
