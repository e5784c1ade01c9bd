package main

func main() {
	nums := make([]*int, 0)
	a := 1
	nums[0] = &a
}
