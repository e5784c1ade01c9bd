package main

func main() {
	panic('a')
}
