package main

func main() {
	if x := 1 {
	}
	if x = 1 {
	}
	for i := 0; i < 3; j := 1 {
	}
	if x == T{} {
	}
}
