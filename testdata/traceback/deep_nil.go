package main

var p *int

func down(n int) int {
	if n == 0 {
		return *p
	}
	return down(n-1) + 1
}

func main() {
	println(down(300))
}
