package main

func main() {
	var p *int
	println("before")
	*p = 1
	println("after")
}
