package main

import "fmt"

var a = b + c
var b = f(c)
var c = 3
var d int
var msg = greeting + ", " + name
var greeting = "hello"
var name = "gopher"
var counter int
var table = [4]int{c, c * 2, c * 3}
var list = makeList(c)

const K = 10
const (
	Big   = 1 << 40
	Small = Big >> 38
)

func f(x int) int {
	counter++
	return x * K
}

func makeList(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i*K)
	}
	return s
}

func bump() {
	d += 5
	counter++
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(msg)
	fmt.Println(table, list)
	fmt.Println(counter)
	bump()
	bump()
	fmt.Println(d, counter, K, Big, Small)
}
