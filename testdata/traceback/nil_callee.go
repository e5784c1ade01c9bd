package main

type T struct {
	a, b int
}

func load(p *T) int {
	return p.b
}

func find(ts []*T, i int) int {
	return load(ts[i])
}

func main() {
	ts := []*T{{1, 2}, nil}
	println(find(ts, 0))
	println(find(ts, 1))
}
