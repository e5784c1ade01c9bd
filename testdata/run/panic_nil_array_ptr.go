package main

func main() {
	var p *[5]int
	println(len(p))
	println(p[2])
}
