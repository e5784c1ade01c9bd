// errorcheck -0 -m -l

package main

import "fmt"

func main() {
	point := showPoint()
	fmt.Println(*point) // ERROR "\.\.\. argument does not escape$" "\*point escapes to heap$"
}

func showPoint() *int {
	num := 1 // ERROR "moved to heap: num$"
	return &num
}
