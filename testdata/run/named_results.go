package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(s []int) (min int, max int, ok bool) {
	if len(s) == 0 {
		return
	}
	min, max = s[0], s[0]
	for _, v := range s[1:] {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	ok = true
	return min, max, ok
}

func shadow(x int) (y int) {
	y = x
	{
		y := y * 100
		_ = y
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func swap(a, b string) (string, string) { return b, a }

func pass() (int, string, bool) { return three() }

func sum3(a int, b string, c bool) int {
	if c {
		return a + len(b)
	}
	return a
}

type Pair struct{ A, B int }

func mkpair(a, b int) (p Pair, pp *Pair) {
	p = Pair{a, b}
	pp = &Pair{b, a}
	return
}

func main() {
	fmt.Println(divmod(17, 5))
	q, r := divmod(-17, 5)
	fmt.Println(q, r)
	fmt.Println(minmax([]int{3, -1, 9, 4}))
	fmt.Println(minmax(nil))
	fmt.Println(shadow(7))
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(swap("x", "y"))
	fmt.Println(sum3(pass()))
	p, pp := mkpair(1, 2)
	fmt.Println(p, pp, *pp)
	var x, y = swap("p", "q")
	fmt.Println(x, y)
	x, y = swap(x, y)
	fmt.Println(x + y)
}
