package main

type pair struct {
	xs []int
}

func f() int { return 1 }

func main() {
	x := 1
	switch x {
	case f():
	case f():
	}
	switch s := "a"; s {
	case "a", "b", "a":
	}
	var p pair
	switch p {
	}
	var b byte
	switch b {
	case 'a':
	case 97:
	case 300:
	}
	var i64 int64
	switch i64 {
	case x:
	}
	switch {
	case 1 < 2, true:
	case false:
	case x == 1:
	}
}
