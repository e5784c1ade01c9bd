// Tricky but valid Go syntax: every line here must parse without errors.

//go:build ignore

package tricky

import (
	"fmt"
	. "math"
	_ "os"
	str "strings"
)

import "unsafe"

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e float64 = 1 << iota
	f
)

const single = 'x'

var (
	ints      = []int{1, 2, 3,}
	hex       = 0x_1F + 0X1f + 0o17 + 0O17 + 017 + 0b1010 + 0B1 + 1_000_000
	floats    = 1.5 + .5 + 1. + 1e10 + 1E-3 + 0x1p-2 + 0x1.8P+3 + 0X.8p0 + 1_0.2_5e1_0
	imags     = 1i + 1.5i + 0x10i + 0b11i + 0o7i + 017i + 1e3i
	runes     = []rune{'a', '\n', '\'', '\\', '\x41', '\101', '\u00e9', '\U0001F600', 'é', '\a', '\b', '\f', '\r', '\t', '\v'}
	strs      = "a\"b\u00e9\377" + `raw
string with \n no escapes` + "日本語"
	ptr       *int
	ch1       chan<- int
	ch2       <-chan int
	ch3       chan (<-chan int)
	ch4       chan<- chan int
	m         map[string][]map[int]*struct{ x, y int }
	fn        func(int, ...string) (bool, error)
	arr       [...]int
	unused, _ = fmt.Println, unsafe.Sizeof(0)
	ñandú     = 1
	x日本      = 2
)

type (
	Pair[K comparable, V any] struct {
		Key   K
		Value V `json:"value"`
	}
	Alias = Pair[string, int]
	Num   interface {
		~int | ~int8 | ~float64
		String() string
	}
	Arr  [4]int
	Arr2 [N * 2]int
	G1[P *Q] struct{}
	G2[P *Q | R] struct{}
	G3[P *int,] struct{}
	G4[P interface{ M() }] []P
	S    struct {
		*Embedded
		pkg.Qualified
		Generic[int]
		a, b int "tag"
		fn   func()
	}
	List[T any] []T
	Cons[T any] func(T) List[T]
)

type Embedded struct{}

func (p *Pair[K, V]) Get() V { return p.Value }

func (Pair[_, _]) Nothing() {}

func (s S) method(a, b int, c ...string) (x, y int, err error) {
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

//go:noinline
func noinline() {}

func noBody(x int) int

func statements(x interface{}, ch chan int, ok bool) (result int) {
	var y, z = 1, 2
	const k = 3
	type local struct{ v int }
	y, z = z, y
	y += 1
	y -= 1
	y *= 2
	y /= 2
	y %= 3
	y &= 1
	y |= 1
	y ^= 1
	y <<= 1
	y >>= 1
	y &^= 1
	y++
	z--
	ch <- y
	<-ch
	v, ok := <-ch
	_ = v
	{
	}
	;
outer:
	for i := 0; i < 10; i++ {
		for j := range [3]int{} {
			if j == 1 {
				continue outer
			}
			if j == 2 {
				break outer
			}
		}
	}
	for {
		break
	}
	for ok {
		ok = !ok
	}
	for range ch {
	}
	for i := range 10 {
		_ = i
	}
	var i int
	for i = range []int{} {
	}
	for ; ; i++ {
		break
	}
	for i := 0; i < 3; {
		i++
	}
	if x == nil {
	} else if y > 0 {
	} else {
	}
	if v := (local{1}); v.v == 1 {
	}
	if (local{}) == (local{v: 1}) {
	}
	for _, p := range []local{{1}, {v: 2}} {
		_ = p
	}
	switch {
	case y > 1, y < -1:
		fallthrough
	case true:
	default:
	}
	switch y := 5; y {
	case 1:
	}
	switch t := x.(type) {
	case nil, int:
		_ = t
	case func() int, []string, map[int]int, chan int, *int, struct{}:
	}
	switch x := x.(type) {
	}
	switch x.(type) {
	}
	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-ch:
	default:
	}
	go func() {}()
	defer fmt.Println("bye")
	defer func(a ...int) {}([]int{}...)
	goto end
end:
	s := []int{1, 2, 3, 4}
	_ = s[:]
	_ = s[1:]
	_ = s[:2]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = x.(fmt.Stringer).String()
	_ = str.ToUpper
	_ = Pi
	_ = (*Pair[int, int]).Get
	_ = Map[int, string]
	_ = Map[int]
	_ = -y + +y ^ ^y &^ y
	_ = !ok && ok || !ok
	_ = &local{}
	_ = &[]int{}
	_ = *&y
	_ = <-chan int(nil)
	_ = (<-chan int)(nil)
	_ = func() func() int { return func() int { return 1 } }()()
	_ = map[string]int{"a": 1, "b": 2}
	_ = [][]int{{1}, {2, 3}, []int{}}
	_ = [...]string{2: "b", 0: "a"}
	_ = struct{ a int }{a: 1}
	_ = interface{}(nil)
	_ = y<<2 | y>>1&3
	_ = 'a' + "b"[0]
	_ = 1 /* comment */ + 2
	_ = complex(1, 2i)
	result = 1 +
		2
	return (result)
}

func labels() {
L1:
	;
L2:
	{
	}
L3:
	goto L1
	goto L2
	goto L3
}
