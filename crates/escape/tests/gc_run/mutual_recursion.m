./mutual_recursion.go:29:19: leaking param: from
./mutual_recursion.go:29:25: leaking param: to
./mutual_recursion.go:29:29: leaking param: via
./mutual_recursion.go:29:41: moves does not escape
./mutual_recursion.go:36:14: ... argument does not escape
./mutual_recursion.go:36:15: "move disk" escapes to heap
./mutual_recursion.go:36:15: n escapes to heap
./mutual_recursion.go:36:31: "from" escapes to heap
./mutual_recursion.go:36:31: from escapes to heap
./mutual_recursion.go:36:45: "to" escapes to heap
./mutual_recursion.go:36:45: to escapes to heap
./mutual_recursion.go:42:13: ... argument does not escape
./mutual_recursion.go:42:20: isEven(10) escapes to heap
./mutual_recursion.go:42:31: isOdd(10) escapes to heap
./mutual_recursion.go:42:43: isEven(7) escapes to heap
./mutual_recursion.go:42:53: isOdd(7) escapes to heap
./mutual_recursion.go:43:13: ... argument does not escape
./mutual_recursion.go:43:23: ackermann(2, 3) escapes to heap
./mutual_recursion.go:43:40: ackermann(3, 3) escapes to heap
./mutual_recursion.go:46:13: ... argument does not escape
./mutual_recursion.go:46:14: "moves" escapes to heap
./mutual_recursion.go:46:14: moves escapes to heap
