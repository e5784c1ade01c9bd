// Closures, maps and defer together: a dispatch table of closures in a map, closures
// capturing a map and a counter, deferred closures that recover and set named results.
package main

import "fmt"

type op func(a, b int) int

func table() map[string]op {
	calls := 0
	t := map[string]op{
		"add": func(a, b int) int { calls++; return a + b },
		"sub": func(a, b int) int { calls++; return a - b },
	}
	t["mul"] = func(a, b int) int { calls++; return a * b }
	t["calls"] = func(int, int) int { return calls }
	return t
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	t := table()
	fmt.Println(t["add"](3, 4), t["sub"](3, 4), t["mul"](3, 4), t["calls"](0, 0))
	if f, ok := t["div"]; !ok && f == nil {
		fmt.Println("no div")
	}
	q, err := safeDiv(7, 0)
	fmt.Println(q, err)
	q, err = safeDiv(7, 2)
	fmt.Println(q, err)
	next, reset := counter()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())

	seen := map[int][]func() int{}
	for i := 0; i < 3; i++ {
		seen[i%2] = append(seen[i%2], func() int { return i * 10 })
	}
	keys := []int{}
	for k := range seen {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	for _, k := range keys {
		for _, f := range seen[k] {
			fmt.Print(f(), " ")
		}
	}
	fmt.Println()
	fmt.Println(len(t), t["nope"] == nil)
}
