package main

func main() {
	fmt.Println("a"
	x := 1
}
