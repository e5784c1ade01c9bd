package main

import "fmt"

func quicksort(s []int) {
	if len(s) < 2 {
		return
	}
	p := s[len(s)/2]
	i, j := 0, len(s)-1
	for i <= j {
		for s[i] < p {
			i++
		}
		for s[j] > p {
			j--
		}
		if i <= j {
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
	}
	quicksort(s[:j+1])
	quicksort(s[i:])
}

func sieve(n int) []int {
	comp := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if comp[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			comp[j] = true
		}
	}
	return primes
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func binsearch(s []int, x int) int {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func collatz(n uint32) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	var seed uint32 = 12345
	s := make([]int, 50)
	for i := range s {
		seed = seed*1103515245 + 12345
		s[i] = int(seed>>16) % 1000
	}
	quicksort(s)
	fmt.Println(s)
	fmt.Println(binsearch(s, 500), binsearch(s, -1), binsearch(s, 5000))
	p := sieve(200)
	fmt.Println(len(p), p[len(p)-5:])
	fmt.Println(gcd(1071, 462), gcd(1<<62, 1<<40*3))
	fmt.Println(itoa(0), itoa(-9223372036854775808), itoa(9223372036854775807), itoa(42))
	best, arg := 0, uint32(0)
	for n := uint32(1); n < 10000; n++ {
		if c := collatz(n); c > best {
			best, arg = c, n
		}
	}
	fmt.Println(best, arg)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("the quick brown fox") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println(h)
	var h32 uint32 = 2166136261
	for i := 0; i < 100; i++ {
		h32 = (h32 ^ uint32(i)) * 16777619
	}
	fmt.Println(h32, int32(h32), int16(h32), int8(h32))
}
