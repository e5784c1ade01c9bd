./local_types.go:14:10: &node{...} escapes to heap
./local_types.go:25:14: []pair{...} does not escape
./local_types.go:43:7: &point{...} escapes to heap
./local_types.go:53:7: c does not escape
./local_types.go:48:13: ... argument does not escape
./local_types.go:48:17: sum(10) escapes to heap
./local_types.go:48:28: pairs() escapes to heap
./local_types.go:48:38: keep().x escapes to heap
./local_types.go:48:50: embedded() escapes to heap
