package main

import "fmt"

type Point struct {
	X int
	Y int
}

func newInt() int {
	t := new(int)
	*t = 1
	return *t
}

func showPoint() *int {
	num := 1
	return &num
}

func main() {
	fmt.Println(newInt())
	point := showPoint()
	fmt.Println(*point)
	nums1 := make([]int, 8191)
	nums2 := make([]int, 8192)
	nums3 := make([]int, 8193)
	nums1[0], nums2[1], nums3[2] = 1, 2, 3
	fmt.Println(len(nums1), len(nums2), len(nums3), nums1[0]+nums2[1]+nums3[2])
}
