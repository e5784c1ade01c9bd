package main

import "fmt"

type S3 struct{ a, b, c byte }
type S24 struct{ a, b, c int }
type S40 struct {
	a [5]int
}
type S100 struct {
	a [25]int32
}

func main() {
	var b []byte
	var i16 []int16
	var i32 []int32
	var i64 []int64
	var s3 []S3
	var s24 []S24
	var s40 []S40
	var s100 []S100
	var str []string
	var ptrs []*int
	for i := 0; i < 1300; i++ {
		ob, o16, o32, o64 := cap(b), cap(i16), cap(i32), cap(i64)
		o3, o24, o40, o100, ostr, op := cap(s3), cap(s24), cap(s40), cap(s100), cap(str), cap(ptrs)
		b = append(b, byte(i))
		i16 = append(i16, int16(i))
		i32 = append(i32, int32(i))
		i64 = append(i64, int64(i))
		s3 = append(s3, S3{byte(i), 1, 2})
		s24 = append(s24, S24{i, i, i})
		s40 = append(s40, S40{})
		s100 = append(s100, S100{})
		str = append(str, "x")
		ptrs = append(ptrs, &i)
		if cap(b) != ob || cap(i16) != o16 || cap(i32) != o32 || cap(i64) != o64 || cap(s3) != o3 || cap(s24) != o24 || cap(s40) != o40 || cap(s100) != o100 || cap(str) != ostr || cap(ptrs) != op {
			fmt.Println(i+1, cap(b), cap(i16), cap(i32), cap(i64), cap(s3), cap(s24), cap(s40), cap(s100), cap(str), cap(ptrs))
		}
	}
	// multi-element appends
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7, 8)
	fmt.Println(len(x), cap(x), x)
	y := append([]byte{}, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	fmt.Println(len(y), cap(y))
	z := append([]int16(nil), make([]int16, 13)...)
	fmt.Println(len(z), cap(z))
	w := append(make([]int64, 5, 5), make([]int64, 7)...)
	fmt.Println(len(w), cap(w))
	v := append(make([]S24, 2, 3), make([]S24, 9)...)
	fmt.Println(len(v), cap(v))
	u := append([]string{"a"}, "b", "c")
	fmt.Println(len(u), cap(u), u)
	t := append(x[:2], x[5:]...)
	fmt.Println(t, x)
	e := append([]int(nil))
	fmt.Println(e == nil, len(e))
	s := append(x, x...)
	fmt.Println(s, cap(s))
}
