package main

type T struct{ p *int }

func chans(c chan *int, r <-chan T, s chan<- any, n int) *int {
	d := make(chan T, n)
	e := make(chan struct{})
	c <- new(int)
	s <- n
	v := <-c
	t, ok := <-r
	<-e
	var w any
	w = <-d
	close(c)
	for x := range c {
		v = x
	}
loop:
	select {
	case p := <-c:
		v = p
	case u, more := <-r:
		_, _ = u, more
	case t = <-d:
		break loop
	case s <- t:
	case <-e:
	default:
	}
	_, _, _ = t, ok, w
	return v
}

func main() {}
