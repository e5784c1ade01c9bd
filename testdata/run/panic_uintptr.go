package main

func main() {
	var p uintptr = 0xdeadbeef
	panic(p)
}
