package main

import "fmt"

func main() {
	s := make([]byte, 4, 8)
	var k uint32 = 4000000000
	fmt.Println(cap(s[0:2:8]))
	fmt.Println(cap(s[0:2:k]))
}
