package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	var prev []byte
	var all [][]byte
	for _, w := range words {
		b := []byte(w)
		if prev != nil {
			fmt.Println(string(prev), "->", string(b))
		}
		prev = b
		all = append(all, []byte(w+"!"))
		r := []rune(w)
		r[0] = 'X'
		fmt.Println(string(r), len(r), cap(r), cap(b))
	}
	fmt.Println(len(all), string(all[0]), string(all[3]))
	keep := make([][]rune, 0)
	for i := 0; i < 3; i++ {
		keep = append(keep, []rune(words[i]))
	}
	for _, k := range keep {
		fmt.Println(string(k), cap(k))
	}
	const c = "constant"
	x := []byte(c)
	y := []byte(c)
	x[0] = 'C'
	fmt.Println(string(x), string(y), cap(x), cap([]rune(c)))
}
