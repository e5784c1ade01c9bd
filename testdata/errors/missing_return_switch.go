package main

func noDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func breakInClause(x int) int {
	switch x {
	case 1:
		if x > 0 {
			break
		}
		return 1
	default:
		return 0
	}
}

func fallsOff(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		x++
	}
}

func labeledBreak(x int) int {
L:
	for {
		switch x {
		case 1:
			break L
		}
	}
}

func terminating(x int) int {
	switch {
	case x > 0:
		fallthrough
	case x < 0:
		return 1
	default:
		panic("zero")
	}
}

func gotoEnd(x int) int {
L:
	x++
	goto L
}

func labeledLoopBreakInner(x int) int {
L:
	for {
		switch x {
		case 1:
			break
		}
		for {
			break
		}
	}
	goto L
}

func main() {
	_ = noDefault(1) + breakInClause(1) + fallsOff(1) + labeledBreak(1)
	_ = terminating(1) + gotoEnd(1) + labeledLoopBreakInner(1)
}
