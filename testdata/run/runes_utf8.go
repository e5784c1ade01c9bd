package main

import "fmt"

func encode(r rune) []byte {
	switch0 := r
	if switch0 < 0x80 {
		return []byte{byte(r)}
	}
	if r < 0x800 {
		return []byte{byte(0xC0 | r>>6), byte(0x80 | r&0x3F)}
	}
	if r < 0x10000 {
		return []byte{byte(0xE0 | r>>12), byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)}
	}
	return []byte{byte(0xF0 | r>>18), byte(0x80 | (r>>12)&0x3F), byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)}
}

func main() {
	for _, r := range []rune{'A', 'é', '€', '世', '😀', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF} {
		b := encode(r)
		s := string(r)
		same := string(b) == s
		fmt.Println(r, b, len(s), same)
	}
	mixed := "A\xC0\x80B\xE0\x80\x80C\xED\xA0\x80D\xF8\x88\x80\x80\x80E\xF4\x90\x80\x80F\xC2"
	for i, r := range mixed {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	rs := []rune(mixed)
	fmt.Println(len(rs), len(string(rs)))
	var total rune
	for _, r := range "Hello, 世界" {
		total += r
	}
	fmt.Println(total, string(total%0x10000))
	b := []byte("añb")
	for i, c := range b {
		fmt.Print(i, c, ",")
	}
	fmt.Println()
	for i, c := range string(b[1:3]) {
		fmt.Print(i, c, ",")
	}
	fmt.Println()
}
