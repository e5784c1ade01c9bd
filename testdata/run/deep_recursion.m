./deep_recursion.go:44:13: ... argument does not escape
./deep_recursion.go:44:19: depth(100000) escapes to heap
./deep_recursion.go:45:13: ... argument does not escape
./deep_recursion.go:45:19: depth(1000000) escapes to heap
./deep_recursion.go:46:13: ... argument does not escape
./deep_recursion.go:46:19: sumTo(200000, 0) escapes to heap
./deep_recursion.go:47:13: ... argument does not escape
./deep_recursion.go:47:19: heavy(20000, Big{}) escapes to heap
./deep_recursion.go:48:13: ... argument does not escape
./deep_recursion.go:48:17: ack(2, 300) escapes to heap
./deep_recursion.go:48:30: ack(3, 5) escapes to heap
