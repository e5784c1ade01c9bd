package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

type Big struct {
	buf [64]int
	n   int
}

func heavy(n int, b Big) int {
	if n == 0 {
		return b.n
	}
	b.buf[n%64] = n
	b.n += b.buf[n%64] % 7
	return heavy(n-1, b)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(depth(1000000))
	fmt.Println(sumTo(200000, 0))
	fmt.Println(heavy(20000, Big{}))
	fmt.Println(ack(2, 300), ack(3, 5))
}
