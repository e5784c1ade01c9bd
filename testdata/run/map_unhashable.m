./map_unhashable.go:6:26: map[interface {}]int{...} does not escape
./map_unhashable.go:6:28: 1 escapes to heap
./map_unhashable.go:7:13: ... argument does not escape
./map_unhashable.go:7:15: m[2] escapes to heap
./map_unhashable.go:7:14: 2 does not escape
./map_unhashable.go:8:27: []int{...} escapes to heap
./map_unhashable.go:8:27: []int{...} escapes to heap
./map_unhashable.go:9:13: ... argument does not escape
./map_unhashable.go:9:17: len(m) escapes to heap
