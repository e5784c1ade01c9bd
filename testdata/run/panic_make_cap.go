package main

func main() {
	n, c := 5, 3
	s := make([]byte, n, c)
	println(len(s))
}
