package main

import (
	"fmt"
	"runtime"
)

// Objects of many size classes and large ones, kept only through interior pointers and
// sub-slices while garbage churns through several collections: every kept value must
// survive intact.

type small struct {
	a    [3]int
	next *small
}

type medium struct {
	a    [100]int
	next *medium
}

type large struct {
	a    [5000]int
	next *large
}

var sink []byte

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 16+i%3000)
	}
}

func main() {
	big := new([100000]int)
	for i := range big {
		big[i] = i * 3
	}
	mid := &big[50000] // the only reference once big is dropped
	tail := big[99990:]
	big = nil

	var s *small
	var m *medium
	var l *large
	for i := 0; i < 300; i++ {
		s = &small{[3]int{i, i + 1, i + 2}, s}
		if i%3 == 0 {
			m = &medium{next: m}
			m.a[99] = i
		}
		if i%30 == 0 {
			l = &large{next: l}
			l.a[4999] = i
		}
		churn(200)
	}
	runtime.GC()
	words := make([]string, 0)
	for i := 0; i < 2000; i++ {
		words = append(words, fmt.Sprint("w", i))
		churn(10)
	}
	runtime.GC()
	churn(100000)

	sum := 0
	for p := s; p != nil; p = p.next {
		sum += p.a[0] + p.a[1] + p.a[2]
	}
	msum, mn := 0, 0
	for p := m; p != nil; p = p.next {
		msum += p.a[99]
		mn++
	}
	lsum, ln := 0, 0
	for p := l; p != nil; p = p.next {
		lsum += p.a[4999]
		ln++
	}
	fmt.Println(*mid, tail[0], tail[9], len(tail), cap(tail))
	fmt.Println(sum, msum, mn, lsum, ln)
	fmt.Println(len(words), words[0], words[1234], words[1999])
}
