package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, s[i])
	}
}
