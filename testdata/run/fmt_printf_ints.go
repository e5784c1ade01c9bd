package main

import "fmt"

type Small int8

type Code uint16

func main() {
	var i8 int8 = -128
	var i16 int16 = -300
	var i32 int32 = 70000
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 4096
	n := 42
	m := -42
	z := 0
	fmt.Printf("%d %d %d %d %d\n", i8, i16, i32, i64, n)
	fmt.Printf("%d %d %d %d %d\n", u8, u16, u32, u64, up)
	fmt.Printf("%v %v %v %v\n", i8, u64, Small(-3), Code(7))
	fmt.Printf("%#v %#v %#v %#v %#v\n", n, m, u8, Code(7), up)
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", n, n, n, n, n, n, n)
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", m, m, m, m, m, m, m)
	fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", n, z, z, z, n, m)
	fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", 255, 255, 255, 255, 255, 255, 255)
	fmt.Printf("|%x|%X|%#x|%x|%X|\n", m, m, m, u64, i64)
	fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", 8, 8, 8, 8, m, 0)
	fmt.Printf("|%b|%#b|%b|%08b|%+b|\n", 5, 5, m, 5, 5)
	fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", 65, 0x1F600, 'é', -1, 0x110000, 'x', 'y')
	fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", 'a', '\n', 0x1F600, 0x1F600, 'a', -1, '\'')
	fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", 0x41, 0x41, '\n', 0x1F600, 0x41, 0x41, 0x41, m)
	fmt.Printf("|%08.3x|%+x|% x|%#.5x|%#o|\n", 255, 255, 255, 255, 64)
	fmt.Printf("|%20d|%-20d|%020d|\n", i64, i64, i64)
	fmt.Printf("|%d|%x|%o|%b|\n", u64, u64, u64, u64)
	fmt.Printf("|%v|%d|%x|\n", []int{1, -2, 300}, []uint8{1, 2, 3}, []int{10, 255})
	fmt.Printf("|%3d|%-3d|%03d|\n", []int{1, 2}, [2]int8{3, 4}, []int16{5, 6})
	fmt.Printf("|%x|%X|%#x|\n", []int{10, 255}, [2]uint{171, 205}, []int{1, 2})
	fmt.Printf("|%c|%q|%U|\n", []rune{'a', 'b'}, []int32{'x', 0x263A}, []rune{'z'})
	fmt.Printf("|%6.2d|%-6.3x|%+.2d|\n", 7, 7, 7)
	fmt.Printf("%t %s %e %p\n", 1, 2, 3, 4)
}
