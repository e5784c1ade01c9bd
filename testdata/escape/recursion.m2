./recursion.go:21:9: &Node{...} escapes to heap:
./recursion.go:21:9:   flow: ~r0 = &{storage for &Node{...}}:
./recursion.go:21:9:     from &Node{...} (spill) at ./recursion.go:21:9
./recursion.go:21:9:     from return &Node{...} (return) at ./recursion.go:21:2
./recursion.go:21:9: &Node{...} escapes to heap
./recursion.go:24:10: n does not escape
./recursion.go:31:11: parameter n leaks to ~r0 with derefs=0:
./recursion.go:31:11:   flow: ~r0 = n:
./recursion.go:31:11:     from return n (return) at ./recursion.go:33:3
./recursion.go:31:11: leaking param: n to result ~r0 level=0
./recursion.go:38:16: p does not escape
