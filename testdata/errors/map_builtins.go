package main

func main() {
	_ = make(map[string]int, -1)
	_ = make(map[string]int, 1.5)
	_ = make(map[string]int, "x")
	_ = make(map[string]int, 1, 2)
	m2 := map[string]int{}
	m3 := map[string]int{}
	_ = m2 == m3
	delete(m2)
	delete(m2, 1)
	delete(1, 2)
	_ = cap(m2)
}
