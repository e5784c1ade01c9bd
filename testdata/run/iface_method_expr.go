package main

import "fmt"

// Method expressions of interface types called directly: I.M(x, args) calls x.M(args).

type Adder interface{ Add(int) int }

type Summer interface {
	Adder
	Sum(base int, xs ...int) (int, string)
}

type Val struct{ x int }

func (v Val) Add(a int) int { return v.x + a }
func (v Val) Sum(base int, xs ...int) (int, string) {
	for _, x := range xs {
		base += x
	}
	return base + v.x, "val"
}

func (v Val) Get() int { return v.x }

func get(g interface{ Get() int }) int { return g.Get() }

type Acc struct{ total int }

func (p *Acc) Add(a int) int { p.total += a; return p.total }

func main() {
	var a Adder = Val{3}
	println(Adder.Add(a, 4))
	println(Adder.Add(Val{5}, 1))
	p := &Acc{1}
	println(Adder.Add(p, 2), p.total)
	fmt.Println(interface{ Get() int }.Get(Val{10}), get(Val{11}))
	var s Summer = Val{7}
	n, who := Summer.Sum(s, 1, 2, 3)
	fmt.Println(n, who)
	xs := []int{10, 20}
	fmt.Println(Summer.Sum(s, 0, xs...))
	fmt.Println(Summer.Add(s, 1), (Adder).Add(Val{2}, 2))
	var none Adder
	Adder.Add(none, 1)
}
