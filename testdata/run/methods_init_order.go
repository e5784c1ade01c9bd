package main

import "fmt"

type T struct{}

func (T) Get() int { return y * 2 }

func (t *T) Show() { fmt.Println("show", x) }

var x = T{}.Get()
var y = 21

func main() {
	var t T
	t.Show()
	println(x, y)
}
