// errorcheck -0 -m -l

package main

var sink *int
var sinkpp **int

func derefOnce(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func derefTwice(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func storeDeref(pp **int) { // ERROR "leaking param content: pp$"
	sink = *pp
}

func storePP(pp **int) { // ERROR "leaking param: pp$"
	sinkpp = pp
}

func addrOfParam(p *int) **int { // ERROR "moved to heap: p$"
	return &p
}

func main() {
	a := 1 // ERROR "moved to heap: a$"
	pa := &a
	ppa := &pa
	storeDeref(ppa)
	b := 2 // ERROR "moved to heap: b$"
	pb := &b // ERROR "moved to heap: pb$"
	storePP(&pb)
	println(*derefOnce(ppa), *derefTwice(&ppa), **addrOfParam(pa))
}
