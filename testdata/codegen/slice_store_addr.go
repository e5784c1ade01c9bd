// asmcheck

package main

// Storing &a into a slice element moves a to the heap (the seed article's
// example), while the non-escaping make([]*int, ...) itself stays in the
// frame.

func storeAddr() int { // x86_64:func:-".*runtime\.makeslice" aarch64:func:-".*runtime\.makeslice"
	nums := make([]*int, 1)
	// x86_64:"call.*runtime\.newobject"
	// aarch64:"bl.*runtime\.newobject"
	a := 1
	nums[0] = &a
	return *nums[0]
}

// Storing into a local array does not: gc keeps b in the frame.
func storeAddrArray() int { // x86_64:func:-".*runtime\.newobject" aarch64:func:-".*runtime\.newobject"
	var arr [2]*int
	b := 2
	arr[1] = &b
	return *arr[1]
}

func noStore() int { // x86_64:func:-".*runtime\.newobject" aarch64:func:-".*runtime\.newobject"
	nums := make([]int, 1)
	c := 3
	nums[0] = c
	return nums[0]
}

func main() {
	println(storeAddr(), storeAddrArray(), noStore())
}
