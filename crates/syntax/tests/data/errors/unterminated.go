package main

func main() {
	var x = "abc
	_ = x
	y := `raw
