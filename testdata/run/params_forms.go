package main

import "fmt"

type Bytes []byte
type Flag bool

func ignore(_ int, b int) int { return b }

func unnamed(int, string) bool { return true }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t + len(xs)
}

func prefix(p string, xs ...string) []string {
	for i := range xs {
		xs[i] = p + xs[i]
	}
	return xs
}

func mk(n int) Bytes {
	b := make(Bytes, n)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

func main() {
	fmt.Println(ignore(1, 2), unnamed(0, ""))
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), nums)
	ss := []string{"a", "b"}
	r := prefix("x-", ss...)
	fmt.Println(r, ss, prefix("y"), prefix("z", "q") == nil)
	b := mk(3)
	b = append(b, 9)
	var nb Bytes
	fmt.Println(b, len(b), nb == nil, nb)
	var f Flag = true
	fmt.Println(f, !f)
	var x, y int = 1, 2
	fmt.Println(x, y)
	s := []int{1, 2}
	ps := &s
	fmt.Println(ps, *ps, len(*ps))
	arr := [2]bool{true}
	pa := &arr
	fmt.Println(pa)
}
