./recursion.go:21:9: &Node{...} escapes to heap
./recursion.go:24:10: n does not escape
./recursion.go:31:11: leaking param: n to result ~r0 level=0
./recursion.go:38:16: p does not escape
