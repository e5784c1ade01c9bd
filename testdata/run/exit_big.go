package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("bye")
	println("err side")
	os.Exit(300)
}
