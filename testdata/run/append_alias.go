package main

import "fmt"

type E struct {
	k int
	s string
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []E, i int, e E) []E {
	s = append(s, E{})
	copy(s[i+1:], s[i:])
	s[i] = e
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = remove(s, 0)
	s = remove(s, len(s)-1)
	fmt.Println(s, len(s), cap(s))
	s = append(s, s...)
	fmt.Println(s, cap(s))
	s = append(s[:2], s[3:]...)
	fmt.Println(s)
	es := []E{{1, "a"}, {3, "c"}}
	es = insert(es, 1, E{2, "b"})
	es = insert(es, 0, E{0, "z"})
	es = insert(es, len(es), E{9, "end"})
	fmt.Println(es, len(es), cap(es))
	t := make([]int, 0, 3)
	t = append(t, 1)
	u := append(t, 2)
	v := append(t, 3)
	fmt.Println(t, u, v)
	w := append(u[:1], u[1:]...)
	fmt.Println(w)
	n := copy(s, s)
	fmt.Println(n, s)
	st := []string{"x"}
	for i := 0; i < 5; i++ {
		st = append(st, st...)
	}
	fmt.Println(len(st), cap(st))
	var bs []byte
	bs = append(bs, "héllo"...)
	bs = append(bs[:1], bs[3:]...)
	fmt.Println(string(bs), len(bs), cap(bs))
}
