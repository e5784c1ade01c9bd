// errorcheck -0 -m -l

package main

func main() {
	nums := make([]*int, 0) // ERROR "make\(\[\]\*int, 0\) does not escape$"
	a := 1 // ERROR "moved to heap: a$"
	nums[0] = &a
}
