// errorcheck -0 -m -l

package main

func main() {
	nums1 := make([]int, 8191) // ERROR "make\(\[\]int, 8191\) does not escape$"
	nums2 := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	nums3 := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	nums1[0] = 1
	nums2[0] = 2
	nums3[0] = 3
}
