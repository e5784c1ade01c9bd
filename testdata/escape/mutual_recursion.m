./mutual_recursion.go:7:11: leaking param: p
./mutual_recursion.go:14:11: leaking param: p
./mutual_recursion.go:21:11: leaking param: p
./mutual_recursion.go:28:10: leaking param: p
./mutual_recursion.go:37:2: moved to heap: x
./mutual_recursion.go:38:2: moved to heap: y
