package main

import "fmt"

type P struct{ a, b int }

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	b := make([]byte, 3)
	n = copy(b, []byte{9, 8, 7, 6, 5})
	fmt.Println(n, b)
	n = copy(b, "xyz!")
	fmt.Println(n, b)
	n = copy(b[1:], "q")
	fmt.Println(n, b)
	ps := []P{{1, 2}, {3, 4}, {5, 6}}
	n = copy(ps[1:], ps)
	fmt.Println(n, ps)
	var empty []int
	fmt.Println(copy(empty, s), copy(s, empty))
	arr := [5]int16{1, 2, 3, 4, 5}
	n = copy(arr[1:], arr[:])
	fmt.Println(n, arr)
	strs := []string{"a", "b", "c", "d"}
	copy(strs[1:3], strs[2:])
	fmt.Println(strs)
	big := make([]int64, 1000)
	for i := range big {
		big[i] = int64(i * i)
	}
	copy(big[1:], big[:999])
	fmt.Println(big[0], big[1], big[500], big[999])
}
