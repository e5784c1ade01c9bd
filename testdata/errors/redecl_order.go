package main

var a1 int = "a"
var a2 int = "a"
var a3 int = "a"
var a4 int = "a"
var a5 int = "a"
var a6 int = "a"
var a7 int = "a"
var a8 int = "a"
var a9 int = "a"

type S struct {
	x int
	x string
}

func f() {}
func f() {}

func main() {}
