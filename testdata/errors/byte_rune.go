package main

import "fmt"

var g byte = 300

func main() {
	var b byte
	var u uint8
	var r rune
	var i32 int32
	var s string = "hi"
	b = 300
	u = 300
	b = u
	u = b
	r = i32
	var bs []byte = []uint8{1}
	var n int = b
	var m int = r
	var k int = s[0]
	x := 'a'
	var y int = x
	const cb byte = 200
	var w = cb * 2
	var v rune = 1 << 40
	fmt.Println(b, u, r, i32, bs, n, m, k, y, g, w, v)
}
