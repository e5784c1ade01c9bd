// errorcheck -0 -m -l

package main

func main() {
	t := new(int) // ERROR "new\(int\) does not escape$"
	*t = 1
}
