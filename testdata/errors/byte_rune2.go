package main

import "fmt"

func main() {
	var s string = "hi"
	var b byte
	var i32 int32
	bs := []byte(s)
	for _, c := range s {
		var z string = c
		_ = z
	}
	var p []rune = bs
	var t = b + i32
	bs = append(bs, 1000)
	c := byte(300)
	d := rune(1 << 40)
	var e [2]byte = [2]uint8{}
	var f *rune = &i32
	var h [3]rune = e
	fmt.Println(b, i32, bs, p, t, c, d, e, f, h)
}
