package main

import "fmt"

var sinkB []byte
var sinkR []rune
var sinkS string

func bytesLocal(s string) int {
	b := []byte(s)
	return len(b)
}

func runesLocal(s string) int {
	r := []rune(s)
	return len(r)
}

func bytesOut(s string) []byte {
	return []byte(s)
}

func runesOut(s string) []rune {
	return []rune(s)
}

func strLocal(b []byte) int {
	s := string(b)
	return len(s)
}

func strOut(b []byte) string {
	return string(b)
}

func strRunes(r []rune) string {
	return string(r)
}

func concatLocal(a, b string) int {
	c := a + b
	return len(c)
}

func concatOut(a, b string) string {
	return a + b
}

func concat3(a, b, c string) string {
	return a + "-" + b + "-" + c
}

func runeStr(r rune) string {
	return string(r)
}

func cmp(a, b string) (bool, bool, bool, bool, bool, bool) {
	return a < b, a <= b, a > b, a >= b, a == b, a != b
}

func main() {
	fmt.Println(bytesLocal("hello"), runesLocal("héllo"), strLocal([]byte{'a', 'b'}))
	sinkB = bytesOut("xyz")
	sinkR = runesOut("日本")
	sinkS = strOut(sinkB) + strRunes(sinkR)
	fmt.Println(string(sinkB), string(sinkR), sinkS)
	fmt.Println(concatLocal("ab", "cd"), concatOut("ab", "cd"), concat3("x", "y", "z"))
	fmt.Println(runeStr('é'), runeStr(0x1F600), runeStr(-1), runeStr(0xD800), runeStr(0x110000))
	fmt.Println(cmp("a", "b"))
	fmt.Println(cmp("b", "a"))
	fmt.Println(cmp("ab", "ab"))
	fmt.Println(cmp("ab", "abc"))
	fmt.Println(cmp("", "a"))
	fmt.Println(cmp("\xff", "\x7f"))
	b := []byte("hello")
	b[0] = 'j'
	s := string(b)
	b[1] = 'a'
	fmt.Println(s, string(b))
	r := []rune("héllo\xffz")
	fmt.Println(len(r), r)
	var i = 65
	var i64 int64 = 0x4E16
	var u8 uint8 = 0xE9
	fmt.Println(string(rune(i)), string(rune(i64)), string(rune(u8)))
	for i, c := range "aé\xff日\xe6\x97z" {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n int
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	str := "héllo"
	fmt.Println(str[1], str[1:3], str[:0] == "", str[5:], len(str[2:]))
	fmt.Println("abc" < "abd", "abc" > "ab", "Z" < "a", "" < " ")
}
