package main

type C chan int
type RC <-chan int

func f(c chan int, r <-chan int, s chan<- int, n C, rn RC, x int) {
	var _ C = rn
	var _ RC = n
	var _ <-chan int = n
	var _ chan (<-chan int) = c
	_ = r == s
	_ = make(chan int, 1, 2)
	_ = make(chan int, "a")
	_ = (<-chan int)(s)
	<-c + 1
}

func main() {}
