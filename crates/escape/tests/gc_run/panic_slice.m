./panic_slice.go:6:11: make([]int, 3, 5) escapes to heap
./panic_slice.go:7:13: ... argument does not escape
./panic_slice.go:7:15: s[1:5] escapes to heap
./panic_slice.go:9:13: ... argument does not escape
./panic_slice.go:9:15: s[2:n] escapes to heap
