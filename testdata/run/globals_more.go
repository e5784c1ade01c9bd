package main

import "fmt"

type Cfg struct {
	Name  string
	Sizes [3]int
	Next  *Cfg
}

var q, r = divmod(47, 5)
var _ = announce("blank")
var cfg = &Cfg{Name: "root", Sizes: [3]int{1, 2, 3}, Next: &Cfg{Name: "child"}}
var table [len("hello")]int
var counter int
var words = []string{"a", "b", "c"}
var grid = [2][3]string{{"a", "b", "c"}, {"d"}}
var total = count()

func divmod(a, b int) (int, int) { return a / b, a % b }

func announce(s string) int {
	counter++
	fmt.Println("announce", s, counter)
	return counter
}

func count() int {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	return n + q
}

func bump() {
	counter += 10
	table[counter%5]++
	cfg.Sizes[1]++
}

func main() {
	fmt.Println(q, r, counter, total, len(table))
	bump()
	bump()
	fmt.Println(counter, table, cfg.Sizes, cfg.Next.Name, *cfg.Next)
	words[0] = "zzz"
	fmt.Println(count(), grid, grid[1][0] == "d")
	counter := "shadow"
	fmt.Println(counter)
	cfg = cfg.Next
	fmt.Println(cfg.Name, cfg.Next == nil)
	fmt.Println(words, len(words), cap(words))
}
