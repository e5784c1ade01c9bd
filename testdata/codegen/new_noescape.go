// asmcheck

package main

// A new(int) whose pointer never leaves the function lives in the frame:
// no allocator call anywhere in the function, on either target.

func newLocal() int { // x86_64:func:-".*runtime\.newobject" aarch64:func:-".*runtime\.newobject"
	t := new(int)
	*t = 1
	return *t
}

func newInLoop(n int) int { // x86_64:func:-".*runtime\.newobject" aarch64:func:-".*runtime\.newobject"
	sum := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		sum += *p
	}
	return sum
}

func addrNotEscaping() int { // x86_64:func:-".*runtime\.newobject" aarch64:func:-".*runtime\.newobject"
	x := 1
	p := &x
	*p += 2
	return x
}

func main() {
	println(newLocal(), newInLoop(4), addrNotEscaping())
}
