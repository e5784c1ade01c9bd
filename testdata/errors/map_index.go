package main

func main() {
	m2 := map[string]int{}
	var x, y, z = m2["a"]
	_, _, _ = x, y, z
	m2[1] = 2
	_ = m2[1]
	for a, b, c := range m2 {
	}
	v, ok := m2
	_, _ = v, ok
	m2["a"], m2["b"] = 1
}
