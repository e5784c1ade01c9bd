package main

import "fmt"

var log string

func t(s string, v int) int {
	log += s
	return v
}

func sl() []int {
	log += "S"
	return []int{0, 0, 0, 0}
}

type P struct{ a, b int }

func mkP(s string) *P {
	log += s
	return &P{}
}

func main() {
	arr := []int{0, 0, 0, 0, 0}
	arr[t("i", 1)], arr[t("j", 2)] = t("a", 10), t("b", 20)
	fmt.Println(arr, log)
	log = ""
	x := t("x", 1) + t("y", 2)*t("z", 3)
	fmt.Println(x, log)
	log = ""
	s := sl()
	s[t("k", 3)] = t("v", 7)
	fmt.Println(s, log)
	log = ""
	mkP("p").a, mkP("q").b = t("1", 1), t("2", 2)
	fmt.Println(log)
	log = ""
	fmt.Println(t("A", 1), t("B", 2), log)
	log = ""
	v := []int{t("e0", 0), t("e1", 1), t("e2", 2)}
	fmt.Println(v, log)
	log = ""
	p := P{b: t("b", 2), a: t("a", 1)}
	fmt.Println(p, log)
	log = ""
	i := 0
	i, arr[i] = 3, 9
	fmt.Println(i, arr)
	if t("c1", 0) == 1 || t("c2", 1) == 1 && t("c3", 0) == 0 {
		fmt.Println("cond", log)
	}
	log = ""
	cnt := 0
	for j := t("init", 0); j < t("cond", 2); j += t("post", 1) {
		cnt++
	}
	fmt.Println(cnt, log)
}
