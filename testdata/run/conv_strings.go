package main

import "fmt"

type Name string

func runes(s string) []rune { return []rune(s) }

func bytesOf(s string) []byte { return []byte(s) }

func main() {
	s := "abc"
	b := []byte(s)
	n := len(b) + cap(b)
	println(n)
	b2 := []byte("hello world, this is a long string of 40b")
	println(len(b2), cap(b2))
	b3 := []byte("xyz")
	fmt.Println(b3, cap(b3))
	b4 := bytesOf("hello")
	fmt.Println(b4, len(b4), cap(b4), string(b4))
	b5 := []byte(s + s + s + s + s + s + s + s + s + s + s + s)
	println(len(b5), cap(b5))
	r := []rune("日本語 ok \xff!")
	println(len(r), cap(r), r[0], r[4], r[7])
	r2 := runes("héllo")
	fmt.Println(r2, len(r2), cap(r2), string(r2))
	r3 := runes(s + s + s + s + s + s + s + s + s + s + s + s)
	fmt.Println(len(r3), cap(r3))
	r2[1] = -5
	r2 = append(r2, 0x10ffff, 0x110000, 0xd800, 'Z')
	fmt.Println(string(r2), len(string(r2)))
	var ns []int16 = []int16(nil)
	z := append([]int16(nil), make([]int16, 13)...)
	fmt.Println(ns == nil, len(z), cap(z), []int(nil) == nil)
	var p *int = (*int)(nil)
	fmt.Println(p == nil, p)
	e := []byte("")
	fmt.Println(e == nil, len(e), cap(e), []byte(s[:0]) == nil)
	bs := []byte("hello")
	bs[0] = 'j'
	fmt.Println(bs, string(bs), string(bs[1:3]), cap(bs[1:3]))
	var nm Name = "xy"
	fmt.Println([]byte(nm), string(nm), []rune(nm))
}
