// errorcheck -0 -m -l

package main

var sink *int

type box struct {
	p *int
}

// Switch tags and case values are evaluated for nothing but the comparison.
func tagAndCases(a, b *int, n int) int { // ERROR "a does not escape$" "b does not escape$"
	switch a {
	case b:
		return 1
	case new(int): // ERROR "new\(int\) does not escape$"
		return 2
	}
	switch {
	case a == &n:
		return 3
	}
	return 0
}

// What a clause stores still flows as written.
func clauseStores(x *int, k int) *int { // ERROR "leaking param: x to result ~r0 level=0$"
	var p *int
	switch k {
	case 0:
		p = x
	case 1:
		p = new(int) // ERROR "new\(int\) escapes to heap$"
	default:
		sink = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return p
}

// A label a later goto jumps back to makes the rest of its block a loop.
func gotoLoop(n int) int {
	var last *int
	i := 0
top:
	v := new(int) // ERROR "new\(int\) escapes to heap$"
	*v = i
	last = v
	i++
	if i < n {
		goto top
	}
	return *last
}

// A forward goto makes no loop.
func gotoForward(n int) int {
	var p *int
	if n > 0 {
		goto skip
	}
	p = new(int) // ERROR "new\(int\) does not escape$"
	*p = n
skip:
	q := new(int) // ERROR "new\(int\) does not escape$"
	return *q + n
}

// A looping label inside a clause deepens only that clause.
func loopInClause(k int) int {
	var p *int
	switch k {
	case 1:
	again:
		p = new(int) // ERROR "new\(int\) escapes to heap$"
		if *p == 0 && k > 5 {
			goto again
		}
	default:
		p = new(int) // ERROR "new\(int\) does not escape$"
	}
	return *p
}

func labeledSwitch(xs []*int) *box { // ERROR "leaking param content: xs$"
	b := &box{} // ERROR "&box\{\} escapes to heap$"
sw:
	switch len(xs) {
	case 0:
		break sw
	default:
		for _, x := range xs {
			if x != nil {
				b.p = x
				break sw
			}
		}
	}
	return b
}

func main() {}
