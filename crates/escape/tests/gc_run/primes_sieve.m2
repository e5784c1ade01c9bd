./primes_sieve.go:8:19: make([]bool, n + 1) escapes to heap:
./primes_sieve.go:8:19:   flow: {heap} = &{storage for make([]bool, n + 1)}:
./primes_sieve.go:8:19:     from make([]bool, n + 1) (non-constant size) at ./primes_sieve.go:8:19
./primes_sieve.go:8:19: make([]bool, n + 1) escapes to heap
./primes_sieve.go:32:45: gcd(0, 9) escapes to heap:
./primes_sieve.go:32:45:   flow: {storage for ... argument} = &{storage for gcd(0, 9)}:
./primes_sieve.go:32:45:     from gcd(0, 9) (spill) at ./primes_sieve.go:32:45
./primes_sieve.go:32:45:     from ... argument (slice-literal-element) at ./primes_sieve.go:32:13
./primes_sieve.go:32:45:   flow: {heap} = {storage for ... argument}:
./primes_sieve.go:32:45:     from ... argument (spill) at ./primes_sieve.go:32:13
./primes_sieve.go:32:45:     from fmt.Println(... argument...) (call parameter) at ./primes_sieve.go:32:13
./primes_sieve.go:32:33: gcd(17, 5) escapes to heap:
./primes_sieve.go:32:33:   flow: {storage for ... argument} = &{storage for gcd(17, 5)}:
./primes_sieve.go:32:33:     from gcd(17, 5) (spill) at ./primes_sieve.go:32:33
./primes_sieve.go:32:33:     from ... argument (slice-literal-element) at ./primes_sieve.go:32:13
./primes_sieve.go:32:33:   flow: {heap} = {storage for ... argument}:
./primes_sieve.go:32:33:     from ... argument (spill) at ./primes_sieve.go:32:13
./primes_sieve.go:32:33:     from fmt.Println(... argument...) (call parameter) at ./primes_sieve.go:32:13
./primes_sieve.go:32:17: gcd(462, 1071) escapes to heap:
./primes_sieve.go:32:17:   flow: {storage for ... argument} = &{storage for gcd(462, 1071)}:
./primes_sieve.go:32:17:     from gcd(462, 1071) (spill) at ./primes_sieve.go:32:17
./primes_sieve.go:32:17:     from ... argument (slice-literal-element) at ./primes_sieve.go:32:13
./primes_sieve.go:32:17:   flow: {heap} = {storage for ... argument}:
./primes_sieve.go:32:17:     from ... argument (spill) at ./primes_sieve.go:32:13
./primes_sieve.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./primes_sieve.go:32:13
./primes_sieve.go:31:17: p escapes to heap:
./primes_sieve.go:31:17:   flow: {storage for ... argument} = &{storage for p}:
./primes_sieve.go:31:17:     from p (spill) at ./primes_sieve.go:31:17
./primes_sieve.go:31:17:     from ... argument (slice-literal-element) at ./primes_sieve.go:31:13
./primes_sieve.go:31:17:   flow: {heap} = {storage for ... argument}:
./primes_sieve.go:31:17:     from ... argument (spill) at ./primes_sieve.go:31:13
./primes_sieve.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./primes_sieve.go:31:13
./primes_sieve.go:31:17: len(p) escapes to heap:
./primes_sieve.go:31:17:   flow: {storage for ... argument} = &{storage for len(p)}:
./primes_sieve.go:31:17:     from len(p) (spill) at ./primes_sieve.go:31:17
./primes_sieve.go:31:17:     from ... argument (slice-literal-element) at ./primes_sieve.go:31:13
./primes_sieve.go:31:17:   flow: {heap} = {storage for ... argument}:
./primes_sieve.go:31:17:     from ... argument (spill) at ./primes_sieve.go:31:13
./primes_sieve.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./primes_sieve.go:31:13
./primes_sieve.go:31:13: ... argument does not escape
./primes_sieve.go:31:17: len(p) escapes to heap
./primes_sieve.go:31:17: p escapes to heap
./primes_sieve.go:32:13: ... argument does not escape
./primes_sieve.go:32:17: gcd(462, 1071) escapes to heap
./primes_sieve.go:32:33: gcd(17, 5) escapes to heap
./primes_sieve.go:32:45: gcd(0, 9) escapes to heap
