package main

import "fmt"

func main() {
	s := []string{"zero", "one", "two", "three"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		s[i] = s[i] + "!"
	}
	fmt.Println(s)
	total := 0
	for _, v := range [4]int{10, 20, 30, 40} {
		total += v
	}
	fmt.Println(total)
	n := []int{1, 2, 3}
	for i, v := range n {
		if i == 0 {
			n = append(n, 99)
		}
		n[len(n)-1] = v
	}
	fmt.Println(n)
	count := 0
	for range s {
		count++
	}
	fmt.Println(count)
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Println("odd", i)
	}
	var empty []int
	for i := range empty {
		fmt.Println("never", i)
	}
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(arr)
}
