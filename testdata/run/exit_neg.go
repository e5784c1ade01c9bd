package main

import "os"

func main() {
	println("x")
	os.Exit(-1)
}
