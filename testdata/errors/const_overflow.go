package main

const big = 1 << 511
const huge = big * 2
const shifted = 1 << 600
const neg = -big * 4
const cmpl = ^(big*2 - 1 + big*2)
const badshift = 1 << 1075

var i8 int8 = 128
var u8 uint8 = -1
var i int = 1 << 63
var f32 float32 = 1e39
var f64 float64 = 1e309
var trunc int = 1.5
var x = 1e400

const c8 int8 = 100

func main() {
	_ = c8 * 2
	_ = uint32(1) << 32
	_ = int64(1) << 1000
	_ = float32(1e300)
	_ = x
	println(big)
}
