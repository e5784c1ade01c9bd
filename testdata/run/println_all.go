package main

type P struct{ x int }

func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var u uint = 1 << 63
	var up uintptr = 0xdead
	var r rune = 'x'
	var by byte = 'y'
	var bo bool
	var s string = "str"
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64, u, up)
	println(r, by, bo, !bo, s, "")
	print(i8, i16, i32, i64, "\n")
	print(u8, u16, u32, u64, u, up, "\n")
	print(r, by, bo, s, "|", "\n")
	print()
	println()
	var np *P
	var ns []int
	println(np == nil, ns == nil, len(ns))
	print("a", "b", 1, 2, true, "\n")
	println("multi", "word", 'c', 1<<62, -1)
	const big = 1 << 62
	println(big, big-1+big)
	println(10/3, -10/3, 10%3, -10%3)
}
