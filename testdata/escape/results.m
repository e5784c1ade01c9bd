./results.go:5:17: leaking param: p to result ~r0 level=0
./results.go:9:17: leaking param: p to result ~r1 level=0
./results.go:9:20: leaking param: q to result ~r0 level=0
./results.go:13:20: leaking param: p to result ~r1 level=0
./results.go:17:15: leaking param: p to result r level=0
./results.go:22:15: p does not escape
./results.go:22:18: leaking param: q to result b level=0
./results.go:29:2: moved to heap: x
./results.go:34:18: leaking param: s to result ~r0 level=0
./results.go:43:27: []int{...} does not escape
