package main

import (
	"fmt"
	"os"
)

func check(n int) int {
	if n > 3 {
		fmt.Println("exiting with", n*10+7)
		os.Exit(n*10 + 7)
	}
	return n
}

func main() {
	for i := 0; ; i++ {
		println("step", i)
		check(i)
	}
}
