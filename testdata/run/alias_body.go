// Package-level aliases used in function bodies denote their types: literals,
// variables, selectors, method calls and conversions through them.
package main

type point struct{ x, y int }

func (p point) sum() int { return p.x + p.y }

type alias = point

type ptr = *point

type ints = []int

func build(n int) *alias {
	p := &alias{n, n * 2}
	return p
}

func main() {
	q := alias{1, 2}
	var r alias
	r.x = q.y
	var s ptr = build(5)
	s.y++
	xs := ints{1, 2, 3}
	xs = append(xs, q.sum(), s.sum())
	println(q.x, q.y, r.x, s.x, s.y, len(xs), xs[3], xs[4])
	var a interface{} = r
	if v, ok := a.(point); ok {
		println("point", v.x)
	}
}
