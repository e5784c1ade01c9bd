package main

import "fmt"

type handler struct {
	on func(string)
}

func main() {
	h := handler{}
	fmt.Println("before")
	h.on("x")
	fmt.Println("after")
}
