package main

func set(p *int64, v int64) {
	*p = v
}

func main() {
	var x int64
	set(&x, 5)
	println(x)
	set(nil, 6)
}
