package main

func classify(x int) int {
	r := 0
	switch y := x * 2; y {
	case 0, 2:
		r = 1
		fallthrough
	case 4:
		r += 10
	default:
		r = -1
	case 6:
		break
	}
	return r
}

func loops(n int) int {
	i := 0
again:
	if i < n {
		i++
		goto again
	}
outer:
	for j := 0; j < n; j++ {
		switch {
		case j > 2:
			break outer
		case j == 1:
			continue outer
		}
	}
	return i
}

func init() {
	println(classify(1), loops(3))
}

func main() {}
