package main

func main() {
	switch x := 3; {
	}
	switch y := 1; y {
	case 1:
		z := 2
	}
	switch {
	case true:
		w := 1
		_ = w
	}
}
