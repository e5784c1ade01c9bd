package main

import "fmt"

const a = 6e5518446744
const b = 1e-1000000000
const c = 1e+1000000000
const d = 1e646456992
const e = 1e646456993
const f = 0e99999999999
const g = 0x1p2147483646
const h = 0x1p2147483647
const i = 1e-3000000000
const j = 123.456e300

func main() {
	var x float64 = 1e1000000000
	fmt.Println(x, j)
}
