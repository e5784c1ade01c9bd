package main

import (
	f "fmt"
	m "math"
)

func main() {
	x := m.Sqrt(2)
	f.Println("root", x, m.Floor(x*10))
	f.Printf("%.3f %v\n", m.Pi, m.MaxInt8)
}
