package main

type T struct {
	a int
	b string
}

func main() {
	t := T{1}
	u := T{a: 1, 2}
	v := T{c: 1}
	w := T{1, "a", 3}
	var q int8 = 1
	q = q + 200
	arr := [3]int{1, 2, 3, 4}
	_ = arr[5]
	var n uint = -1
	f := 3
	f()
	m := 5 % 0
	println(t, u, v, w, n, m)
}
