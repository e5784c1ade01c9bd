package main

func main() {
	var s []string
	println(len(s), cap(s))
	println(s[0])
}
