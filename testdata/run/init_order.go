package main

import "fmt"

var first = trace("first", 1)

func trace(name string, v int) int {
	fmt.Println("initialising", name)
	return v
}

func init() {
	fmt.Println("init #1 sees", first, second, total)
	total += 100
}

var total = first + second

func init() {
	fmt.Println("init #2 sees total", total)
	switch {
	case total > 100:
		fmt.Println("init #1 ran first")
	}
}

var second = trace("second", 2)

func main() {
	fmt.Println("main: total", total)
}

func init() {
	fmt.Println("init #3, declared after main")
}
