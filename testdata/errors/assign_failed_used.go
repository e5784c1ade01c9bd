package main

// A failed assignment counts as a use of the variables assigned (types2: no
// follow-on "declared but not used"), except in a comma-ok assignment.
func f(c chan int) {
	var p *int
	p = 1
	var d chan int
	d = 1
	var s string
	var ok bool
	s, ok = <-c
}

func main() {}
