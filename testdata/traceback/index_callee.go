package main

var s = []int{1, 2, 3}

func get(i int) int {
	return s[i]
}

func main() {
	total := 0
	for i := 0; i < 10; i++ {
		total += get(i)
	}
	println(total)
}
