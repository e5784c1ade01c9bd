package main

func main() {
L:
	for {
	}
L:
	goto M
	x := 1
M:
	_ = x
	break
	switch {
	case true:
		fallthrough
	}
	if true {
		continue L
	}
	goto N
	{
	N:
	}
	func() {
	O:
	}()
}
