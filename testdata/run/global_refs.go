package main

import "fmt"

type Item struct {
	Name  string
	Tags  []string
	Score *int
}

var x, y = 10, 20
var ptrs = [2]*int{&x, &y}
var px = &x
var arr = [5]int{1, 2, 3, 4, 5}
var view = arr[1:4]
var items = []Item{
	{Name: "one", Tags: []string{"a", "b"}, Score: &x},
	{Name: "two", Score: &y},
	{"three", []string{"c"}, nil},
}
var nested = [][]int{{1}, {2, 3}, {}, nil}
var pitem = &items[1]

func main() {
	*px = 11
	*ptrs[1] += 5
	fmt.Println(x, y, *ptrs[0], *ptrs[1])
	view[0] = 20
	fmt.Println(arr, view, len(view), cap(view))
	for _, it := range items {
		s := -1
		if it.Score != nil {
			s = *it.Score
		}
		fmt.Println(it.Name, it.Tags, s)
	}
	pitem.Name = "TWO"
	fmt.Println(items[1].Name, nested, len(nested[3]), nested[3] == nil, nested[2] == nil)
	view = append(view, 99)
	fmt.Println(arr)
	view = append(view, 100, 101)
	view[0] = -1
	fmt.Println(arr, view)
}
