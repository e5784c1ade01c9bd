package main

import (
	"fmt"
	"math"
)

type Pt struct {
	X, Y int
	_    int
	Name string
}

type Key interface {
	K() int
}

type A int

func (a A) K() int { return int(a) }

type B struct{ s string }

func (b B) K() int { return len(b.s) }

func main() {
	// Floats: +0 and -0 are one key; NaN is never found and each insert is new.
	f := map[float64]int{}
	f[0.0] = 1
	negz := math.Copysign(0, -1)
	f[negz] = 2
	fmt.Println(len(f), f[0], f[negz])
	nan := math.NaN()
	f[nan] = 3
	f[nan] = 4
	_, ok := f[nan]
	fmt.Println(len(f), ok)
	delete(f, nan)
	fmt.Println(len(f))
	n := 0
	for k, v := range f {
		if k != k {
			n += v
		}
	}
	fmt.Println("nan values sum", n)

	// Bools and small integers.
	b := map[bool]string{true: "yes"}
	b[false] = "no"
	fmt.Println(b[true], b[false], len(b))
	i8 := map[int8]int{-128: 1, 127: 2}
	i8[-128] += 10
	fmt.Println(i8[-128], i8[127], i8[0])
	u16 := map[uint16]int{65535: 5}
	fmt.Println(u16[65535], u16[0])
	c := map[complex128]int{1 + 2i: 1}
	c[complex(1, 2)]++
	fmt.Println(c[1+2i], len(c))
	f32 := map[float32]int{1.5: 1}
	f32[1.5]++
	fmt.Println(f32[1.5])

	// Pointers compare by address.
	x, y := 1, 1
	p := map[*int]string{&x: "x", &y: "y"}
	fmt.Println(p[&x], p[&y], len(p))

	// Arrays and structs (blank fields are not part of the key).
	a := map[[3]string]int{{"a", "b", "c"}: 1}
	a[[3]string{"a", "b", "c"}]++
	fmt.Println(a[[3]string{"a", "b", "c"}], a[[3]string{"a", "b"}])
	s := map[Pt]int{}
	s[Pt{X: 1, Y: 2, Name: "p"}] = 7
	k := Pt{X: 1, Y: 2, Name: "p"}
	fmt.Println(s[k], len(s))
	k.Name = "q"
	fmt.Println(s[k])

	// Interfaces: by dynamic type and value.
	e := map[interface{}]string{}
	e[1] = "int 1"
	e[int64(1)] = "int64 1"
	e["1"] = "string 1"
	e[nil] = "nil"
	e[[2]int{1, 2}] = "array"
	e[Pt{X: 3}] = "struct"
	fmt.Println(len(e), e[1], e[int64(1)], e["1"], e[nil], e[[2]int{1, 2}], e[Pt{X: 3}])
	var ik map[Key]int = map[Key]int{A(3): 1, B{"abc"}: 2}
	ik[A(3)] += 5
	fmt.Println(ik[A(3)], ik[B{"abc"}], ik[B{"ab"}], len(ik))

	vals := map[string]interface{}{"s": "str"}
	vals["a"] = 1
	vals["b"] = Pt{Name: "b"}
	fmt.Println(len(vals), vals["a"], vals["b"], vals["s"], vals["none"])

	// Strings built at run time.
	st := map[string]int{}
	for i := 0; i < 100; i++ {
		st[fmt.Sprint("key", i%10)]++
	}
	fmt.Println(len(st), st["key3"])
}
