package main

import "fmt"

func f(a, b, c, d, e, f, g, h int) int {
	return ((a+b)*(c-d)+(e*f-g)/(h|1))%1000003 ^ (a<<3 | b>>1) &^ (c & 0xFF)
}

func logic(a, b, c, d bool, n int) bool {
	return (a && b || c && !d) && (n > 3 || n < -3) || !(a || b) && (c == d) || n == 0 && a != b
}

func main() {
	t := 0
	for i := 0; i < 50; i++ {
		t += f(i, i*2, i*3, i-7, i^5, i%7, i/3, i*i)
	}
	fmt.Println(t)
	cnt := 0
	for m := 0; m < 16; m++ {
		for n := -5; n <= 5; n++ {
			if logic(m&1 != 0, m&2 != 0, m&4 != 0, m&8 != 0, n) {
				cnt += n + 10
			}
		}
	}
	fmt.Println(cnt)
	a, b, c := 3, 4, 5
	v := a*a+b*b == c*c && (a+b > c) && !(a > b) && (b-a == 1 || c/a == 1)
	w := a+b*c-a/b%c<<2>>1&0xF|0x30^0x5
	fmt.Println(v, w)
	var x int64 = 1
	x = x*3 + x*5 - x*7 + (x<<10)/(x+1) - (x ^ -1) + (x & -x)
	fmt.Println(x)
}
