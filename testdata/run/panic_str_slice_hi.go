package main

func main() {
	s := "abc"
	n := 5
	println(s[:n])
}
