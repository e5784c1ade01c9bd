package main

type T struct {
	a [4]int16
}

func main() {
	var t T
	idx := []int{0, 3, 4}
	for _, i := range idx {
		t.a[i] = int16(i)
		println(t.a[i])
	}
}
