// asmcheck

package main

// gc 1.19 keeps a constant-size make of up to 64 KiB in the frame and
// allocates a larger one (or one with a non-constant size) with
// runtime.makeslice.

func make8192() int { // x86_64:func:-".*runtime\.makeslice" aarch64:func:-".*runtime\.makeslice" x86_64:func:-".*runtime\.newobject" aarch64:func:-".*runtime\.newobject"
	s := make([]int, 8192)
	s[1] = 1
	return s[1]
}

func make8193() int {
	// x86_64:"call.*runtime\.makeslice"
	// aarch64:"bl.*runtime\.makeslice"
	s := make([]int, 8193)
	s[2] = 2
	return s[2]
}

func makeN(n int) int {
	// x86_64:"call.*runtime\.makeslice"
	// aarch64:"bl.*runtime\.makeslice"
	s := make([]int, n)
	return len(s)
}

func main() {
	println(make8192(), make8193(), makeN(3))
}
