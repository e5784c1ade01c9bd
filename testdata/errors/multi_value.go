package main

func pair() (int, int) {
	return 1, 2
}

func main() {
	x := pair()
	var p *int = 5
	println(x, p)
}
