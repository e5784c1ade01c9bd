./methods.go:14:7: n does not escape
./methods.go:16:7: leaking param: n
./methods.go:18:7: leaking param content: n
./methods.go:20:7: leaking param: n to result ~r0 level=0
./methods.go:22:7: leaking param: n to result ~r0 level=1
./methods.go:24:7: n does not escape
./methods.go:24:24: leaking param: m
./methods.go:30:7: x does not escape
./methods.go:38:6: moved to heap: n
./methods.go:43:7: &Node{} escapes to heap
./methods.go:53:7: &Node{} does not escape
./methods.go:54:7: &Node{} escapes to heap
./methods.go:65:6: moved to heap: n
