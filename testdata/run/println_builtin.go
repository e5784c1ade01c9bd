package main

func main() {
	println("hello", 42, -7, true, false)
	var i8 uint8 = 255
	var i32 int32 = -2147483648
	var i64 int64 = 9223372036854775807
	var u uint = 18446744073709551615
	println(i8, i32, i64, u)
	print("no newline", 1, 2, "\n")
	print("a", "b", "\n")
	println()
	println("")
	var s string
	println(s, len(s))
	var b byte = 'x'
	println(b, 'x')
	println(1 == 1, "x" < "y")
}
