package main

func main() {
	a := []int{1, 2, 3}
	i := 2
	println(a[i])
	var p *int
	if a[0] == 1 {
		println(*p)
	}
}
