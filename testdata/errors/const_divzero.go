package main

const a = 1 / 0
const b = 1.5 / 0
const c = 1.0 / 0.0
const d = 10 % 0

func main() {
	x := 3
	y := 2.5
	_ = x / 0
	_ = x % 0
	_ = y / 0
	_ = y / 0.0
	_ = 1e646456992 / 1e646456991 / 0
}
