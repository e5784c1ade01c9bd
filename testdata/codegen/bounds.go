// asmcheck

package main

// Index and slice expressions that cannot be proven in range branch to a
// cold block calling the no-return runtime panic, attributed to the line of
// the expression. Constant indexes into arrays are checked at compile time.

func get(s []int, i int) int {
	// x86_64:"call.*runtime\.panicIndex"
	// aarch64:"bl.*runtime\.panicIndex"
	return s[i]
}

func set(a *[4]int, i int, v int) {
	// x86_64:"call.*runtime\.panicIndex"
	// aarch64:"bl.*runtime\.panicIndex"
	a[i] = v
}

func strByte(s string, i int) byte {
	// x86_64:"call.*runtime\.panicIndex"
	// aarch64:"bl.*runtime\.panicIndex"
	return s[i]
}

func sub(s []int, lo, hi int) []int {
	// x86_64:"call.*runtime\.panicSlice"
	// aarch64:"bl.*runtime\.panicSlice"
	return s[lo:hi]
}

func constArray() int { // x86_64:func:-".*runtime\.panicIndex" aarch64:func:-".*runtime\.panicIndex"
	var a [4]int
	a[0] = 1
	a[3] = 2
	return a[0] + a[3]
}

func main() {
	var a [4]int
	set(&a, 1, 5)
	s := []int{1, 2, 3}
	println(get(s, 1), strByte("abc", 2), len(sub(s, 1, 2)), constArray(), a[1])
}
