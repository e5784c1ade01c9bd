// errorcheck -0 -m -l

package main

func storeInLocalSlice() int {
	s := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	a := 1 // ERROR "moved to heap: a$"
	s[0] = &a
	return *s[0]
}

func storeInParamSlice(s []*int) { // ERROR "s does not escape$"
	b := 2 // ERROR "moved to heap: b$"
	s[0] = &b
}

func storeViaAppend() []*int {
	var s []*int
	c := 3 // ERROR "moved to heap: c$"
	s = append(s, &c)
	return s
}

func storeLiteral() int {
	d, e := 4, 5
	s := []*int{&d, &e} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *s[0] + *s[1]
}

func storeParam(s []*int, p *int) { // ERROR "s does not escape$" "leaking param: p$"
	s[0] = p
}

func main() {
	s := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape$"
	storeInParamSlice(s)
	x := 6 // ERROR "moved to heap: x$"
	storeParam(s, &x)
	println(storeInLocalSlice(), len(storeViaAppend()), storeLiteral(), *s[0])
}
