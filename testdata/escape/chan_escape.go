// errorcheck -0 -m -l

// Channel operations: a value sent on a channel goes to the heap; receives,
// make(chan), close, len/cap, range and select only read their channels.

package p

type T struct{ a, b int }

var sink any

func send(c chan *int, x int) { // ERROR "c does not escape$" "moved to heap: x$"
	c <- &x
}

func sendIface(c chan any, x int, t T) { // ERROR "c does not escape$" "moved to heap: t$"
	c <- x // ERROR "x escapes to heap$"
	c <- t // ERROR "t escapes to heap$"
	c <- &t
}

func recv(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}

func recvIface(c chan int) { // ERROR "c does not escape$"
	var v any
	v = <-c // ERROR "<-c escapes to heap$"
	sink = v
}

func recvOk(c chan *T) (*T, bool) { // ERROR "c does not escape$"
	v, ok := <-c
	return v, ok
}

func recvOkIface(c chan int) { // ERROR "c does not escape$"
	var v any
	var ok bool
	v, ok = <-c
	sink = v
	_ = ok
}

func makes(n int) int {
	c := make(chan int)
	d := make(chan *int, n)
	e := make(chan T, 10)
	return len(c) + cap(d) + len(e)
}

func closer(c chan *int) { // ERROR "c does not escape$"
	close(c)
}

func rangeChan(c chan *T) *T { // ERROR "c does not escape$"
	var last *T
	for v := range c {
		last = v
	}
	return last
}

func selects(c chan *int, d chan T, x, y int) *int { // ERROR "c does not escape$" "d does not escape$" "moved to heap: x$"
	select {
	case v := <-c:
		return v
	case t, ok := <-d:
		_, _ = t, ok
	case c <- &x:
	case d <- T{y, y}:
	default:
	}
	var z int // ERROR "moved to heap: z$"
	select {
	case c <- &z:
	}
	return nil
}

func chanOfChan(c chan chan *int) { // ERROR "c does not escape$"
	d := make(chan *int)
	c <- d
}

func paramChan(c chan int) chan int { // ERROR "leaking param: c to result ~r0 level=0$"
	return c
}

func sendStruct(c chan T, p *int) { // ERROR "c does not escape$" "p does not escape$"
	c <- T{*p, 1}
}

func dirs(c chan int) (<-chan int, chan<- int) { // ERROR "leaking param: c to result ~r0 level=0$" "leaking param: c to result ~r1 level=0$"
	return c, c
}

func recvField(c chan *T) int { // ERROR "c does not escape$"
	return (<-c).a
}

func selectAssign(c chan *int) { // ERROR "c does not escape$"
	var p *int
	var ok bool
	select {
	case p = <-c:
	case p, ok = <-c:
	}
	sink = p
	_ = ok
}
