package main

import "fmt"

type table struct {
	rows map[string][]int
}

func (t *table) add(k string, v int) {
	t.rows[k] = append(t.rows[k], v)
}

func main() {
	t := &table{}
	fmt.Println(len(t.rows["a"]))
	t.add("a", 1)
}
