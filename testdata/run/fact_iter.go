package main

import "fmt"

func factRec(n int64) int64 {
	if n <= 1 {
		return 1
	}
	return n * factRec(n-1)
}

func factIter(n int64) int64 {
	r := int64(1)
	for n > 1 {
		r *= n
		n--
	}
	return r
}

func main() {
	var i int64
	for i = 0; i <= 25; i++ {
		fmt.Println(i, factRec(i), factIter(i), factRec(i) == factIter(i))
	}
}
