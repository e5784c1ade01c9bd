package main

import "fmt"

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func main() {
	b := []byte("hello, world")
	upper(b)
	fmt.Println(string(b), b[:5])
	var buf []byte
	for i := 0; i < 20; i++ {
		buf = append(buf, byte('a'+i%26))
	}
	buf = append(buf, "-tail"...)
	fmt.Println(string(buf), len(buf), cap(buf))
	parts := split("a,bb,,ccc,", ',')
	fmt.Println(parts, len(parts))
	fmt.Println(join(parts, "|"))
	var zb []byte
	fmt.Println(zb, string(zb) == "", len(string(zb)))
	u := []uint8{0, 127, 128, 255}
	fmt.Println(u)
	x := make([]byte, 4)
	copy(x, "ab")
	fmt.Println(x, string(x[:2]))
	s := "abc"
	t := s
	bs := []byte(t)
	bs[0] = 'X'
	fmt.Println(s, t, string(bs))
	cmp := string(bs) < s
	fmt.Println(cmp, string(bs[1:]) == s[1:])
}
