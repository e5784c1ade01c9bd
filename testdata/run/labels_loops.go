package main

import "fmt"

func main() {
	count := 0
outer:
	for i := 0; i < 10; i++ {
	inner:
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if (i+j)%7 == 6 {
				break inner
			}
			if i*j > 40 {
				break outer
			}
			count++
		}
		fmt.Println("row", i, count)
	}
	fmt.Println(count)
	n := 0
	for n < 5 {
		n++
	}
	for {
		n *= 3
		if n > 1000 {
			break
		}
	}
	fmt.Println(n)
	arr := [5]int{5, 4, 3, 2, 1}
	for i := range arr {
		arr[i] *= 2
	}
	for i, v := range arr {
		if i == 0 {
			arr[4] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	for range s {
		n--
	}
	fmt.Println(n)
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println(i)
	var k, v int
	for k, v = range []int{7, 8, 9} {
	}
	fmt.Println(k, v)
	total := 0
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			switch0 := r == c
			if switch0 {
				continue rows
			}
			total += r*10 + c
		}
	}
	fmt.Println(total)
	for i, c := range "aé" {
		fmt.Println(i, c)
	}
	for x := 10; x > 0; x /= 3 {
		fmt.Print(x, ",")
	}
	fmt.Println()
}
