package main

import (
	. "fmt"
	m "math"
)

func main() {
	Println("hi", m.Sqrt(4))
	Printf("%d\n", 3)
}
