package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	s := repeat("ab", 50)
	fmt.Println(len(s), s[95:], count(s, 'a'))
	fmt.Println(reverse("hello, 世界"))
	a, b, c := "x", "y", "z"
	d := a + b + c + a + b + c + "-" + s[:4]
	fmt.Println(d, len(d))
	strs := []string{"banana", "apple", "cherry", "app", "", "b"}
	for i := 0; i < len(strs); i++ {
		for j := i + 1; j < len(strs); j++ {
			if strs[j] < strs[i] {
				strs[i], strs[j] = strs[j], strs[i]
			}
		}
	}
	fmt.Println(strs)
	fmt.Println("a" < "b", "ab" < "a", "Z" < "a", "\xff" > "\x7f", "é" > "z")
	x := "hello"
	y := x[1:4]
	z := "ell"
	fmt.Println(y == z, y != z, &x != nil)
	var arr [3]string
	arr[1] = "mid"
	fmt.Println(arr, len(arr[0]))
	e := ""
	for _, r := range "aé世😀" {
		e += string(r) + "."
	}
	fmt.Println(e, len(e))
	cnt := 0
	for range "日本語" {
		cnt++
	}
	fmt.Println(cnt, len("日本語"))
	fmt.Println(string("abc"[1]), "abc"[1:] + "d")
	num := 12345
	digits := ""
	for num > 0 {
		digits = string(rune('0'+num%10)) + digits
		num /= 10
	}
	fmt.Println(digits)
}
