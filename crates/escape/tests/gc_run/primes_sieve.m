./primes_sieve.go:8:19: make([]bool, n + 1) escapes to heap
./primes_sieve.go:31:13: ... argument does not escape
./primes_sieve.go:31:17: len(p) escapes to heap
./primes_sieve.go:31:17: p escapes to heap
./primes_sieve.go:32:13: ... argument does not escape
./primes_sieve.go:32:17: gcd(462, 1071) escapes to heap
./primes_sieve.go:32:33: gcd(17, 5) escapes to heap
./primes_sieve.go:32:45: gcd(0, 9) escapes to heap
