./alloc_churn.go:15:14: make([]byte, 1000 + i % 7) escapes to heap
./alloc_churn.go:18:13: ... argument does not escape
./alloc_churn.go:18:13: total escapes to heap
./alloc_churn.go:23:11: &Node{...} escapes to heap
./alloc_churn.go:30:13: ... argument does not escape
./alloc_churn.go:30:13: n escapes to heap
