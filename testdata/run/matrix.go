package main

import "fmt"

const N = 6

type Mat [N][N]int64

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s int64
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func pow(m Mat, e int) Mat {
	var r Mat
	for i := range r {
		r[i][i] = 1
	}
	for e > 0 {
		if e&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		e >>= 1
	}
	return r
}

func transpose(m *Mat) {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func main() {
	var f Mat
	for i := 0; i < N-1; i++ {
		f[i][i+1] = 1
	}
	for j := 0; j < N; j++ {
		f[N-1][j] = 1
	}
	p := pow(f, 30)
	fmt.Println(p[0])
	fmt.Println(p[N-1])
	transpose(&p)
	fmt.Println(p[0][N-1], p[N-1][0])
	var fib [2][2]uint64 = [2][2]uint64{{1, 1}, {1, 0}}
	r := [2][2]uint64{{1, 0}, {0, 1}}
	for i := 0; i < 93; i++ {
		r = [2][2]uint64{
			{r[0][0]*fib[0][0] + r[0][1]*fib[1][0], r[0][0]*fib[0][1] + r[0][1]*fib[1][1]},
			{r[1][0]*fib[0][0] + r[1][1]*fib[1][0], r[1][0]*fib[0][1] + r[1][1]*fib[1][1]},
		}
	}
	fmt.Println(r[0][1], r[0][0])
}
