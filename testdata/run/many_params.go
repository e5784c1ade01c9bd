package main

import "fmt"

type V3 struct{ X, Y, Z int64 }

type Mixed struct {
	A int8
	B int64
	C int16
	D string
	E bool
	F [3]uint8
}

func many(a int, b int8, c int16, d int32, e int64, f uint, g uint8, h uint16, i uint32, j uint64, k string, l bool, m []int, n *int, o rune, p byte) (int, string) {
	s := a + int(b) + int(c) + int(d) + int(e) + int(f) + int(g) + int(h) + int(i) + int(j) + len(k) + len(m) + *n + int(o) + int(p)
	if l {
		s = -s
	}
	return s, k + "!"
}

func vecs(a, b, c, d V3, s int64) (V3, V3) {
	return V3{a.X + b.X + c.X + d.X, a.Y * s, a.Z - d.Z}, V3{d.Z, c.Y, b.X}
}

func mixed(m Mixed, n Mixed, k int) (Mixed, int, Mixed) {
	m.A += n.A
	m.F[k] = 99
	n.D += m.D
	return n, int(m.A) + k, m
}

func results() (int8, int16, int32, int64, uint8, uint16, uint32, uint64, string, bool, [2]int, V3) {
	return -1, -2, -3, -4, 5, 6, 7, 8, "nine", true, [2]int{10, 11}, V3{12, 13, 14}
}

func main() {
	n := 7
	fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "eleven", false, []int{1, 2}, &n, 'A', 'b'))
	fmt.Println(many(1, -2, -3, -4, -5, 6, 255, 65535, 1<<32-1, 1<<63, "", true, nil, &n, -1, 0))
	a, b := vecs(V3{1, 2, 3}, V3{4, 5, 6}, V3{7, 8, 9}, V3{10, 11, 12}, 3)
	fmt.Println(a, b)
	m1 := Mixed{1, 2, 3, "m1", true, [3]uint8{1, 2, 3}}
	m2 := Mixed{A: 10, D: "m2"}
	x, y, z := mixed(m1, m2, 2)
	fmt.Println(x, y, z, m1, m2)
	fmt.Println(results())
	r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12 := results()
	fmt.Println(r12, r11, r10, r9, r8, r7, r6, r5, r4, r3, r2, r1)
}
