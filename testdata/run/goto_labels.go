package main

import "fmt"

// A loop made with goto.
func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
done:
	return steps
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5))
	fmt.Println(collatz(27))

	// Forward goto over statements (no declarations in between).
	i := 0
	goto skip
skip:
	i++
	fmt.Println("i", i)

	// Labels on a block, an assignment and an empty statement.
	x := 0
block:
	{
		x++
		if x < 3 {
			goto block
		}
	}
	fmt.Println("x", x)
inc:
	x += 10
	if x < 40 {
		goto inc
	}
	fmt.Println("x", x)

	// A labeled loop reached by goto and by continue.
	n := 0
outer:
	for j := 0; j < 3; j++ {
		n++
		if j == 1 {
			continue outer
		}
	}
	if n < 6 {
		goto outer
	}
	fmt.Println("n", n)

	// goto out of nested blocks and loops.
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				fmt.Println("found", a, b)
				goto out
			}
		}
	}
out:
	fmt.Println("done")
}
