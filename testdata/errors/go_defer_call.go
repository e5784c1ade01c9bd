package main

func f() int { return 1 }

func g(int) {}

func main() {
	s := []int{1}
	defer len(s)
	go append(s, 1)
	defer int(3)
	go int64(len(s))
	defer f()
	go g(1)
	defer recover()
	go println("x")
	defer cap(s)
	x := 1
	defer x
	go func() {}
}
