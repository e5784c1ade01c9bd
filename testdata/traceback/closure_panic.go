package main

var table []func(int) int

func register(f func(int) int) {
	table = append(table, f)
}

func run(i, x int) int {
	return table[i](x)
}

func main() {
	var xs []int
	register(func(n int) int {
		s := 0
		for i := 0; i < n; i++ {
			s += i * i
		}
		return s
	})
	register(func(n int) int {
		get := func(i int) int {
			t := 0
			for j := 0; j < i; j++ {
				t += j
			}
			return xs[i] + t
		}
		return get(n)
	})
	println(run(0, 4))
	println(run(1, 2))
}
