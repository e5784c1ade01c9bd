package main

func init(x int) {
}

func init() int { return 1 }

func main() {
	init()
	_ = init
}
