package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	}
	switch x {
	case 2:
		if true {
			fallthrough
		}
	case 3:
		fallthrough
		x++
	default:
	}
	for {
		fallthrough
	}
}
