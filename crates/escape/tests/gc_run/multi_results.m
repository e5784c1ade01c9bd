./multi_results.go:9:13: s does not escape
./multi_results.go:26:11: leaking param: a to result ~r1 level=0
./multi_results.go:26:14: leaking param: b to result ~r0 level=0
./multi_results.go:41:13: ... argument does not escape
./multi_results.go:41:13: q escapes to heap
./multi_results.go:41:13: r escapes to heap
./multi_results.go:42:24: []int{...} does not escape
./multi_results.go:43:13: ... argument does not escape
./multi_results.go:43:13: lo escapes to heap
./multi_results.go:43:13: hi escapes to heap
./multi_results.go:45:13: ... argument does not escape
./multi_results.go:45:13: a escapes to heap
./multi_results.go:45:13: b escapes to heap
./multi_results.go:45:13: c escapes to heap
./multi_results.go:47:13: ... argument does not escape
./multi_results.go:47:13: x escapes to heap
./multi_results.go:47:13: y escapes to heap
./multi_results.go:49:13: ... argument does not escape
./multi_results.go:49:13: x escapes to heap
./multi_results.go:49:13: y escapes to heap
./multi_results.go:51:13: ... argument does not escape
./multi_results.go:51:13: r2 escapes to heap
./multi_results.go:51:23: named(3) escapes to heap
./multi_results.go:51:33: named(20) escapes to heap
./multi_results.go:52:13: ... argument does not escape
./multi_results.go:52:13: .autotmp_10 escapes to heap
./multi_results.go:52:13: .autotmp_11 escapes to heap
