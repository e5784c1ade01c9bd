package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	fmt.Println(c, len(c))
	fmt.Println(a < b, a > b, a == "hello", a != b, a <= a, b >= a)
	fmt.Println("" < "a", "ab" < "abc", "abc" < "abd", "B" < "a")
	fmt.Println(repeat("ab", 5))
	fmt.Println(c[0], c[len(c)-1], c[7:12], c[:5], c[7:])
	var e string
	fmt.Println(e == "", len(e))
	s := "héllo"
	fmt.Println(len(s), s[1], s[2])
	n := 0
	for i := 0; i < len(c); i++ {
		if c[i] == 'o' {
			n++
		}
	}
	fmt.Println("o count", n)
	bs := make([]byte, 0)
	for i := 0; i < 26; i++ {
		bs = append(bs, 'a'+byte(i))
	}
	fmt.Println(bs)
}
