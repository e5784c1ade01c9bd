// asmcheck

package main

// Nil checks: a pointer dereferenced again on the same straight line of code is
// checked once, and the address of an element in bounds (`&s[i]`) is never nil, as
// gc's nilcheck pass finds. After control flow joins, a pointer is checked anew.

type T struct{ x, y, z int }

func fields(p *T) int {
	x := p.x // x86_64:"call.*runtime\.panicmem" aarch64:"bl.*runtime\.panicmem"
	y := p.y // x86_64:-"runtime\.panicmem" aarch64:-"runtime\.panicmem"
	p.z = x + y // x86_64:-"runtime\.panicmem" aarch64:-"runtime\.panicmem"
	return p.z
}

func element(s []T, i int) int { // x86_64:func:-".*runtime\.panicmem" aarch64:func:-".*runtime\.panicmem"
	b := &s[i]
	b.x++
	return b.x + b.y + b.z
}

func joined(p *T, c bool) int {
	if c {
		p.x = 1 // x86_64:"call.*runtime\.panicmem" aarch64:"bl.*runtime\.panicmem"
	}
	return p.y // x86_64:"call.*runtime\.panicmem" aarch64:"bl.*runtime\.panicmem"
}

func main() {
	t := &T{1, 2, 3}
	println(fields(t), element([]T{*t}, 0), joined(t, true))
}
