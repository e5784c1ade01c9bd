package main

import "fmt"

const N = 100

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	p := sieve(N)
	fmt.Println(len(p), p)
	fmt.Println(gcd(462, 1071), gcd(17, 5), gcd(0, 9))
}
