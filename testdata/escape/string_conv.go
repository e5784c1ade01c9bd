// errorcheck -0 -m -l

package main

var sinkB []byte
var sinkR []rune
var sinkS string

func toBytesLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func toBytesLeak(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func toBytesSink(s string) { // ERROR "s does not escape$"
	sinkB = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func toBytesConst() int {
	b := []byte("constant string") // ERROR "\(\[\]byte\)\(.constant string.\) does not escape$"
	return len(b)
}

func toRunesLocal(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func toRunesLeak(s string) []rune { // ERROR "s does not escape$"
	return []rune(s) // ERROR "\(\[\]rune\)\(s\) escapes to heap$"
}

func fromBytesLocal(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func fromBytesLeak(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func fromRunesLocal(r []rune) int { // ERROR "r does not escape$"
	s := string(r) // ERROR "string\(r\) does not escape$"
	return len(s)
}

func fromRunesSink(r []rune) { // ERROR "r does not escape$"
	sinkS = string(r) // ERROR "string\(r\) escapes to heap$"
}

func fromRuneLocal(r rune) int {
	s := string(r) // ERROR "string\(r\) does not escape$"
	return len(s)
}

func fromRuneLeak(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func concatLocal(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	c := a + b // ERROR "a \+ b does not escape$"
	return c == "x"
}

func concatLeak(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b + "!" // ERROR "a \+ b \+ .!. escapes to heap$"
}

func concatSink(a string) { // ERROR "a does not escape$"
	sinkS = "<" + a + ">" // ERROR ".<. \+ a \+ .>. escapes to heap$"
}

func compare(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a < b || a == b
}

func slice(s string, i int) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[i:]
}

func index(s string, i int) byte { // ERROR "s does not escape$"
	return s[i]
}

func rangeString(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func rangeBytesConv(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$"
		n += int(c)
	}
	return n
}

func main() {
	_ = toBytesLocal("a")
	_ = toBytesLeak("b")
	toBytesSink("c")
	_ = toBytesConst()
	_ = toRunesLocal("d")
	_ = toRunesLeak("e")
	_ = fromBytesLocal(nil)
	_ = fromBytesLeak(nil)
	_ = fromRunesLocal(nil)
	fromRunesSink(nil)
	_ = fromRuneLocal('x')
	_ = fromRuneLeak('y')
	_ = concatLocal("a", "b")
	_ = concatLeak("a", "b")
	concatSink("z")
	_ = compare("a", "b")
	_ = slice("abc", 1)
	_ = index("abc", 1)
	_ = rangeString("abc")
	_ = rangeBytesConv("abc")
}
