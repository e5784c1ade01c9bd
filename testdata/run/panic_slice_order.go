package main

func main() {
	s := []byte("hello")
	i, j := 4, 2
	println(len(s[i:]))
	println(len(s[i:j]))
}
