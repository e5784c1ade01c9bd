package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	println("stderr line")
	if len(os.Args) > 5 {
		return
	}
	os.Exit(3)
	fmt.Println("after exit")
}
