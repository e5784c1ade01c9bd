package main

import "fmt"

var global = map[string]int{"x": 1, "y": 2}
var made = make(map[int]string)

type Big struct {
	A [200]int
	S string
}

type Named map[string][]string

func (n Named) Add(k, v string) { n[k] = append(n[k], v) }

func count(m map[string]int) int { return len(m) }

func main() {
	made[1] = "one"
	global["z"] = 3
	fmt.Println(global, made, count(global))
	var v, ok = global["q"]
	if w, ok2 := global["x"]; ok2 {
		fmt.Println(w, v, ok)
	}
	big := map[int]Big{}
	b := big[3]
	fmt.Println(b.A[199], b.S == "")
	b.A[199] = 7
	big[3] = b
	fmt.Println(big[3].A[199], len(big))
	n := Named{}
	n.Add("a", "1")
	n.Add("a", "2")
	fmt.Println(n, len(n["a"]))
	var iface interface{} = n
	if nn, ok := iface.(Named); ok {
		fmt.Println(len(nn))
	}
	println(len(n) > 0)
	ptrs := map[string]*int{}
	x := 5
	ptrs["x"] = &x
	*ptrs["x"]++
	fmt.Println(x)
	type pair struct{ a, b string }
	pm := map[pair]int{}
	pm[pair{"a", "b"}]++
	pm[pair{"a", "b"}]++
	fmt.Printf("%v %+v %#v\n", pm, pm, pm)
	arr := [3]map[int]int{}
	arr[1] = map[int]int{1: 1}
	fmt.Println(arr)
	e := map[error]int{}
	fmt.Println(len(e), e[nil])
	for k := range global {
		delete(global, k)
	}
	fmt.Println(global, len(global))
	fmt.Println(map[string]bool{"b": true, "a": false})
	mm := map[[2]float64]string{{1, 2}: "x"}
	fmt.Println(mm)
}
