package main

func main() {
	nums1 := make([]int, 8191)
	nums2 := make([]int, 8192)
	_ = nums2
}
