package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[2], s[1:3], s[7:], s[:0] == "")
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xc3(\xe2\x82c\xf0\x9f\x98\x80"
	for i, r := range bad {
		println(i, r)
	}
	for i := range bad {
		print(i, " ")
	}
	println()
	for _, r := range "\xed\xa0\x80x\xf4\x90\x80\x80" {
		fmt.Println(r)
	}
	t := s + "+" + s[0:1]
	fmt.Println(t, len(t))
	a, b := "abc", "abd"
	fmt.Println(a < b, a > b, a == b, a != b, a <= "abc", b >= "abcd", "" < "a", "ab" < "abc")
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)), string(rune(0xd800)))
	var e string
	fmt.Println(e == "", len(e), e+"x")
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	x := ""
	for i := 0; i < 10; i++ {
		x += string(rune('a' + i))
	}
	fmt.Println(x, x[3:7], x[:3]+x[7:])
	bs := make([]byte, 5)
	for i := range bs {
		bs[i] = "hello"[i]
	}
	bs[0] = 'j'
	fmt.Println(bs, bs[1:3])
	println(s, len(s), s[3:6])
	fmt.Println("tab\there", "quote\"", `raw\n`)
}
