package main

import "fmt"

type S struct {
	A, B string
	C    []int
	D    *S
	E    [2]string
	F    []byte
	G    bool
	H    rune
	I    [0]int
}

type W struct {
	In  S
	Ptr *int
}

func main() {
	var s S
	fmt.Println(s)
	fmt.Println(&s)
	fmt.Println(W{})
	fmt.Println([]S{{}, {A: "a"}})
	fmt.Println([2]*S{}, []*int{nil, nil})
	fmt.Println("", "", "|")
	fmt.Println([]string{"", ""}, [3]string{})
	fmt.Println(S{C: []int{}, F: []byte{}, E: [2]string{"x", ""}})
	fmt.Print("", "x", "", "\n")
	fmt.Print(1, "", 2, "\n")
	fmt.Print("a", 1, 2, "b", true, false, "\n")
	fmt.Print(s.G, s.H, s.C, "\n")
}
