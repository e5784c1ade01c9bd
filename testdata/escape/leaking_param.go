// errorcheck -0 -m -l

package main

var sink *int

func leakToGlobal(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func leakToResult(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func leakSecond(p, q *int) *int { // ERROR "p does not escape$" "leaking param: q to result ~r0 level=0$"
	*p = 1
	return q
}

func noLeak(p *int) int { // ERROR "p does not escape$"
	return *p + 1
}

func leakBoth(p *int, q *int, first bool) *int { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: q to result ~r0 level=0$"
	if first {
		return p
	}
	return q
}

func leakSlice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func noLeakSlice(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func leakString(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s
}

func main() {
	x, y := 1, 2 // ERROR "moved to heap: x$"
	leakToGlobal(&x)
	println(*leakToResult(&y), *leakSecond(&x, &y), noLeak(&y), *leakBoth(&x, &y, true))
	println(len(leakSlice([]int{1, 2})), noLeakSlice([]int{3}), leakString("s")) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
