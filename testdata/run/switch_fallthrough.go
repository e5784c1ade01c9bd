package main

import "fmt"

func grade(score int) []string {
	var out []string
	switch {
	case score >= 90:
		out = append(out, "A")
		fallthrough
	case score >= 80:
		out = append(out, "B")
		fallthrough
	case score >= 70:
		out = append(out, "C")
	case score >= 60:
		out = append(out, "D")
	default:
		out = append(out, "F")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 10} {
		fmt.Println(s, grade(s))
	}
	// fallthrough into default, and from default into the next clause.
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Println(i, "zero")
			fallthrough
		default:
			fmt.Println(i, "default")
			fallthrough
		case 1:
			fmt.Println(i, "one")
		case 2:
			fmt.Println(i, "two")
		}
	}
	// fallthrough does not test the next case's values.
	x := 5
	switch x {
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fell through)")
		fallthrough
	case 7:
		fmt.Println("seven (fell through)")
	case 8:
		fmt.Println("not reached")
	}
}
