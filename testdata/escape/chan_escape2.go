// errorcheck -0 -m -l

// Channel operations in loops, selects and with interface elements: what is sent
// leaks to the heap, what is received comes from nowhere in particular.

package main

type S struct{ p *int }

var sink any
var gp *int

func leakParam(p *int, c chan *int) { // ERROR "leaking param: p$" "c does not escape$"
	c <- p
}

func leakLocalChan(p *int) { // ERROR "leaking param: p$"
	c := make(chan *int, 1)
	c <- p
}

func sendStructField(p *int, c chan S) { // ERROR "leaking param: p$" "c does not escape$"
	c <- S{p}
}

func sendLiterals(c chan []int, d chan *S, e chan any) { // ERROR "c does not escape$" "d does not escape$" "e does not escape$"
	c <- []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	d <- &S{} // ERROR "&S\{\} escapes to heap$"
	e <- S{}
	e <- [4]int{} // ERROR "\[4\]int\{\} escapes to heap$"
}

func loops(c chan *int) { // ERROR "c does not escape$"
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		c <- &x
	}
	for p := range c {
		gp = p
	}
}

func selectLoop(c chan *int, d chan any, n int) { // ERROR "c does not escape$" "d does not escape$"
	for i := 0; i < n; i++ {
		var y int // ERROR "moved to heap: y$"
		select {
		case c <- &y:
		case d <- n: // ERROR "n escapes to heap$"
		case v := <-d:
			sink = v
		case p, ok := <-c:
			if ok {
				gp = p
			}
		}
	}
}

func selectIface(c chan int) any { // ERROR "c does not escape$"
	var v any
	select {
	case v = <-c:
	}
	return v
}

func recvToSink(c chan *S) { // ERROR "c does not escape$"
	sink = <-c
	s := <-c
	gp = s.p
}

func chanOfChans(c chan chan *int, p *int) { // ERROR "c does not escape$" "leaking param: p$"
	d := <-c
	d <- p
}

func sizes(s []int) chan *S { // ERROR "s does not escape$"
	return make(chan *S, len(s))
}

func convChan(c chan int) <-chan int { // ERROR "leaking param: c to result ~r0 level=0$"
	var r <-chan int = c
	return r
}

func nilChan() {
	var c chan int
	println(c == nil)
}

func main() {}
