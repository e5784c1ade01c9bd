package main

var trunc int = 1.5
var x = 1e400
var y float32 = 1e-50
var z = 0x1p-1080

const c8 int8 = 100
const u uint = 1

func main() {
	_ = c8 * 2
	_ = uint32(1) << 32
	_ = int64(1) << 1000
	_ = float32(1e300)
	_ = -u
	_ = ^c8 + c8*1 - 200
	_ = int8(1.5)
	_ = x
	println(y, z, int32(2147483648))
}
