package main

const c1 = c2
const c2 = c1

var a, b = f()

func f() (int, int) { return b, 1 }

var x [len(y)]int
var y [len(x)]int

var m, n = n, 1

var _ = h()

func h() int { return k }

var k = h2()

func h2() int { return h() }

type A = B
type B = A

func main() {}
