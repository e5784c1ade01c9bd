package main

func main() {
	for i := 0; i < 10; i++ {
		continue L
	}
	break
	x := append(1, 2)
	var b uint8 = 'a' + 1000
	c := len(5)
	d := make([]int)
	e := new(3)
	_ = 1 << 70
	var h int64 = 1 << 63
	k := "a" + 1
	println(x, b, c, d, e, h, k)
}
