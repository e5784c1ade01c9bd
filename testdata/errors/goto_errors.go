package main

func main() {
	goto L
	x := 1
	_ = x
L:
	goto M
	{
	M:
	}
N:
	goto O
	for {
		goto P
	}
	switch {
	case true:
	P:
	}
	goto Q
Q:
Q:
	for {
		break N
	}
}
