package main

import "fmt"

type Name string

type Bytes []byte

func main() {
	s := "hello"
	u := "héllo, 世界"
	e := ""
	fmt.Printf("|%s|%v|%10s|%-10s|%.2s|%.0s|%5.1s|%-5.3s|\n", s, s, s, s, s, s, s, s)
	fmt.Printf("|%s|%12s|%-12s|%.3s|%.8s|\n", u, u, u, u, u)
	fmt.Printf("|%q|%#q|%+q|%#+q|%10q|%-10q|%.3q|\n", s, s, u, u, s, s, u)
	fmt.Printf("|%q|%#q|%q|%#q|%+q|\n", "a\tb\n", "a\tb", "back`tick", "back`tick", "\x00\x7f\xff")
	fmt.Printf("|%q|%q|%q|%+q|\n", "\u2028", "\U0001F600", "\a\b\f\r\v\\\"", "é")
	fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|%# X|\n", s, s, s, s, s, s, s, s)
	fmt.Printf("|%x|%10x|%-10x|%.2x|%010x|%x|%5x|\n", "hi", "hi", "hi", "hello", "hi", e, e)
	fmt.Printf("|%s|%q|%v|%d|%x|%X|\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("|%s|%q|%v|%x|%#v|%#v|\n", Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes(nil))
	fmt.Printf("|%s|%v|%#v|%x|\n", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{1, 2, 3}, [2]uint8{10, 11})
	fmt.Printf("|%#v|%#v|%#v|%#v|\n", []byte(nil), []byte{}, []byte{0, 255}, s)
	fmt.Printf("|%s|%q|%v|%#v|%x|\n", Name("nm"), Name("nm"), Name("nm"), Name("nm"), Name("nm"))
	fmt.Printf("|%s|%v|%q|%#v|\n", []string{"a", "b"}, []string{"c", ""}, []string{"d", "e f"}, []string{"g"})
	fmt.Printf("|%05s|%-05s|%05q|\n", "ab", "ab", "ab")
	fmt.Printf("|%T|%T|%T|%T|%T|\n", s, Name("x"), []byte{}, Bytes{}, [2]byte{})
	fmt.Printf("|%10T|%-10T|%.3T|\n", s, s, s)
	fmt.Printf("|%d|%t|%c|\n", s, s, s)
	fmt.Printf("|%s|%s|%s|%s|\n", 5, true, 2.5, []int{1})
	fmt.Printf("héllo %s wörld %d\n", "ü", 3)
	fmt.Printf("%é|%☺\n", 1, "x")
	fmt.Printf("|%x|%X|\n", "\xff\x00", "日本")
}
