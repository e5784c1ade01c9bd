package main

import "fmt"

type Point struct {
	X, Y int
}

type Poly struct {
	Name string
	Pts  [3]Point
	N    int
}

type Box struct {
	Min, Max Point
	Tags     [2]string
	P        *Point
}

func shift(p Poly, d int) Poly {
	for i := range p.Pts {
		p.Pts[i].X += d
		p.Pts[i].Y -= d
	}
	p.Name += "'"
	return p
}

func shiftp(p *Poly, d int) {
	for i := 0; i < len(p.Pts); i++ {
		p.Pts[i].X += d
	}
}

func main() {
	var arr [4]Point
	arr[1].X = 5
	arr[2] = Point{7, 8}
	fmt.Println(arr, len(arr))
	b := arr
	b[0].Y = 99
	fmt.Println(arr[0], b[0])
	p := Poly{Name: "tri", Pts: [3]Point{{1, 2}, {3, 4}, {5, 6}}, N: 3}
	q := shift(p, 10)
	fmt.Println(p)
	fmt.Println(q)
	shiftp(&p, 100)
	fmt.Println(p)
	bx := Box{Min: Point{1, 1}, Max: Point{Y: 9}, Tags: [2]string{"a", "b"}}
	fmt.Println(bx)
	bx.P = &bx.Min
	bx.P.X = 42
	fmt.Println(bx.Min, *bx.P)
	pb := &Box{Tags: [2]string{1: "z"}}
	fmt.Println(pb.Tags, pb.P == nil, pb.Min)
	grid := [3][4]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	ps := []Poly{p, q}
	ps[0].Pts[0].X = 0
	fmt.Println(ps[0].Pts[0], p.Pts[0])
	ap := &arr[3]
	ap.X, ap.Y = 11, 12
	fmt.Println(arr[3])
	fx := &p.Pts[2].Y
	*fx = 777
	fmt.Println(p.Pts)
	eq := Point{1, 2} == Point{1, 2}
	fmt.Println(eq, arr == b, arr != b, grid[0] == [4]int{0, 1, 2, 3})
	arrs := [2][2]Point{{{1, 2}, {3, 4}}, {{5, 6}}}
	fmt.Println(arrs)
}
