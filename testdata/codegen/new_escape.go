// asmcheck

package main

var sink *int

// An escaping new(int) calls the allocator, on the line of the new.

func newReturned() *int {
	// x86_64:"call.*runtime\.newobject"
	// aarch64:"bl.*runtime\.newobject"
	p := new(int)
	*p = 7
	return p
}

func newToGlobal() {
	// x86_64:"call.*runtime\.newobject"
	// aarch64:"bl.*runtime\.newobject"
	q := new(int)
	sink = q
}

func movedToHeap() *int {
	// x86_64:"call.*runtime\.newobject"
	// aarch64:"bl.*runtime\.newobject"
	num := 1
	return &num
}

func main() {
	newToGlobal()
	println(*newReturned(), *movedToHeap(), *sink)
}
