package main

// A third range variable is types2's error, except over a channel (which permits
// only one variable, reported once); a non-constant built-in counts as a call for
// len of an array.
func f(s chan int, a []int, z complex128) {
	var i, j, k int
	for i, j, k = range a {
	}
	for i, j, k = range s {
	}
	const n = len([4]float64{real(z)})
	_, _, _ = i, j, k
}

func main() {}
