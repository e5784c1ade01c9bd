package main

import "fmt"

type Cell struct {
	v    int
	next *Cell
	tag  string
}

func churn(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int64, 64)
		s[i%64] = int64(i)
		t += int(s[i%64] & 1)
	}
	return t
}

func chain(n int) *Cell {
	var head *Cell
	for i := 0; i < n; i++ {
		head = &Cell{v: i, next: head, tag: "c" + string(rune('0'+i%10))}
		if i%100 == 0 {
			churn(200)
		}
	}
	return head
}

func sum(c *Cell) (int, int) {
	s, n := 0, 0
	for ; c != nil; c = c.next {
		s += c.v
		n += len(c.tag)
	}
	return s, n
}

func middle(s []int) []int { return s[len(s)/2 : len(s)/2+3] }

func main() {
	a := chain(3000)
	b := chain(2000)
	mid := middle(make([]int, 100000))
	mid[0], mid[1], mid[2] = 7, 8, 9
	tail := make([]byte, 10, 1000)[10:]
	churn(20000)
	s1, n1 := sum(a)
	s2, n2 := sum(b)
	fmt.Println(s1, n1, s2, n2, mid, len(tail), cap(tail))
	strs := make([]string, 0)
	for i := 0; i < 5000; i++ {
		strs = append(strs, fmt0(i))
		if i%500 == 0 {
			churn(500)
		}
	}
	ok := true
	for i, s := range strs {
		if s != fmt0(i) {
			ok = false
		}
	}
	fmt.Println(len(strs), ok, strs[4999])
}

func fmt0(i int) string {
	s := ""
	for {
		s = string(rune('0'+i%10)) + s
		i /= 10
		if i == 0 {
			return s
		}
	}
}
