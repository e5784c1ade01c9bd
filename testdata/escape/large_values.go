// errorcheck -0 -m -l

package main

const N = 10 << 20

type Big struct {
	data [N]byte
	n    int
}

type Implicit struct {
	words [8192]int
}

type Implicit1 struct {
	words [8192]int
	extra byte
}

func declared() int {
	var exact [N]byte
	var over [N + 1]byte // ERROR "moved to heap: over$"
	exact[1] = 1
	over[2] = 2
	return int(exact[1]) + int(over[2])
}

func declaredLiteral(k int) int {
	a := [N]byte{5: 1}
	b := [N + 1]byte{5: 2} // ERROR "moved to heap: b$"
	c := Big{n: k}         // ERROR "moved to heap: c$"
	return int(a[5]) + int(b[5]) + c.n
}

func implicit() int {
	p := &Implicit{}             // ERROR "&Implicit{} does not escape$"
	q := &Implicit1{extra: 1}    // ERROR "&Implicit1{...} escapes to heap$"
	r := new([1 << 13]int)       // ERROR "new\(\[8192\]int\) does not escape$"
	s := new([1<<13 + 1]int)     // ERROR "new\(\[8193\]int\) escapes to heap$"
	t := &[N / 1024]int{3: 1}    // ERROR "&\[10240\]int{...} escapes to heap$"
	return p.words[0] + int(q.extra) + r[0] + s[0] + t[3]
}

func sliceLiterals() int {
	a := []byte{100000: 1} // ERROR "\[\]byte{...} does not escape$"
	b := make([]byte, 100001) // ERROR "make\(\[\]byte, 100001\) escapes to heap$"
	return int(a[100000]) + len(b)
}

func makeSizes(n int) int {
	a := make([]byte, 10, 1<<31)   // ERROR "make\(\[\]byte, 10, 1 << 31\) escapes to heap$"
	b := make([]byte, 1<<31-1)     // ERROR "make\(\[\]byte, 1 << 31 - 1\) escapes to heap$"
	c := make([]struct{}, 1<<30)   // ERROR "make\(\[\]struct {}, 1 << 30\) does not escape$"
	d := make([]int, n)            // ERROR "make\(\[\]int, n\) escapes to heap$"
	e := make([]int, n, 1<<13)     // ERROR "make\(\[\]int, n, 1 << 13\) does not escape$"
	f := make([]int, n, 1<<13+1)   // ERROR "make\(\[\]int, n, 1 << 13 \+ 1\) escapes to heap$"
	return len(a) + len(b) + len(c) + len(d) + cap(e) + cap(f)
}

func param(a [N + 1]byte) byte {
	return a[3]
}

func result() (r [N + 1]byte) {
	r[4] = 4
	return
}

func main() {
	var x [N + 1]byte // ERROR "moved to heap: x$"
	r := result()     // ERROR "moved to heap: r$"
	println(declared(), declaredLiteral(1), implicit(), sliceLiterals(), makeSizes(3), param(x), r[4])
}
