package main

import "fmt"

func main() {
	var p *[1 << 20]byte
	i := 1<<20 - 1
	fmt.Println("start")
	p[i] = 1
}
