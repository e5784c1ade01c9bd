package main

func f() int { return 1 }

func main() {
	x := 1
	s := "a"
	switch x {
	case 1, 2:
	case 1:
	case "a":
	case 1.5:
	case s:
	}
	switch {
	case x:
	case x > 1:
	}
	switch y := 2; y {
	default:
	case 3:
	default:
	}
	var sl []int
	switch sl {
	case nil:
	case sl:
	}
	switch nil {
	}
	switch 1 << 70 {
	}
	const c = 2
	switch x {
	case c:
	case 1 + 1:
	case f():
	case f():
	}
	switch s {
	case "a", "b", "a":
	}
}
