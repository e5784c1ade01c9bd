package main

type C chan int
type RC <-chan int

func f(c chan int, r <-chan int, s chan<- int, n C, rn RC, x int) {
	r <- 1
	x <- 1
	c <- "a"
	_ = <-s
	_ = <-x
	close(r)
	close(x)
	for range s {
	}
	for a, b := range c {
		_, _ = a, b
	}
}

func main() {}
