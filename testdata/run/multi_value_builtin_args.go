package main

func f() ([]int, int, int) { return []int{1}, 2, 3 }
func g() (string, int) { return "s", 7 }

func main() {
	s := append(f())
	println(len(s), s[0], s[1], s[2])
	println(g())
	print(g())
	println()
}
