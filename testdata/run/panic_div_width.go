package main

import "fmt"

func main() {
	var a int16 = 100
	var zs []int16
	zs = append(zs, 5, 0)
	for _, z := range zs {
		fmt.Println(a % z)
	}
}
