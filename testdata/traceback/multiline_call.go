package main

func pick(a []int,
	i int,
	j int) int {
	return a[i] +
		a[j]
}

func sum(a []int) int {
	return pick(
		a,
		1,
		7,
	)
}

func main() {
	a := []int{1, 2, 3}
	println(sum(a))
}
