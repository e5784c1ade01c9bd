// errorcheck -0 -m -l

package main

func make8191() int {
	s := make([]int, 8191) // ERROR "make\(\[\]int, 8191\) does not escape$"
	s[1] = 1
	return s[1]
}

func make8192() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	s[2] = 2
	return s[2]
}

func make8193() int {
	s := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	s[3] = 3
	return s[3]
}

func makeBytes() int {
	a := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	b := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return len(a) + len(b)
}

func newArrays() int {
	p := new([8192]int) // ERROR "new\(\[8192\]int\) does not escape$"
	q := new([8193]int) // ERROR "new\(\[8193\]int\) escapes to heap$"
	p[0] = 1
	q[0] = 2
	return p[0] + q[0]
}

func bigLocalArray() int {
	var arr [8193]int
	arr[5] = 5
	return arr[5]
}

func main() {
	println(make8191(), make8192(), make8193(), makeBytes(), newArrays(), bigLocalArray())
}
