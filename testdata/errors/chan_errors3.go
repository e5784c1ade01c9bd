package main

func f(c chan int, r <-chan int, s chan<- int, x int) {
	select {
	case x = 1:
	case <-c:
	default:
	case c <- 2:
	default:
	}
	var cc chan (<-chan int)
	cc = 1
	var v any
	v, ok := <-s
	_, _ = v, ok
	var u int
	for u = range c {
	}
	var w string
	w = <-c
	_ = w
	_ = cap(r) + len(s)
	var z chan<- chan int = 5
	_ = z
}

func main() {}
