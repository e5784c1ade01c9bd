// errorcheck -0 -m -l

package main

var sink *int
var sinkSlice []*int

func contentToGlobal(pp **int) { // ERROR "leaking param content: pp$"
	sink = *pp
}

func contentToResult(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func sliceContent(s []*int) { // ERROR "leaking param content: s$"
	sink = s[0]
}

func sliceContentResult(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

func sliceLeak(s []*int) { // ERROR "leaking param: s$"
	sinkSlice = s
}

type Holder struct {
	P *int
	N int
}

func holderContent(h *Holder) *int { // ERROR "leaking param: h to result ~r0 level=1$"
	return h.P
}

func holderValue(h Holder) *int { // ERROR "leaking param: h to result ~r0 level=0$"
	return h.P
}

func holderNoLeak(h *Holder) int { // ERROR "h does not escape$"
	return h.N
}

func main() {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	pa := &a
	contentToGlobal(&pa)
	s := []*int{&b} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
	sliceContent(s)
	sliceLeak(s)
	h := &Holder{P: &b} // ERROR "&Holder\{\.\.\.\} does not escape$"
	println(*contentToResult(&pa), *sliceContentResult(s), *holderContent(h), *holderValue(*h), holderNoLeak(h))
}
