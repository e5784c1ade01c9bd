package main

func f(c chan int, r <-chan int) {
	select {
	case v := <-c:
	case v, ok := <-r:
		_ = ok
	case x := 3:
		_ = x
	}
	var a [4]int
	const k = len(a)
	const k2 = len([1]int{<-c})
	<-c
	(<-c)
	r
	close(c, c)
	_ = close(c)
	var d chan<- <-chan int = 3
	_ = d
}

func main() {}
