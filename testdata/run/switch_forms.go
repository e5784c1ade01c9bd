package main

import "fmt"

func sign(x int) string {
	switch {
	case x < 0:
		return "negative"
	case x == 0:
		return "zero"
	default:
		return "positive"
	}
}

// A switch whose every clause ends in a terminating statement and that has a
// default is terminating: no return after it.
func name(d int) string {
	switch d {
	case 0:
		return "sun"
	case 6:
		return "sat"
	default:
		if d < 0 || d > 6 {
			panic("bad day")
		}
		return "weekday"
	}
}

var calls int

func val(n int) int {
	calls++
	fmt.Println("  eval case", n)
	return n
}

type point struct {
	x, y int
}

func main() {
	fmt.Println(sign(-3), sign(0), sign(9))
	for d := 0; d < 7; d++ {
		fmt.Println(d, name(d))
	}

	// Several values per case, default in the middle, strings, bytes.
	for _, s := range []string{"a", "b", "c", "zz", ""} {
		switch s {
		case "a", "b":
			fmt.Println(s, "is a or b")
		default:
			fmt.Println(s, "is something else")
		case "c":
			fmt.Println(s, "is c")
		case "":
			fmt.Println("empty")
		}
	}
	var b byte = 'x'
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	case 'x':
		fmt.Println("x marks")
	}

	// Case values are evaluated in order, left to right, only until one matches.
	switch t := val(2); t {
	case val(1), val(2), val(3):
		fmt.Println("matched 2 after", calls, "calls")
	case val(4):
		fmt.Println("not reached")
	}

	// The tag is evaluated once.
	n := 0
	switch n++; n {
	case 1:
		n = 10
		fmt.Println("n was 1, now", n)
	case 10:
		fmt.Println("wrong: tag re-evaluated")
	}

	// Struct, pointer, bool and int64 tags.
	p := point{1, 2}
	switch p {
	case point{2, 1}:
		fmt.Println("swapped")
	case point{1, 2}:
		fmt.Println("point 1 2")
	}
	q := &p
	var nilp *point
	switch q {
	case nilp:
		fmt.Println("nil")
	case &p:
		fmt.Println("same pointer")
	}
	switch ok := len(sign(p.x)) > 4; ok {
	case true:
		fmt.Println("long")
	case false:
		fmt.Println("short")
	}
	var big int64 = 1 << 40
	switch big {
	case 1 << 40:
		fmt.Println("2^40")
	}

	// A switch with no clauses, and an empty default.
	switch val(7) {
	}
	switch {
	default:
	}

	// Variables declared in a clause are per clause.
	for i := 0; i < 3; i++ {
		switch x := i * 2; {
		case x > 2:
			y := x + 1
			fmt.Println("big", y)
		default:
			y := "small"
			fmt.Println(y, x)
		}
	}
}
