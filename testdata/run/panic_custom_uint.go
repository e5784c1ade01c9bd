package main

func main() {
	var x uint64 = 1 << 63
	panic(x)
}
