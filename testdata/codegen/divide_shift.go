// asmcheck

package main

// Division by a variable checks for zero (runtime.panicdivide); division by
// a non-zero constant does not. Shifting by a signed variable checks for a
// negative count (runtime.panicshift); by an unsigned one it does not.

func div(a, b int) int {
	// x86_64:"call.*runtime\.panicdivide"
	// aarch64:"bl.*runtime\.panicdivide"
	return a / b
}

func mod(a, b uint8) uint8 {
	// x86_64:"call.*runtime\.panicdivide"
	// aarch64:"bl.*runtime\.panicdivide"
	return a % b
}

func divConst(a int) int { // x86_64:func:-".*runtime\.panicdivide" aarch64:func:-".*runtime\.panicdivide"
	return a/7 + a%3
}

func shiftSigned(x int, s int) int {
	// x86_64:"call.*runtime\.panicshift"
	// aarch64:"bl.*runtime\.panicshift"
	return x << s
}

func shiftUnsigned(x int, s uint) int { // x86_64:func:-".*runtime\.panicshift" aarch64:func:-".*runtime\.panicshift"
	return x << s
}

func main() {
	println(div(7, 2), mod(9, 4), divConst(100), shiftSigned(1, 3), shiftUnsigned(1, 4))
}
