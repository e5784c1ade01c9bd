package main

import "fmt"

type P struct{ X, Y int }

func label(name string, v int) string {
	return fmt.Sprintf("%s=%d", name, v)
}

func main() {
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, P{1, 2}, nil, true)
	fmt.Println(len(s), s)
	t := fmt.Sprintln("a", 1, 2, "b")
	fmt.Print(t)
	fmt.Println(len(t))
	e := fmt.Sprint()
	el := fmt.Sprintln()
	ef := fmt.Sprintf("")
	fmt.Println(len(e), len(el), len(ef), e == "", ef == "")
	fmt.Println(label("x", 3) + "," + label("y", -4))
	parts := []string{}
	for i := 0; i < 3; i++ {
		parts = append(parts, fmt.Sprintf("[%02d:%-3s]", i, fmt.Sprint(i*i)))
	}
	fmt.Println(parts)
	n, err := fmt.Println("counted", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("%s %d\n", "héllo", 7)
	fmt.Println(n, err == nil)
	n, _ = fmt.Print("abc", 1, 2, "\n")
	fmt.Println(n)
	args := []interface{}{1, "two", 3.0}
	fmt.Println(args...)
	fmt.Printf("%v-%v-%v\n", args...)
	fmt.Print(args...)
	fmt.Print("\n")
	fmt.Println(fmt.Sprint(args...), fmt.Sprintln(args...) == "1 two 3\n")
	fmt.Print(1, 2, "x", 3, "y", "z", 4, 5, '\n')
	fmt.Print("\n", nil, 1, nil, "s", nil, "\n")
	fmt.Println(fmt.Sprintf("%5.1f%%", 99.5), fmt.Sprintf("%v", []string{"a b", "c"}))
	fmt.Printf("%s\n", fmt.Sprintf("%q", fmt.Sprintf("%v", P{3, 4})))
	fmt.Printf("")
	fmt.Print()
}
